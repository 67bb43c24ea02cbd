"""Writing a ready-made history (runs, their steps, sent messages) into the demo shop."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session

from shopnurture.data.sql_values import sql_time, sql_time_or_none


@dataclass
class PastMessage:
    node_id: str
    channel: str
    at: datetime
    status: str = "sent"
    reason: str | None = None


@dataclass
class PastRun:
    flow_id: int
    contact_id: int
    entered_at: datetime
    exited_at: datetime
    exit_reason: str
    steps: list[tuple[str, str, datetime]] = field(default_factory=list)  # node, outcome, at
    messages: list[PastMessage] = field(default_factory=list)


def insert_past_runs(*, session: Session, runs: list[PastRun]) -> None:
    """Runs that already ended, with their step log and their outbox rows."""
    connection = session.connection()
    for run in runs:
        run_id = connection.exec_driver_sql(
            "INSERT INTO flow_run (flow_id, contact_id, flow_version, status, context, "
            "entered_at, exited_at, exit_reason) VALUES (?, ?, 1, 'exited', '{}', ?, ?, ?)",
            (run.flow_id, run.contact_id, sql_time(run.entered_at), sql_time(run.exited_at),
             run.exit_reason),
        ).lastrowid  # fmt: skip
        connection.exec_driver_sql(
            "INSERT INTO flow_step (run_id, flow_id, node_id, outcome, at) VALUES (?, ?, ?, ?, ?)",
            [(run_id, run.flow_id, node, outcome, sql_time(at)) for node, outcome, at in run.steps],
        )
        if not run.messages:
            continue
        connection.exec_driver_sql(
            "INSERT INTO outbox_message (run_id, flow_id, contact_id, node_id, channel, "
            "template, recipient, subject, body_text, status, reason, attempts, "
            "idempotency_key, due_at, sent_at, created_at, updated_at) "
            "SELECT ?, ?, c.id, ?, ?, ?, CASE ? WHEN 'sms' THEN coalesce(c.phone, '') "
            "ELSE coalesce(c.email, '') END, NULL, '', ?, ?, ?, ?, ?, ?, ?, ? "
            "FROM contact c WHERE c.id = ?",
            [
                (run_id, run.flow_id, m.node_id, m.channel, m.node_id, m.channel, m.status,
                 m.reason, int(m.status != "skipped"), f"demo:{run_id}:{m.node_id}",
                 sql_time(m.at), sql_time_or_none(m.at if m.status == "sent" else None),
                 sql_time(m.at), sql_time(m.at), run.contact_id)
                for m in run.messages
            ],
        )  # fmt: skip
