"""The append-only consent log (the database refuses UPDATE and DELETE on it)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert, select
from sqlmodel import Session

from shopnurture.data.clock import utc_now
from shopnurture.data.tables import ConsentLogEntry

CONSENT_TABLE = ConsentLogEntry.__table__  # type: ignore[attr-defined]


def record_consent_change(
    *,
    session: Session,
    contact_id: int,
    channel: str,
    status: str,
    source: str,
    source_detail: str | None = None,
    occurred_at: datetime | None = None,
) -> None:
    now = utc_now()
    session.connection().execute(
        insert(CONSENT_TABLE).values(
            contact_id=contact_id,
            channel=channel,
            status=status,
            source=source,
            source_detail=source_detail,
            occurred_at=occurred_at or now,
            recorded_at=now,
        )
    )


def consent_history(*, session: Session, contact_id: int) -> list[ConsentLogEntry]:
    statement = (
        select(ConsentLogEntry)
        .where(ConsentLogEntry.contact_id == contact_id)
        .order_by(ConsentLogEntry.recorded_at, ConsentLogEntry.id)  # type: ignore[arg-type]
    )
    return list(session.scalars(statement))
