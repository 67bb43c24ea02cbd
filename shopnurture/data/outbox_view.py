"""What the Outbox page shows and the owner's decisions on single messages.

Newest first, filtered by status, flow, contact and date; the owner may resend a failed or
flagged message, cancel one that has not gone out, or confirm that a flagged one arrived.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func, or_, select, tuple_, update
from sqlmodel import Session

from shopnurture.data.delivery import FAILED, FLAGGED, QUEUED, SENT, SKIPPED
from shopnurture.data.tables import Contact, Flow, OutboxMessage

OUTBOX = OutboxMessage.__table__  # type: ignore[attr-defined]
CONTACT = Contact.__table__  # type: ignore[attr-defined]
FLOW = Flow.__table__  # type: ignore[attr-defined]

CANCELLED_REASON = "cancelled_by_owner"


@dataclass(frozen=True)
class OutboxListRow:
    id: int
    created_at: datetime
    due_at: datetime
    sent_at: datetime | None
    channel: str
    status: str
    reason: str | None
    recipient: str
    subject: str | None
    contact_name: str
    flow_name: str | None
    attempts: int
    next_attempt_at: datetime | None
    body_text: str


def page_outbox(
    *,
    session: Session,
    status: str | None = None,
    flow_id: int | None = None,
    search: str = "",
    since: datetime | None = None,
    before: tuple[datetime, int] | None = None,
    limit: int = 200,
) -> list[OutboxListRow]:
    """Newest first; `before` is the (created_at, id) of the previous page's last row."""
    name = func.trim(
        func.ifnull(CONTACT.c.first_name, "") + " " + func.ifnull(CONTACT.c.last_name, "")
    )
    statement = select(
        OUTBOX.c.id,
        OUTBOX.c.created_at,
        OUTBOX.c.due_at,
        OUTBOX.c.sent_at,
        OUTBOX.c.channel,
        OUTBOX.c.status,
        OUTBOX.c.reason,
        OUTBOX.c.recipient,
        OUTBOX.c.subject,
        name,
        FLOW.c.name,
        OUTBOX.c.attempts,
        OUTBOX.c.next_attempt_at,
        OUTBOX.c.body_text,
    ).select_from(  # fmt: skip
        OUTBOX.outerjoin(CONTACT, CONTACT.c.id == OUTBOX.c.contact_id).outerjoin(
            FLOW, FLOW.c.id == OUTBOX.c.flow_id
        )
    )
    if status:
        statement = statement.where(OUTBOX.c.status == status)
    if flow_id is not None:
        statement = statement.where(OUTBOX.c.flow_id == flow_id)
    if since is not None:
        statement = statement.where(OUTBOX.c.created_at >= since)
    for word in search.lower().split():
        pattern = f"%{word}%"
        statement = statement.where(
            or_(OUTBOX.c.recipient.ilike(pattern), func.lower(name).like(pattern))
        )
    if before is not None:
        statement = statement.where(tuple_(OUTBOX.c.created_at, OUTBOX.c.id) < tuple(before))
    statement = statement.order_by(OUTBOX.c.created_at.desc(), OUTBOX.c.id.desc()).limit(limit)
    return [OutboxListRow(*row) for row in session.connection().execute(statement)]


def flow_names(*, session: Session) -> list[tuple[int, str]]:
    rows = session.connection().execute(select(FLOW.c.id, FLOW.c.name).order_by(FLOW.c.name))
    return [(flow_id, name) for flow_id, name in rows]


def _decide(session: Session, ids: list[int], allowed: tuple[str, ...], **values: object) -> int:
    result = session.connection().execute(
        update(OUTBOX)
        .where(and_(OUTBOX.c.id.in_(ids), OUTBOX.c.status.in_(allowed)))
        .values(**values)
    )
    return int(result.rowcount or 0)


def resend(*, session: Session, message_ids: list[int], now: datetime) -> int:
    """Failed or flagged → queued for the next run (consent is checked again then)."""
    return _decide(session, message_ids, (FAILED, FLAGGED), status=QUEUED, reason=None,
                   next_attempt_at=None, due_at=now, updated_at=now)  # fmt: skip


def cancel(*, session: Session, message_ids: list[int], now: datetime) -> int:
    """Queued, failed or flagged → skipped: it will not be sent."""
    return _decide(session, message_ids, (QUEUED, FAILED, FLAGGED), status=SKIPPED,
                   reason=CANCELLED_REASON, next_attempt_at=None, updated_at=now)  # fmt: skip


def confirm_sent(*, session: Session, message_ids: list[int], now: datetime) -> int:
    """Flagged → sent, when the owner knows it arrived."""
    return _decide(session, message_ids, (FLAGGED,), status=SENT, sent_at=now, updated_at=now)
