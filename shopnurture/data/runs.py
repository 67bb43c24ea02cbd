"""Flow runs, pending time-based triggers (schedules), the step log and the engine's
high-water marks. Hot paths are raw `executemany`: a tick moves thousands of runs."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session

from shopnurture.data.settings_store import store_setting, stored_settings
from shopnurture.data.sql_values import from_sql_time, json_list, sql_time

LAST_EVENT_KEY = "engine.last_event_id"
LAST_TICK_KEY = "engine.last_tick_at"
LIVE = ("active", "waiting")


@dataclass(frozen=True)
class EngineState:
    last_event_id: int
    last_tick_at: datetime | None


def read_engine_state(*, session: Session) -> EngineState:
    stored = stored_settings(session=session)
    return EngineState(
        last_event_id=int(stored.get(LAST_EVENT_KEY) or 0),
        last_tick_at=from_sql_time(stored.get(LAST_TICK_KEY) or None),
    )


def store_engine_state(*, session: Session, state: EngineState) -> None:
    store_setting(session=session, key=LAST_EVENT_KEY, value=str(state.last_event_id))
    if state.last_tick_at is not None:
        store_setting(session=session, key=LAST_TICK_KEY, value=sql_time(state.last_tick_at))


@dataclass
class NewRun:
    flow_id: int
    flow_version: int
    contact_id: int
    node_id: str
    due_at: datetime
    context: str


def insert_runs(*, session: Session, runs: list[NewRun]) -> int:
    """Starts runs; a contact that already has a live run in the flow is skipped (the unique
    index `ux_flow_run_live` decides, so two writers can never start it twice)."""
    if not runs:
        return 0
    connection = session.connection()
    before = connection.exec_driver_sql("SELECT total_changes()").scalar_one()
    connection.exec_driver_sql(
        "INSERT OR IGNORE INTO flow_run (flow_id, contact_id, flow_version, status, "
        "current_node, due_at, context, entered_at) VALUES (?, ?, ?, 'waiting', ?, ?, ?, ?)",
        [
            (
                run.flow_id,
                run.contact_id,
                run.flow_version,
                run.node_id,
                sql_time(run.due_at),
                run.context,
                sql_time(run.due_at),
            )
            for run in runs
        ],  # fmt: skip
    )
    return int(connection.exec_driver_sql("SELECT total_changes()").scalar_one() - before)


def previous_runs(
    *, session: Session, flow_id: int, contact_ids: Iterable[int]
) -> dict[int, tuple[bool, datetime]]:
    """contact id -> (has a live run, when the latest run entered), for re-entry rules."""
    rows = session.connection().exec_driver_sql(
        "SELECT contact_id, max(status IN ('active', 'waiting')), max(entered_at) FROM flow_run "
        "WHERE flow_id = ? AND contact_id IN (SELECT value FROM json_each(?)) GROUP BY contact_id",
        (flow_id, json_list(contact_ids)),
    )
    return {row[0]: (bool(row[1]), from_sql_time(row[2])) for row in rows}  # type: ignore[misc]


@dataclass
class RunRow:
    id: int
    flow_id: int
    contact_id: int
    node_id: str | None
    due_at: datetime
    entered_at: datetime
    context: str
    flow_version: int  # the definition the run follows (see data/flow_versions.py)


_RUN_COLUMNS = "id, flow_id, contact_id, current_node, due_at, entered_at, context, flow_version"


def _run(row: Any) -> RunRow:
    return RunRow(
        row[0],
        row[1],
        row[2],
        row[3],
        from_sql_time(row[4]),
        from_sql_time(row[5]),
        row[6],
        row[7],
    )  # type: ignore[arg-type]


def due_runs(
    *, session: Session, now: datetime, flow_ids: Iterable[int], limit: int
) -> list[RunRow]:
    """Live runs due by `now` in the given flows, oldest due first (walks ix_flow_run_due)."""
    rows = session.connection().exec_driver_sql(
        f"SELECT {_RUN_COLUMNS} FROM flow_run WHERE status = 'waiting' AND due_at <= ? "
        "AND flow_id IN (SELECT value FROM json_each(?)) ORDER BY due_at LIMIT ?",
        (sql_time(now), json_list(flow_ids), limit),
    )
    return [_run(row) for row in rows]


def next_due_run(*, session: Session, flow_ids: Iterable[int]) -> datetime | None:
    value = (
        session.connection()
        .exec_driver_sql(
            "SELECT min(due_at) FROM flow_run WHERE status = 'waiting' "
            "AND flow_id IN (SELECT value FROM json_each(?))",
            (json_list(flow_ids),),
        )
        .scalar_one()
    )
    return from_sql_time(value)


def live_runs_of_contacts(
    *, session: Session, contact_ids: Iterable[int], flow_ids: Iterable[int]
) -> list[RunRow]:
    rows = session.connection().exec_driver_sql(
        f"SELECT {_RUN_COLUMNS} FROM flow_run WHERE contact_id IN (SELECT value FROM "
        "json_each(?)) AND flow_id IN (SELECT value FROM json_each(?)) AND status = 'waiting'",
        (json_list(contact_ids), json_list(flow_ids)),
    )
    return [_run(row) for row in rows]


def wake_runs(*, session: Session, wake: list[tuple[datetime, int]]) -> None:
    """Brings runs forward (never later) so the coming advance looks at them now."""
    if wake:
        session.connection().exec_driver_sql(
            "UPDATE flow_run SET due_at = min(due_at, ?) WHERE id = ? AND status = 'waiting'",
            [(sql_time(moment), run_id) for moment, run_id in wake],
        )


@dataclass
class RunUpdate:
    id: int
    node_id: str | None
    due_at: datetime | None
    context: str
    exit_reason: str | None
    exited_at: datetime | None


def update_runs(*, session: Session, updates: list[RunUpdate]) -> None:
    if not updates:
        return
    session.connection().exec_driver_sql(
        "UPDATE flow_run SET status = ?, current_node = ?, due_at = ?, context = ?, "
        "exit_reason = ?, exited_at = ? WHERE id = ?",
        [
            (
                "waiting" if update.exit_reason is None else "exited",
                update.node_id,
                sql_time(update.due_at) if update.due_at is not None else None,
                update.context,
                update.exit_reason,
                sql_time(update.exited_at) if update.exited_at is not None else None,
                update.id,
            )
            for update in updates
        ],
    )


def add_steps(*, session: Session, steps: list[tuple[int, int, str, str, datetime]]) -> None:
    """(run id, flow id, node id, outcome, at) rows of the step log."""
    if steps:
        session.connection().exec_driver_sql(
            "INSERT INTO flow_step (run_id, flow_id, node_id, outcome, at) VALUES (?, ?, ?, ?, ?)",
            [(run, flow, node, outcome, sql_time(at)) for run, flow, node, outcome, at in steps],
        )


def step_counts(*, session: Session, flow_id: int, since_id: int = 0) -> dict[str, dict[str, int]]:
    """node id -> outcome -> how many times, from the step log (after `since_id`)."""
    counts: dict[str, dict[str, int]] = {}
    for node_id, outcome, count in session.connection().exec_driver_sql(
        "SELECT node_id, outcome, count(*) FROM flow_step WHERE flow_id = ? AND id > ? "
        "GROUP BY node_id, outcome",
        (flow_id, since_id),
    ):
        counts.setdefault(node_id, {})[outcome] = int(count)
    return counts


def max_id(*, session: Session, table: str) -> int:
    if table not in ("flow_step", "outbox_message", "flow_run", "activity_event"):
        raise ValueError(table)
    return int(
        session.connection()
        .exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table}")
        .scalar_one()
    )
