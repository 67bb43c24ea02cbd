"""Kept flow definitions (one per activated version) and the bulk moves of a flow's waiting
runs when the owner activates a changed flow: count them, relocate them, or end them."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from sqlmodel import Session

from shopnurture.data.flows import FlowRecord
from shopnurture.data.sql_values import json_list, sql_time

_LIVE_SQL = "status IN ('active', 'waiting')"  # as data/runs.py's LIVE


def store_version(
    *, session: Session, flow_id: int, version: int, definition: str, now: datetime
) -> None:
    """Keeps `definition` as the flow's `version` (the same version saved again replaces it)."""
    session.connection().exec_driver_sql(
        "INSERT OR REPLACE INTO flow_version (flow_id, version, definition, created_at) "
        "VALUES (?, ?, ?, ?)",
        (flow_id, version, definition, sql_time(now)),
    )


def latest_versions(*, session: Session, flow_ids: Iterable[int]) -> dict[int, tuple[int, str]]:
    """flow id -> (version, definition) of the last activated version."""
    rows = session.connection().exec_driver_sql(
        "SELECT v.flow_id, v.version, v.definition FROM flow_version v "
        "WHERE v.flow_id IN (SELECT value FROM json_each(?)) AND v.version = "
        "(SELECT max(w.version) FROM flow_version w WHERE w.flow_id = v.flow_id)",
        (json_list(flow_ids),),
    )
    return {int(row[0]): (int(row[1]), str(row[2])) for row in rows}


def as_live(record: FlowRecord, latest: dict[int, tuple[int, str]]) -> FlowRecord:
    """The record as the engine runs it: the last activated definition, not later edits."""
    found = latest.get(record.id)
    if found is None:
        return record
    return replace(record, version=found[0], definition=found[1])


def version_definitions(
    *, session: Session, keys: Iterable[tuple[int, int]]
) -> dict[tuple[int, int], str]:
    """(flow id, version) -> definition, for the kept versions among `keys`."""
    wanted = sorted(set(keys))
    if not wanted:
        return {}
    rows = session.connection().exec_driver_sql(
        "SELECT flow_id, version, definition FROM flow_version WHERE (flow_id, version) IN "
        "(SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?))",
        (json.dumps(wanted),),
    )
    return {(int(row[0]), int(row[1])): str(row[2]) for row in rows}


@dataclass(frozen=True)
class WaitingCount:
    """Live runs of one version waiting in one place: `node_id` is the wait they sleep in
    (or, for a run between steps, the step it does next)."""

    version: int
    node_id: str
    count: int


def waiting_counts(*, session: Session, flow_id: int) -> list[WaitingCount]:
    # A plain wait stores the step *after* it as the run's node; the step log's last
    # "waiting" entry names the wait itself, which is what the owner sees on the canvas.
    rows = session.connection().exec_driver_sql(
        "SELECT flow_version, coalesce((SELECT CASE WHEN s.outcome = 'waiting' THEN s.node_id "
        "END FROM flow_step s WHERE s.run_id = r.id ORDER BY s.id DESC LIMIT 1), "
        "current_node, '') AS place, count(*) FROM flow_run r "
        f"WHERE flow_id = ? AND {_LIVE_SQL} GROUP BY flow_version, place "
        "ORDER BY flow_version, place",
        (flow_id,),
    )
    return [WaitingCount(int(row[0]), str(row[1]), int(row[2])) for row in rows]


def live_run_places(*, session: Session, flow_id: int) -> list[tuple[int, str | None]]:
    """(run id, the step it does next) of the flow's live runs."""
    return [
        (int(row[0]), row[1])
        for row in session.connection().exec_driver_sql(
            f"SELECT id, current_node FROM flow_run WHERE flow_id = ? AND {_LIVE_SQL} ORDER BY id",
            (flow_id,),
        )
    ]


def relocate_runs(
    *, session: Session, run_ids: list[int], version: int, node_id: str, now: datetime
) -> None:
    """The runs follow `version` from `node_id`, due now: their next tick starts that step
    (a wait there starts counting now). What they carry (products, coupon...) is kept."""
    session.connection().exec_driver_sql(
        "UPDATE flow_run SET flow_version = ?, current_node = ?, due_at = ?, status = 'waiting', "
        "context = json_remove(context, '$.waiting', '$.resume_at') "
        f"WHERE id IN (SELECT value FROM json_each(?)) AND {_LIVE_SQL}",
        (version, node_id, sql_time(now), json_list(run_ids)),
    )


def end_runs(*, session: Session, run_ids: list[int], reason: str, now: datetime) -> None:
    session.connection().exec_driver_sql(
        "UPDATE flow_run SET status = 'exited', current_node = NULL, due_at = NULL, "
        "exit_reason = ?, exited_at = ?, "
        "context = json_remove(context, '$.waiting', '$.resume_at') "
        f"WHERE id IN (SELECT value FROM json_each(?)) AND {_LIVE_SQL}",
        (reason, sql_time(now), json_list(run_ids)),
    )
