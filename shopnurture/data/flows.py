"""Flow rows (definition JSON, status, priority) and imported coupon codes."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session

from shopnurture.data.sql_values import from_sql_time, sql_time, sql_time_or_none


@dataclass(frozen=True)
class FlowRecord:
    id: int
    name: str
    description: str
    template_key: str | None
    status: str  # draft, active or paused
    priority: int
    definition: str
    version: int
    activated_at: datetime | None
    created_at: datetime
    updated_at: datetime

    def document(self) -> dict[str, Any]:
        return json.loads(self.definition or "{}")


_COLUMNS = (
    "id, name, description, template_key, status, priority, definition, version, "
    "activated_at, created_at, updated_at"
)


def _record(row: Any) -> FlowRecord:
    values = list(row)
    for index in (8, 9, 10):
        values[index] = from_sql_time(values[index])
    return FlowRecord(*values)


def insert_flow(
    *,
    session: Session,
    name: str,
    description: str,
    template_key: str | None,
    priority: int,
    definition: str,
    now: datetime,
) -> int:
    result = session.connection().exec_driver_sql(
        "INSERT INTO flow (name, description, template_key, status, priority, definition, "
        "version, created_at, updated_at) VALUES (?, ?, ?, 'draft', ?, ?, 1, ?, ?)",
        (name, description, template_key, priority, definition, sql_time(now), sql_time(now)),
    )
    return int(result.lastrowid)


def update_flow_definition(
    *, session: Session, flow_id: int, name: str, description: str, priority: int,
    definition: str, now: datetime,
) -> None:  # fmt: skip
    """Saves an edited definition; the version counts edits (runs remember theirs)."""
    session.connection().exec_driver_sql(
        "UPDATE flow SET name = ?, description = ?, priority = ?, definition = ?, "
        "version = version + 1, updated_at = ? WHERE id = ?",
        (name, description, priority, definition, sql_time(now), flow_id),
    )


def get_flow(*, session: Session, flow_id: int) -> FlowRecord | None:
    row = (
        session.connection()
        .exec_driver_sql(f"SELECT {_COLUMNS} FROM flow WHERE id = ?", (flow_id,))
        .first()
    )
    return _record(row) if row is not None else None


def list_flows(*, session: Session, status: str | None = None) -> list[FlowRecord]:
    sql = f"SELECT {_COLUMNS} FROM flow"
    params: tuple[Any, ...] = ()
    if status is not None:
        sql += " WHERE status = ?"
        params = (status,)
    return [
        _record(row) for row in session.connection().exec_driver_sql(sql + " ORDER BY id", params)
    ]


def set_flow_status(
    *, session: Session, flow_id: int, status: str, activated_at: datetime | None, now: datetime
) -> None:
    session.connection().exec_driver_sql(
        "UPDATE flow SET status = ?, activated_at = coalesce(?, activated_at), updated_at = ? "
        "WHERE id = ?",
        (status, sql_time_or_none(activated_at), sql_time(now), flow_id),
    )


def flow_statistics(*, session: Session) -> dict[int, dict[str, int]]:
    """Per flow: runs live now, runs ever entered, and messages queued or sent."""
    stats: dict[int, dict[str, int]] = {}
    for flow_id, live, entered in session.connection().exec_driver_sql(
        "SELECT flow_id, sum(status IN ('active', 'waiting')), count(*) FROM flow_run "
        "GROUP BY flow_id"
    ):
        stats[flow_id] = {"live_runs": int(live or 0), "entered": int(entered), "messages": 0}
    for flow_id, messages in session.connection().exec_driver_sql(
        "SELECT flow_id, count(*) FROM outbox_message WHERE status IN ('queued', 'sending', "
        "'sent') AND flow_id IS NOT NULL GROUP BY flow_id"
    ):
        stats.setdefault(flow_id, {"live_runs": 0, "entered": 0, "messages": 0})
        stats[flow_id]["messages"] = int(messages)
    return stats


def add_coupon_codes(*, session: Session, list_name: str, codes: list[str], now: datetime) -> int:
    """Adds codes to a list (ones already in it are skipped); returns how many were new."""
    connection = session.connection()
    before = connection.exec_driver_sql("SELECT total_changes()").scalar_one()
    connection.exec_driver_sql(
        "INSERT OR IGNORE INTO coupon_code (list_name, code, created_at) VALUES (?, ?, ?)",
        [(list_name, code, sql_time(now)) for code in codes],
    )
    return int(connection.exec_driver_sql("SELECT total_changes()").scalar_one() - before)


def claim_coupon_code(
    *,
    session: Session,
    list_name: str,
    contact_id: int,
    run_id: int,
    now: datetime,
    expires_at: datetime,
) -> str | None:
    """The next free code of the list, now assigned to the contact; None if none is left."""
    connection = session.connection()
    row = connection.exec_driver_sql(
        "SELECT id, code FROM coupon_code WHERE list_name = ? AND assigned_at IS NULL "
        "ORDER BY id LIMIT 1",
        (list_name,),
    ).first()
    if row is None:
        return None
    connection.exec_driver_sql(
        "UPDATE coupon_code SET contact_id = ?, run_id = ?, assigned_at = ?, expires_at = ? "
        "WHERE id = ?",
        (contact_id, run_id, sql_time(now), sql_time(expires_at), row[0]),
    )
    return str(row[1])


def delete_flow(*, session: Session, flow_id: int) -> None:
    """Removes the flow; its runs, steps and schedules go with it, its sent messages stay
    (they keep no link to it)."""
    session.connection().exec_driver_sql("DELETE FROM flow WHERE id = ?", (flow_id,))
