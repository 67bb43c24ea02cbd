"""Queries for testing a flow with one contact on a *copy* of the shop: set everyone else
aside, then read that contact's runs and steps (services/engine/contact_trace.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from shopnurture.data.sql_values import from_sql_time, json_list, sql_time


@dataclass(frozen=True)
class RunRecord:
    id: int
    status: str
    current_node: str | None
    due_at: datetime | None
    entered_at: datetime
    exited_at: datetime | None
    exit_reason: str | None


@dataclass(frozen=True)
class StepRecord:
    run_id: int
    node_id: str
    outcome: str
    at: datetime


def keep_only_contact(*, session: Session, contact_id: int) -> None:
    """Deletes every other contact and the rows that point to them, so that the engine works
    for this contact alone (children first, in bulk: far quicker than row-by-row cascades)."""
    connection = session.connection()
    tables = [
        str(row[0])
        for row in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    for table in tables:
        # foreign_key_list rows: id, seq, table, from, to, on_update, on_delete, match
        for key in connection.exec_driver_sql(f'PRAGMA foreign_key_list("{table}")').all():
            if key[2] == "contact":
                connection.exec_driver_sql(
                    f'DELETE FROM "{table}" WHERE "{key[3]}" <> ?', (contact_id,)
                )
    connection.exec_driver_sql("DELETE FROM contact WHERE id <> ?", (contact_id,))


def contact_runs(*, session: Session, flow_id: int, contact_id: int) -> list[RunRecord]:
    rows = session.connection().exec_driver_sql(
        "SELECT id, status, current_node, due_at, entered_at, exited_at, exit_reason "
        "FROM flow_run WHERE flow_id = ? AND contact_id = ? ORDER BY entered_at, id",
        (flow_id, contact_id),
    )
    return [
        RunRecord(
            int(row[0]),
            str(row[1]),
            row[2],
            from_sql_time(row[3]),
            _moment(row[4]),
            from_sql_time(row[5]),
            row[6],
        )  # fmt: skip
        for row in rows
    ]


def run_steps(*, session: Session, run_ids: list[int]) -> list[StepRecord]:
    """The steps of these runs, in the order they happened."""
    rows = session.connection().exec_driver_sql(
        "SELECT run_id, node_id, outcome, at FROM flow_step "
        "WHERE run_id IN (SELECT value FROM json_each(?)) ORDER BY id",
        (json_list(run_ids),),
    )
    return [StepRecord(int(row[0]), str(row[1]), str(row[2]), _moment(row[3])) for row in rows]


def _moment(value: str | datetime) -> datetime:
    moment = from_sql_time(value)
    assert moment is not None
    return moment


@dataclass(frozen=True)
class MessageRecord:
    run_id: int
    node_id: str
    channel: str
    status: str
    reason: str | None
    due_at: datetime


def run_messages(*, session: Session, run_ids: list[int]) -> list[MessageRecord]:
    rows = session.connection().exec_driver_sql(
        "SELECT run_id, node_id, channel, status, reason, due_at FROM outbox_message "
        "WHERE run_id IN (SELECT value FROM json_each(?)) ORDER BY id",
        (json_list(run_ids),),
    )
    return [
        MessageRecord(int(row[0]), str(row[1]), str(row[2]), str(row[3]), row[4], _moment(row[5]))
        for row in rows
    ]


def mark_due_sent(*, session: Session, now: datetime) -> None:
    """Plays the sender on the copy: queued messages due by `now` went out when due."""
    session.connection().exec_driver_sql(
        "UPDATE outbox_message SET status = 'sent', sent_at = due_at "
        "WHERE status = 'queued' AND due_at <= ?",
        (sql_time(now),),
    )
