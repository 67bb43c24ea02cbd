"""Contact queries: paging for big lists, search, create/update, delete with undo.

Every function takes its session explicitly; none commits (the caller's session does).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, delete, func, insert, select, tuple_, update
from sqlmodel import Session

from shopnurture.data.clock import utc_now
from shopnurture.data.contact_search import search_condition
from shopnurture.data.segments import SegmentQuery
from shopnurture.data.tables import ActivityEvent, Contact, FlowRun, OutboxMessage
from shopnurture.domain.contact_fields import fold_for_search

CONTACT_TABLE = Contact.__table__  # type: ignore[attr-defined]
EVENT_TABLE = ActivityEvent.__table__  # type: ignore[attr-defined]
RUN_TABLE = FlowRun.__table__  # type: ignore[attr-defined]
OUTBOX_TABLE = OutboxMessage.__table__  # type: ignore[attr-defined]

LIST_COLUMNS = (
    "id",
    "first_name",
    "last_name",
    "email",
    "phone",
    "city",
    "tags",
    "lead_score",
    "phase",
    "email_consent",
    "sms_consent",
    "created_at",
)

# Sort name -> the columns of its keyset (the last is always the id, to break ties).
SORT_KEYS: dict[str, tuple[str, ...]] = {
    "name": ("last_name", "first_name", "id"),
    "created": ("created_at", "id"),
    "score": ("lead_score", "id"),
    "email": ("email_sort", "id"),
    "city": ("city_sort", "id"),
}


@dataclass(frozen=True)
class ContactListRow:
    id: int
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    city: str | None
    tags: str
    lead_score: int
    phase: str
    email_consent: str
    sms_consent: str
    created_at: datetime

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class ContactPage:
    rows: list[ContactListRow]
    next_cursor: tuple[Any, ...] | None
    """Pass back as `after` to get the next page; None when this was the last page."""


def _sort_expressions() -> dict[str, Any]:
    columns = CONTACT_TABLE.c
    return {
        "last_name": columns.last_name,
        "first_name": columns.first_name,
        "id": columns.id,
        "created_at": columns.created_at,
        "lead_score": columns.lead_score,
        "email_sort": func.ifnull(columns.email, ""),
        "city_sort": func.ifnull(columns.city, ""),
    }


def page_contacts(
    *,
    session: Session,
    search: str = "",
    sort: str = "name",
    descending: bool = False,
    after: tuple[Any, ...] | None = None,
    limit: int = 200,
    segment: SegmentQuery | None = None,
) -> ContactPage:
    """One page of contacts in a stable order, starting after the `after` cursor.

    Keyset paging: the cost of a page does not grow with how far the user has scrolled.
    """
    key_names = SORT_KEYS[sort]
    expressions = _sort_expressions()
    keys = [expressions[name] for name in key_names]
    columns = [CONTACT_TABLE.c[name] for name in LIST_COLUMNS]
    statement = select(*columns, *keys)
    condition = search_condition(session=session, search=search)
    if condition is not None:
        statement = statement.where(condition)
    if segment is not None:
        statement = statement.where(segment.ids_condition())
    if after is not None:
        row_key = tuple_(*keys)
        statement = statement.where(
            row_key < tuple(after) if descending else row_key > tuple(after)
        )
    statement = statement.order_by(*(key.desc() if descending else key.asc() for key in keys))
    result = session.connection().execute(statement.limit(limit + 1)).all()
    has_more = len(result) > limit
    result = result[:limit]
    width = len(LIST_COLUMNS)
    rows = [ContactListRow(*row[:width]) for row in result]
    cursor = tuple(result[-1][width:]) if has_more and result else None
    return ContactPage(rows=rows, next_cursor=cursor)


def count_contacts(
    *, session: Session, search: str = "", segment: SegmentQuery | None = None
) -> int:
    statement = select(func.count()).select_from(CONTACT_TABLE)
    condition = search_condition(session=session, search=search, for_count=True)
    if condition is not None:
        statement = statement.where(condition)
    if segment is not None:
        statement = statement.where(segment.ids_condition())
    return int(session.connection().execute(statement).scalar_one())


def get_contact(*, session: Session, contact_id: int) -> Contact | None:
    return session.get(Contact, contact_id)


def find_contact_id(
    *, session: Session, email: str | None = None, phone: str | None = None
) -> int | None:
    """The id of the contact with this email, else with this phone; None if there is none."""
    for column, value in ((CONTACT_TABLE.c.email, email), (CONTACT_TABLE.c.phone, phone)):
        if value:
            found = (
                session.connection()
                .execute(select(CONTACT_TABLE.c.id).where(column == value).limit(1))
                .scalar()
            )
            if found is not None:
                return int(found)
    return None


def search_text_for(values: dict[str, Any]) -> str:
    tags = (values.get("tags") or "").replace(",", " ")
    return fold_for_search(
        values.get("first_name"),
        values.get("last_name"),
        values.get("email"),
        values.get("phone"),
        (values.get("phone") or "").lstrip("+"),
        values.get("city"),
        tags,
    )


def first_unused_contact_id(*, session: Session) -> int:
    """An id no contact ever had: SQLite would reuse a deleted contact's id, and a forgotten
    person's consent-log entries (kept by id) must never become someone else's."""
    from shopnurture.data.tables import ConsentLogEntry

    consent = ConsentLogEntry.__table__  # type: ignore[attr-defined]
    highest = (
        session.connection()
        .execute(
            select(
                func.max(
                    func.coalesce(select(func.max(CONTACT_TABLE.c.id)).scalar_subquery(), 0),
                    func.coalesce(select(func.max(consent.c.contact_id)).scalar_subquery(), 0),
                )
            )
        )
        .scalar_one()
    )
    return int(highest) + 1


def create_contact(*, session: Session, values: dict[str, Any]) -> int:
    """Insert a contact from already-cleaned values; returns its id."""
    now = utc_now()
    row = {**values, "created_at": now, "updated_at": now}
    row.setdefault("id", first_unused_contact_id(session=session))
    row["search_text"] = search_text_for(row)
    result = session.connection().execute(insert(CONTACT_TABLE).values(**row))
    return int(result.inserted_primary_key[0])


def update_contact(*, session: Session, contact_id: int, values: dict[str, Any]) -> None:
    """Change the given fields (already cleaned); the search text follows."""
    current = (
        session.connection()
        .execute(select(CONTACT_TABLE).where(CONTACT_TABLE.c.id == contact_id))
        .mappings()
        .one()
    )
    merged = {**current, **values}
    session.connection().execute(
        update(CONTACT_TABLE)
        .where(CONTACT_TABLE.c.id == contact_id)
        .values(**values, search_text=search_text_for(merged), updated_at=utc_now())
    )


@dataclass(frozen=True)
class DeletedContacts:
    """Everything removed with some contacts, so that Undo can put it back as it was."""

    contacts: list[dict[str, Any]]
    events: list[dict[str, Any]]
    runs: list[dict[str, Any]]
    outbox_ids_by_contact: dict[int, list[int]]


def delete_contacts(*, session: Session, contact_ids: list[int]) -> DeletedContacts:
    connection = session.connection()

    def rows_of(table: Any, column: Any) -> list[dict[str, Any]]:
        return [
            dict(row)
            for row in connection.execute(select(table).where(column.in_(contact_ids))).mappings()
        ]

    outbox: dict[int, list[int]] = {}
    for message_id, contact_id in connection.execute(
        select(OUTBOX_TABLE.c.id, OUTBOX_TABLE.c.contact_id).where(
            OUTBOX_TABLE.c.contact_id.in_(contact_ids)
        )
    ):
        outbox.setdefault(contact_id, []).append(message_id)
    snapshot = DeletedContacts(
        contacts=rows_of(CONTACT_TABLE, CONTACT_TABLE.c.id),
        events=rows_of(EVENT_TABLE, EVENT_TABLE.c.contact_id),
        runs=rows_of(RUN_TABLE, RUN_TABLE.c.contact_id),
        outbox_ids_by_contact=outbox,
    )
    connection.execute(delete(CONTACT_TABLE).where(CONTACT_TABLE.c.id.in_(contact_ids)))
    return snapshot


def restore_contacts(*, session: Session, deleted: DeletedContacts) -> None:
    """Undo `delete_contacts`: the same ids, events, runs and outbox links come back."""
    connection = session.connection()
    for table, rows in (
        (CONTACT_TABLE, deleted.contacts),
        (EVENT_TABLE, deleted.events),
        (RUN_TABLE, deleted.runs),
    ):
        if rows:
            connection.execute(insert(table), rows)
    for contact_id, message_ids in deleted.outbox_ids_by_contact.items():
        connection.execute(
            update(OUTBOX_TABLE)
            .where(OUTBOX_TABLE.c.id.in_(message_ids))
            .values(contact_id=contact_id)
        )


def contact_exists_with(
    *, session: Session, column_name: str, value: str, exclude_id: int | None = None
) -> bool:
    column = CONTACT_TABLE.c[column_name]
    condition = column == value
    if exclude_id is not None:
        condition = and_(condition, CONTACT_TABLE.c.id != exclude_id)
    found = session.connection().execute(select(CONTACT_TABLE.c.id).where(condition).limit(1))
    return found.first() is not None
