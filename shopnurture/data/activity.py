"""Activity event queries: a contact's timeline and the shop-wide activity list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, tuple_
from sqlmodel import Session

from shopnurture.data.clock import utc_now
from shopnurture.data.tables import ActivityEvent, Contact

EVENT_TABLE = ActivityEvent.__table__  # type: ignore[attr-defined]
CONTACT_TABLE = Contact.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class ActivityRow:
    id: int
    contact_id: int
    contact_name: str
    contact_email: str | None
    type: str
    occurred_at: datetime
    sku: str | None
    product: str | None
    category: str | None
    quantity: int | None
    value_cents: int | None
    order_id: str | None
    rating: int | None
    duration_seconds: int | None
    source: str | None


_ROW_COLUMNS = (
    EVENT_TABLE.c.id,
    EVENT_TABLE.c.contact_id,
    func.trim(CONTACT_TABLE.c.first_name + " " + CONTACT_TABLE.c.last_name),
    CONTACT_TABLE.c.email,
    EVENT_TABLE.c.type,
    EVENT_TABLE.c.occurred_at,
    EVENT_TABLE.c.sku,
    EVENT_TABLE.c.product,
    EVENT_TABLE.c.category,
    EVENT_TABLE.c.quantity,
    EVENT_TABLE.c.value_cents,
    EVENT_TABLE.c.order_id,
    EVENT_TABLE.c.rating,
    EVENT_TABLE.c.duration_seconds,
    EVENT_TABLE.c.source,
)


def page_activity(
    *,
    session: Session,
    contact_id: int | None = None,
    event_type: str | None = None,
    since: datetime | None = None,
    before: tuple[datetime, int] | None = None,
    limit: int = 200,
) -> list[ActivityRow]:
    """Newest first. `before` is the (occurred_at, id) of the last row of the previous page.

    With a contact this walks `ix_activity_contact_time`; with a type, `ix_activity_type_time`.
    """
    statement = select(*_ROW_COLUMNS).join(
        CONTACT_TABLE, CONTACT_TABLE.c.id == EVENT_TABLE.c.contact_id
    )
    if contact_id is not None:
        statement = statement.where(EVENT_TABLE.c.contact_id == contact_id)
    if event_type:
        statement = statement.where(EVENT_TABLE.c.type == event_type)
    if since is not None:
        statement = statement.where(EVENT_TABLE.c.occurred_at >= since)
    if before is not None:
        statement = statement.where(
            tuple_(EVENT_TABLE.c.occurred_at, EVENT_TABLE.c.id) < tuple(before)
        )
    statement = statement.order_by(EVENT_TABLE.c.occurred_at.desc(), EVENT_TABLE.c.id.desc())
    result = session.connection().execute(statement.limit(limit))
    return [ActivityRow(*row) for row in result]


def events_of_contact_since_sql() -> str:
    """The SQL behind "what did this contact do since when" (used to check its query plan)."""
    return (
        "SELECT * FROM activity_event WHERE contact_id = ? AND occurred_at >= ? "
        "ORDER BY occurred_at"
    )


def add_events(*, session: Session, events: list[dict[str, Any]]) -> int:
    """Insert events (already cleaned) in one statement; returns how many were given."""
    if not events:
        return 0
    now = utc_now()
    # One executemany per set of columns: SQLAlchemy takes the columns of a batch from its
    # first row, so a column the first event lacks would be dropped for all the others.
    batches: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for event in events:
        row = {"created_at": now, **event}
        batches.setdefault(tuple(sorted(row)), []).append(row)
    connection = session.connection()
    for rows in batches.values():
        connection.execute(insert(EVENT_TABLE), rows)
    return len(events)


def count_events(*, session: Session, contact_id: int | None = None) -> int:
    statement = select(func.count()).select_from(EVENT_TABLE)
    if contact_id is not None:
        statement = statement.where(EVENT_TABLE.c.contact_id == contact_id)
    return int(session.connection().execute(statement).scalar_one())
