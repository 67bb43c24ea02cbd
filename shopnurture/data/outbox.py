"""The outbox: messages the engine queued, or held back with the reason, waiting for delivery.
The idempotency key (run:node:visit) is unique: a step can never queue a message twice."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session

from shopnurture.data.sql_values import from_sql_time, json_list, sql_time

STATUSES = ("queued", "sending", "sent", "failed", "skipped")


@dataclass
class NewMessage:
    run_id: int
    flow_id: int
    contact_id: int
    node_id: str
    channel: str
    template: str
    recipient: str
    subject: str | None
    body_text: str
    body_html: str | None
    status: str
    reason: str | None
    idempotency_key: str
    due_at: datetime


def insert_messages(*, session: Session, messages: list[NewMessage], now: datetime) -> int:
    """Inserts messages; one whose key is already there is ignored. Returns how many were new."""
    if not messages:
        return 0
    connection = session.connection()
    before = connection.exec_driver_sql("SELECT total_changes()").scalar_one()
    connection.exec_driver_sql(
        "INSERT OR IGNORE INTO outbox_message (run_id, flow_id, contact_id, node_id, channel, "
        "template, recipient, subject, body_text, body_html, status, reason, attempts, "
        "idempotency_key, due_at, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)",
        [
            (
                m.run_id,
                m.flow_id,
                m.contact_id,
                m.node_id,
                m.channel,
                m.template,
                m.recipient,
                m.subject,
                m.body_text,
                m.body_html,
                m.status,
                m.reason,
                m.idempotency_key,
                sql_time(m.due_at),
                sql_time(now),
                sql_time(now),
            )
            for m in messages
        ],  # fmt: skip
    )
    return int(connection.exec_driver_sql("SELECT total_changes()").scalar_one() - before)


@dataclass
class BookedMessage:
    id: int
    run_id: int | None
    contact_id: int
    channel: str
    due_at: datetime
    status: str
    priority: int


def booked_messages(
    *, session: Session, contact_ids: Iterable[int], since: datetime
) -> list[BookedMessage]:
    """Messages queued or sent to these contacts due from `since`: what the frequency cap counts."""
    rows = session.connection().exec_driver_sql(
        "SELECT m.id, m.run_id, m.contact_id, m.channel, m.due_at, m.status, "
        "coalesce(f.priority, 50) FROM outbox_message m LEFT JOIN flow f ON f.id = m.flow_id "
        # The unary + keep SQLite on ix_outbox_contact: a few rows per contact, not the outbox.
        "WHERE m.contact_id IN (SELECT value FROM json_each(?)) AND +m.due_at >= ? "
        "AND +m.status IN ('queued', 'sending', 'sent') AND m.channel IN ('email', 'sms')",
        (json_list(contact_ids), sql_time(since)),
    )
    return [
        BookedMessage(r[0], r[1], r[2], r[3], from_sql_time(r[4]), r[5], int(r[6]))  # type: ignore[arg-type]
        for r in rows
    ]


def postpone_messages(
    *, session: Session, moves: list[tuple[int, datetime, str]], now: datetime
) -> None:
    """(message id, new due, reason): a queued message made way for a higher-priority one."""
    if moves:
        session.connection().exec_driver_sql(
            "UPDATE outbox_message SET due_at = ?, reason = ?, updated_at = ? "
            "WHERE id = ? AND status = 'queued'",
            [(sql_time(due), reason, sql_time(now), message) for message, due, reason in moves],
        )


def skip_queued_of_runs(
    *, session: Session, run_ids: Iterable[int], reason: str, now: datetime
) -> None:
    session.connection().exec_driver_sql(
        "UPDATE outbox_message SET status = 'skipped', reason = ?, updated_at = ? "
        "WHERE run_id IN (SELECT value FROM json_each(?)) AND status = 'queued'",
        (reason, sql_time(now), json_list(run_ids)),
    )


@dataclass(frozen=True)
class OutboxRow:
    id: int
    flow_id: int | None
    flow_name: str | None
    template: str | None
    node_id: str | None
    contact_id: int | None
    contact_email: str | None
    contact_phone: str | None
    channel: str
    status: str
    reason: str | None
    due_at: datetime
    sent_at: datetime | None
    subject: str | None
    body_text: str

    def as_json(self) -> dict[str, Any]:
        """The stable `outbox list --json` shape (README)."""
        return {
            "id": self.id, "flow_id": self.flow_id, "flow_name": self.flow_name,
            "template": self.template, "node_id": self.node_id,
            "contact_email": self.contact_email, "contact_phone": self.contact_phone,
            "channel": self.channel, "status": self.status, "reason": self.reason,
            "due_at": self.due_at.isoformat(),
            "sent_at": self.sent_at.isoformat() if self.sent_at else None,
            "subject": self.subject,
        }  # fmt: skip


def list_outbox(
    *,
    session: Session,
    status: str | None = None,
    flow_id: int | None = None,
    after_id: int = 0,
    limit: int | None = None,
) -> list[OutboxRow]:
    clauses, params = ["m.id > ?"], [after_id]
    if status is not None:
        clauses.append("m.status = ?")
        params.append(status)
    if flow_id is not None:
        clauses.append("m.flow_id = ?")
        params.append(flow_id)
    sql = (
        "SELECT m.id, m.flow_id, f.name, m.template, m.node_id, m.contact_id, c.email, c.phone, "
        "m.channel, m.status, m.reason, m.due_at, m.sent_at, m.subject, m.body_text "
        "FROM outbox_message m LEFT JOIN flow f ON f.id = m.flow_id "
        "LEFT JOIN contact c ON c.id = m.contact_id WHERE "
        + " AND ".join(clauses)
        + " ORDER BY m.id"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    rows = session.connection().exec_driver_sql(sql, tuple(params))
    return [
        OutboxRow(*row[:11], from_sql_time(row[11]), from_sql_time(row[12]), row[13], row[14])  # type: ignore[arg-type]
        for row in rows
    ]
