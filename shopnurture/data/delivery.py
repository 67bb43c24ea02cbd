"""Outbox queries of the dispatcher: claiming due messages and recording what happened.

A message is claimed (queued → sending) and committed *before* its content goes out, and
recorded as sent once the server accepted it, in the same transaction as the next claim.
If the process dies in between, the row stays in `sending`: `flag_interrupted` turns
those into `flagged`, for the owner to decide — never a silent resend. At most one row
is in `sending` at any moment, so a crash flags at most the one message on the wire.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.dialects.sqlite import insert
from sqlmodel import Session

from shopnurture.data.sql_values import from_sql_time, sql_time
from shopnurture.data.tables import Contact, OutboxMessage, Suppression

log = logging.getLogger(__name__)

OUTBOX = OutboxMessage.__table__  # type: ignore[attr-defined]
CONTACT = Contact.__table__  # type: ignore[attr-defined]
SUPPRESSION = Suppression.__table__  # type: ignore[attr-defined]

QUEUED, SENDING, SENT, FAILED, SKIPPED, FLAGGED = (
    "queued",
    "sending",
    "sent",
    "failed",
    "skipped",
    "flagged",
)


@dataclass(frozen=True)
class DueMessage:
    id: int
    channel: str
    recipient: str
    subject: str | None
    body_text: str
    body_html: str | None
    idempotency_key: str
    attempts: int
    created_at: datetime
    contact_id: int | None
    contact_name: str
    email_consent: str | None
    sms_consent: str | None


_DUE = (
    "SELECT m.id, m.channel, m.recipient, m.subject, m.body_text, m.body_html, "
    "m.idempotency_key, m.attempts, m.created_at, m.contact_id, "
    "trim(ifnull(c.first_name, '') || ' ' || ifnull(c.last_name, '')), "
    "c.email_consent, c.sms_consent "
    "FROM outbox_message AS m LEFT OUTER JOIN contact AS c ON c.id = m.contact_id "
    "WHERE m.status = 'queued' AND m.channel = ? AND m.due_at <= ? "
    "AND (m.next_attempt_at IS NULL OR m.next_attempt_at <= ?) "
    "ORDER BY m.due_at, m.id LIMIT ?"
)


def due_messages(*, session: Session, channel: str, now: datetime, limit: int) -> list[DueMessage]:
    """Up to `limit` queued messages of `channel` that are due, oldest first (read only)."""
    if limit <= 0:
        return []
    rows = session.connection().exec_driver_sql(_DUE, _due_parameters(channel, now, limit))
    return [_due_message(row) for row in rows]


def _due_parameters(channel: str, now: datetime, limit: int) -> tuple[object, ...]:
    return (channel, sql_time(now), sql_time(now), limit)


def _due_message(row: Sequence[Any]) -> DueMessage:
    created_at = from_sql_time(row[8])
    assert created_at is not None
    return DueMessage(*row[:8], created_at, *row[9:])  # type: ignore[arg-type]


def has_due(*, session: Session, channel: str, now: datetime) -> bool:
    statement = select(OUTBOX.c.id).where(
        OUTBOX.c.status == QUEUED, OUTBOX.c.channel == channel, OUTBOX.c.due_at <= now
    )
    return session.connection().execute(statement.limit(1)).first() is not None


def _finish(session: Session, message_id: int, now: datetime, **values: object) -> None:
    session.connection().execute(
        update(OUTBOX).where(OUTBOX.c.id == message_id).values(updated_at=now, **values)
    )


def record_retry(
    *, session: Session, message_id: int, now: datetime, next_attempt_at: datetime, reason: str
) -> None:
    _finish(session, message_id, now, status=QUEUED, next_attempt_at=next_attempt_at, reason=reason)


def record_failed(*, session: Session, message_id: int, now: datetime, reason: str) -> None:
    _finish(session, message_id, now, status=FAILED, reason=reason, next_attempt_at=None)


def record_skipped(*, session: Session, message_id: int, now: datetime, reason: str) -> None:
    _finish(session, message_id, now, status=SKIPPED, reason=reason, next_attempt_at=None)


def release_claim(*, session: Session, message_id: int, now: datetime) -> None:
    """sending → queued, untouched: it never left (e.g. the account could not log in)."""
    _finish(session, message_id, now, status=QUEUED, attempts=OUTBOX.c.attempts - 1)


def flag_interrupted(*, session: Session, now: datetime, reason: str) -> int:
    """Messages left in `sending` by a process that stopped mid-send: the owner decides."""
    result = session.connection().execute(
        update(OUTBOX)
        .where(OUTBOX.c.status == SENDING)
        .values(status=FLAGGED, reason=reason, updated_at=now)
    )
    return int(result.rowcount or 0)


def sent_since(*, session: Session, channel: str, since: datetime) -> int:
    statement = select(func.count()).where(
        OUTBOX.c.channel == channel, OUTBOX.c.sent_at >= since, OUTBOX.c.status == SENT
    )
    return int(session.connection().execute(statement).scalar_one())


def suppress(*, session: Session, channel: str, address: str, reason: str, now: datetime) -> None:
    statement = insert(SUPPRESSION).values(
        channel=channel, address=address.lower(), reason=reason, created_at=now
    )
    session.connection().execute(statement.on_conflict_do_nothing())


_CLAIM = (
    "UPDATE outbox_message SET status = 'sending', attempts = attempts + 1, updated_at = ? "
    "WHERE id = ? AND status = 'queued' "
    "AND (SELECT {consent} FROM contact WHERE contact.id = outbox_message.contact_id) = 'granted' "
    "AND NOT EXISTS (SELECT 1 FROM suppression WHERE channel = ? AND address = ?)"
)
_SENT = (
    "UPDATE outbox_message SET status = 'sent', sent_at = ?, reason = NULL, "
    "next_attempt_at = NULL, provider_message_id = ?, updated_at = ? WHERE id = ?"
)


AUTOCHECKPOINT_PAGES = 1000  # SQLite's default, restored when the ledger is done
CHECKPOINT_EVERY_SECONDS = 0.25


class _Checkpointer:
    """Checkpoints the write-ahead log on its own thread and connection while sending.

    A commit that crosses SQLite's 1000-page mark would otherwise copy the log into the
    database and fsync both, in the middle of sending: about half of all bookkeeping time.
    A PASSIVE checkpoint never blocks the writer; SQLite releases the GIL while it runs.
    Durability is unchanged: commits are in the log either way, and the log is synced
    by each checkpoint, as before. Once sending stops, SQLite's own checkpoints resume.
    """

    def __init__(self, engine: object) -> None:
        self._engine = engine
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="wal-checkpoint", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        pooled = self._engine.raw_connection()  # type: ignore[attr-defined]
        try:
            while not self._stopping.wait(CHECKPOINT_EVERY_SECONDS):
                try:
                    pooled.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
                except sqlite3.Error as error:  # busy now: the next round catches up
                    log.debug("checkpoint skipped: %s", error)
        finally:
            pooled.close()

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join()


class DeliveryLedger:
    """The dispatcher's per-message bookkeeping on one raw SQLite connection.

    Sending is the hot path, so these writes skip the ORM and share transactions: the
    "sent" of one message is committed together with the claim of the next, so one
    `BEGIN IMMEDIATE … COMMIT` per message, and never more than one row in `sending`.
    A "sent" waits in memory only until that next claim, `flush` or `close`; if the process
    dies meanwhile, the row stays `sending` and is flagged (it did arrive). Use from one
    thread; close when done.

    Its commits are durable (`synchronous = FULL`: the log is flushed to disk before COMMIT
    returns). With the app's usual NORMAL, a power cut or a laptop whose battery dies can
    undo the last commits; an undone claim would put a message that already left back in
    the queue, and it would go out twice.
    """

    def __init__(self, database: object) -> None:
        self._pooled = database.engine.raw_connection()  # type: ignore[attr-defined]
        self._sqlite = self._pooled.driver_connection
        self._sent_waiting: tuple[str, str | None, str, int] | None = None
        # Copying the log into the database file (with its fsyncs) is left to a helper
        # thread instead of every thousandth page's commit: see _Checkpointer.
        self._sqlite.execute("PRAGMA wal_autocheckpoint = 0")
        self._sqlite.execute("PRAGMA synchronous = FULL")
        self._checkpointer = _Checkpointer(database.engine)  # type: ignore[attr-defined]

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self._checkpointer.stop()
            try:
                self._sqlite.execute(f"PRAGMA wal_autocheckpoint = {AUTOCHECKPOINT_PAGES}")
                self._sqlite.execute("PRAGMA synchronous = NORMAL")  # the pool's default
            finally:
                self._pooled.close()

    def claim(self, message_id: int, channel: str, address: str, now: datetime) -> bool:
        """queued → sending, committed before the message's content leaves (module doc).

        Consent and suppression are part of the same statement, so a withdrawal or a 5xx
        committed a moment ago wins: False then, and the row is left as it was.
        """
        consent = "email_consent" if channel == "email" else "sms_consent"
        statement = _CLAIM.format(consent=consent)
        parameters = (sql_time(now), message_id, channel, address.lower())
        return self._commit(statement, parameters) == 1

    def sent(self, message_id: int, now: datetime, provider_message_id: str | None) -> None:
        """The server accepted it: written with the next claim (or `flush`)."""
        self.flush()  # at most one waits
        self._sent_waiting = (sql_time(now), provider_message_id, sql_time(now), message_id)

    def record_sent(self, message_id: int, now: datetime, provider_message_id: str | None) -> None:
        self.sent(message_id, now, provider_message_id)
        self.flush()

    def flush(self) -> None:
        """Commit a waiting "sent" now (before any other write about the outbox)."""
        if self._sent_waiting is not None:
            self._commit(None, ())

    def _commit(self, statement: str | None, parameters: tuple[object, ...]) -> int:
        connection = self._sqlite
        connection.execute("BEGIN IMMEDIATE")
        try:
            if self._sent_waiting is not None:
                connection.execute(_SENT, self._sent_waiting)
            changed = connection.execute(statement, parameters).rowcount if statement else 0
            connection.execute("COMMIT")
        except BaseException:
            connection.rollback()
            raise
        self._sent_waiting = None
        return int(changed)

    def due(self, channel: str, now: datetime, limit: int) -> list[DueMessage]:
        """`due_messages` on this connection (no ORM: it is read once per batch)."""
        if limit <= 0:
            return []
        rows = self._sqlite.execute(_DUE, _due_parameters(channel, now, limit))
        return [_due_message(row) for row in rows]

    def is_suppressed(self, channel: str, address: str) -> bool:
        """Read at the moment of sending: a 5xx an instant ago counts."""
        found = self._sqlite.execute(
            "SELECT 1 FROM suppression WHERE channel = ? AND address = ? LIMIT 1",
            (channel, address.lower()),
        ).fetchone()
        return found is not None


def take_owner_notifications(
    *, session: Session, now: datetime, limit: int = 20
) -> list[tuple[str, str]]:
    """Due notifications for the owner (channel `owner`): their subjects and texts, marked
    sent in the same write session, so each one is shown once."""
    rows = (
        session.connection()
        .execute(
            select(OUTBOX.c.id, OUTBOX.c.subject, OUTBOX.c.body_text)
            .where(OUTBOX.c.channel == "owner", OUTBOX.c.status == QUEUED, OUTBOX.c.due_at <= now)
            .order_by(OUTBOX.c.due_at, OUTBOX.c.id)
            .limit(limit)
        )
        .all()
    )
    if rows:
        session.connection().execute(
            update(OUTBOX)
            .where(OUTBOX.c.id.in_([row[0] for row in rows]))
            .values(status=SENT, sent_at=now, updated_at=now)
        )
    return [(subject or "shopnurture", text) for _id, subject, text in rows]
