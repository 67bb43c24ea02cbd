"""Preparing a *copy* of the shop for a what-if simulation (set flows aside, forget later runs,
take out the activity to replay); services/engine/simulator.py never runs it on the real file."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlmodel import Session

from shopnurture.data.sql_values import from_sql_time, json_list, sql_time

_REPLAYED = (
    "contact_id, type, occurred_at, sku, product, category, quantity, value_cents, order_id, "
    "rating, duration_seconds, source, dedup_key, created_at"
)


def pause_other_flows(*, session: Session, keep: Iterable[int]) -> None:
    session.connection().exec_driver_sql(
        "UPDATE flow SET status = 'paused' WHERE status = 'active' "
        "AND id NOT IN (SELECT value FROM json_each(?))",
        (json_list(keep),),
    )


def forget_flow_activity(
    *, session: Session, flow_ids: Iterable[int], after: datetime | None
) -> None:
    """Removes runs, schedules, steps and messages of these flows made after `after` (all of
    them when None): the simulation recreates them."""
    connection = session.connection()
    ids = json_list(flow_ids)
    moment = sql_time(after) if after is not None else ""
    for table, column in (
        ("outbox_message", "created_at"),
        ("flow_step", "at"),
        ("flow_schedule", "created_at"),
        ("flow_run", "entered_at"),
    ):
        connection.exec_driver_sql(
            f"DELETE FROM {table} WHERE flow_id IN (SELECT value FROM json_each(?)) "
            f"AND {column} > ?",
            (ids, moment),
        )


def take_events_after(*, session: Session, moment: datetime) -> list[tuple[Any, ...]]:
    """Removes the activity after `moment` and returns it, oldest first, to be replayed."""
    connection = session.connection()
    rows = [
        tuple(row)
        for row in connection.exec_driver_sql(
            f"SELECT {_REPLAYED} FROM activity_event WHERE occurred_at > ? "
            "ORDER BY occurred_at, id",
            (sql_time(moment),),
        )
    ]
    connection.exec_driver_sql(
        "DELETE FROM activity_event WHERE occurred_at > ?", (sql_time(moment),)
    )
    return rows


def replayed_time(row: tuple[Any, ...]) -> datetime:
    moment = from_sql_time(row[2])
    assert moment is not None
    return moment


def replay_events(*, session: Session, rows: list[tuple[Any, ...]]) -> None:
    """Adds the activity back, as if it was recorded as it happened (new ids, in time order)."""
    if rows:
        session.connection().exec_driver_sql(
            f"INSERT INTO activity_event ({_REPLAYED}) VALUES ({', '.join('?' * 14)})",
            [(*row[:13], row[2]) for row in rows],
        )


def runs_entered(*, session: Session, flow_id: int, after_id: int) -> int:
    return int(
        session.connection()
        .exec_driver_sql(
            "SELECT count(*) FROM flow_run WHERE flow_id = ? AND id > ?", (flow_id, after_id)
        )
        .scalar_one()
    )


def exits_between(
    *, session: Session, flow_id: int, start: datetime, end: datetime
) -> dict[str, int]:
    return {
        str(reason): int(count)
        for reason, count in session.connection().exec_driver_sql(
            "SELECT exit_reason, count(*) FROM flow_run WHERE flow_id = ? AND exited_at > ? "
            "AND exited_at <= ? GROUP BY exit_reason",
            (flow_id, sql_time(start), sql_time(end)),
        )
    }
