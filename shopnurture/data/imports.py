"""The SQL of spreadsheet imports: contact keys and rows in bulk, chunked inserts and
updates, events de-duplicated by their key, products by SKU, remembered mappings.

Every function takes the caller's session and never commits: an import is one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from shopnurture.data.contacts import first_unused_contact_id
from shopnurture.data.tables import ActivityEvent, ConsentLogEntry, Contact, ImportMapping, Product

CONTACT_TABLE = Contact.__table__  # type: ignore[attr-defined]
EVENT_TABLE = ActivityEvent.__table__  # type: ignore[attr-defined]
PRODUCT_TABLE = Product.__table__  # type: ignore[attr-defined]
CONSENT_TABLE = ConsentLogEntry.__table__  # type: ignore[attr-defined]
MAPPING_TABLE = ImportMapping.__table__  # type: ignore[attr-defined]

# Well under SQLite's limit on bound variables per statement.
_IN_CHUNK = 5000

# The columns an import may change on an existing contact (the others are the app's own).
CONTACT_IMPORT_COLUMNS = (
    "email",
    "phone",
    "external_id",
    "first_name",
    "last_name",
    "birthday",
    "language",
    "country",
    "city",
    "tags",
    "email_consent",
    "email_consent_at",
    "email_consent_source",
    "sms_consent",
    "sms_consent_at",
    "sms_consent_source",
    "search_text",
    "updated_at",
)
EVENT_COLUMNS = (
    "contact_id",
    "type",
    "occurred_at",
    "sku",
    "product",
    "category",
    "quantity",
    "value_cents",
    "order_id",
    "rating",
    "duration_seconds",
    "source",
    "dedup_key",
    "created_at",
)
_INSERT_EVENT_SQL = (
    f"INSERT OR IGNORE INTO activity_event ({', '.join(EVENT_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(EVENT_COLUMNS))})"
)


# SQLite's page cache while an import's transaction runs, in KiB (the default is 2 MiB).
# Inserting a million events updates six indexes at scattered places; with the default
# cache, changed pages spill to the WAL and are read back many times over (the insert
# takes about twice as long). The cache only grows as pages are touched.
IMPORT_CACHE_KIB = 64 * 1024


@contextmanager
def import_cache(*, session: Session) -> Iterator[None]:
    """A big page cache on the import's connection for the `with` block, then the old one
    (the connection goes back to the pool). Durability and atomicity are untouched."""
    connection = session.connection()
    previous = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        # Put back inside the transaction, before the commit writes the changed pages.
        # A connection too broken for this is being rolled back anyway.
        with suppress(SQLAlchemyError):
            connection.exec_driver_sql(f"PRAGMA cache_size = {int(previous)}")


def utc_text(moment: datetime) -> str:
    """A moment as SQLAlchemy stores an aware datetime in SQLite (UTC, no offset)."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


@dataclass
class ContactKeys:
    """Every contact's email, phone and external id, for matching rows without a query each."""

    by_email: dict[str, int]
    by_phone: dict[str, int]
    by_external_id: dict[str, int]
    next_id: int
    with_email: set[int] = field(default_factory=set)


def load_contact_keys(*, session: Session) -> ContactKeys:
    columns = CONTACT_TABLE.c
    keys = ContactKeys({}, {}, {}, 1)
    result = session.connection().execute(
        select(columns.id, columns.email, columns.phone, columns.external_id)
    )
    highest = 0
    for contact_id, email, phone, external_id in result:
        highest = max(highest, contact_id)
        if email:
            keys.by_email[email] = contact_id
            keys.with_email.add(contact_id)
        if phone:
            keys.by_phone.setdefault(phone, contact_id)
        if external_id:
            keys.by_external_id.setdefault(external_id, contact_id)
    # Ids are handed out here, under the write lock: nobody else inserts meanwhile. Never an
    # id a forgotten contact had (see first_unused_contact_id).
    keys.next_id = max(highest + 1, first_unused_contact_id(session=session))
    return keys


def contact_rows(*, session: Session, contact_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """The import columns of these contacts, by id."""
    wanted = list(contact_ids)
    columns = [CONTACT_TABLE.c.id, *(CONTACT_TABLE.c[name] for name in CONTACT_IMPORT_COLUMNS)]
    found: dict[int, dict[str, Any]] = {}
    for start in range(0, len(wanted), _IN_CHUNK):
        chunk = wanted[start : start + _IN_CHUNK]
        result = session.connection().execute(select(*columns).where(CONTACT_TABLE.c.id.in_(chunk)))
        for row in result.mappings():
            found[row["id"]] = dict(row)
    return found


CONTACT_INSERT_COLUMNS = ("id", *CONTACT_IMPORT_COLUMNS, "created_at")
_INSERT_CONTACT_SQL = (
    f"INSERT INTO contact ({', '.join(CONTACT_INSERT_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(CONTACT_INSERT_COLUMNS))})"
)
SEARCH_TRIGGER = "contact_search_after_insert"
# Below this many rows the per-row trigger is as quick as a bulk re-index.
_BULK_INDEX_ROWS = 500


def _sql_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return utc_text(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def as_sql_rows(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> list[tuple]:
    """Rows as tuples in `columns` order, dates and moments as SQLAlchemy stores them.

    Runs for every imported row, so a column at a time: only the date columns (`*_at`,
    `birthday`) are converted, and each distinct value once (most are the import's "now").
    """
    if not rows:
        return []
    values = [tuple(map(itemgetter(name), rows)) for name in columns]
    for index, name in enumerate(columns):
        if name.endswith("_at") or name == "birthday":
            texts = {value: _sql_value(value) for value in set(values[index])}
            values[index] = tuple(map(texts.__getitem__, values[index]))
    return list(zip(*values, strict=True))


def search_trigger_sql(connection: Any) -> str | None:
    """The SQL of the trigger keeping the contacts' search index, as the schema has it
    (None when absent): an import suspends it and indexes its new contacts in bulk."""
    return connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (SEARCH_TRIGGER,)
    ).scalar()


def insert_contacts(*, session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Insert complete contact rows (ids included, consecutive and above every stored id).

    The search index trigger costs ~100 µs a row; for many rows it is suspended inside this
    transaction and the new rows are indexed in one statement (4x faster), then the trigger
    is put back exactly as it was (its own SQL, read from the schema). (An import does the
    same.)
    """
    if not rows:
        return
    connection = session.connection()
    values = as_sql_rows(rows, CONTACT_INSERT_COLUMNS)
    trigger_sql = search_trigger_sql(connection) if len(rows) >= _BULK_INDEX_ROWS else None
    if trigger_sql is None:
        connection.exec_driver_sql(_INSERT_CONTACT_SQL, values)
        return
    connection.exec_driver_sql(f"DROP TRIGGER {SEARCH_TRIGGER}")
    connection.exec_driver_sql(_INSERT_CONTACT_SQL, values)
    ids = [row["id"] for row in rows]
    connection.exec_driver_sql(
        "INSERT INTO contact_search (rowid, search_text) "
        "SELECT id, search_text FROM contact WHERE id BETWEEN ? AND ?",
        (min(ids), max(ids)),
    )
    connection.exec_driver_sql(trigger_sql)


def update_contacts(*, session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Write the import columns of these contacts (each row has `id` and every column)."""
    if not rows:
        return
    statement = (
        update(CONTACT_TABLE)
        .where(CONTACT_TABLE.c.id == bindparam("contact_id"))
        .values({name: bindparam(f"new_{name}") for name in CONTACT_IMPORT_COLUMNS})
    )
    parameters = [
        {"contact_id": row["id"], **{f"new_{name}": row[name] for name in CONTACT_IMPORT_COLUMNS}}
        for row in rows
    ]
    session.connection().execute(statement, parameters)


CONSENT_COLUMNS = (
    "contact_id", "channel", "status", "source", "source_detail", "occurred_at", "recorded_at",
)  # fmt: skip
_INSERT_CONSENT_SQL = (
    f"INSERT INTO consent_log ({', '.join(CONSENT_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(CONSENT_COLUMNS))})"
)


def insert_consent_rows(*, session: Session, rows: Sequence[tuple[Any, ...]]) -> None:
    """Append consent-log entries: tuples in CONSENT_COLUMNS order, times as `utc_text`."""
    if rows:
        session.connection().exec_driver_sql(_INSERT_CONSENT_SQL, rows)


def insert_events(*, session: Session, rows: Sequence[tuple[Any, ...]]) -> int:
    """Insert event tuples (in EVENT_COLUMNS order, times as `utc_text`); rows whose
    dedup_key is already stored are left out. Returns how many were added.

    Driver-level executemany: at a million rows SQLAlchemy's per-row type processing would
    cost more than SQLite's own work, so the times come pre-formatted.
    """
    if not rows:
        return 0
    result = session.connection().exec_driver_sql(_INSERT_EVENT_SQL, list(rows))
    return max(result.rowcount, 0)


def count_rows(*, session: Session, table: Any) -> int:
    return int(session.connection().execute(select(func.count()).select_from(table)).scalar_one())


def products_by_sku(*, session: Session, skus: Iterable[str]) -> dict[str, dict[str, Any]]:
    wanted = list(skus)
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(wanted), _IN_CHUNK):
        chunk = wanted[start : start + _IN_CHUNK]
        result = session.connection().execute(
            select(PRODUCT_TABLE).where(PRODUCT_TABLE.c.sku.in_(chunk))
        )
        for row in result.mappings():
            found[row["sku"]] = dict(row)
    return found


def insert_products(*, session: Session, rows: Sequence[dict[str, Any]]) -> None:
    if rows:
        session.connection().execute(insert(PRODUCT_TABLE), list(rows))


def update_products(*, session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Write full product rows (each with its `id`) over the stored ones."""
    if not rows:
        return
    names = [column.name for column in PRODUCT_TABLE.columns if column.name not in ("id", "sku")]
    statement = (
        update(PRODUCT_TABLE)
        .where(PRODUCT_TABLE.c.id == bindparam("product_id"))
        .values({name: bindparam(f"new_{name}") for name in names})
    )
    parameters = [
        {"product_id": row["id"], **{f"new_{name}": row[name] for name in names}} for row in rows
    ]
    session.connection().execute(statement, parameters)


def stored_mapping(*, session: Session, kind: str, signature: str) -> dict[str, str | None] | None:
    found = (
        session.connection()
        .execute(
            select(MAPPING_TABLE.c.mapping).where(
                MAPPING_TABLE.c.kind == kind, MAPPING_TABLE.c.header_signature == signature
            )
        )
        .scalar()
    )
    return None if found is None else json.loads(found)


def store_mapping(
    *,
    session: Session,
    kind: str,
    signature: str,
    headers: Sequence[str],
    mapping: dict[str, str | None],
    now: datetime,
) -> None:
    values = {
        "headers": json.dumps(list(headers), ensure_ascii=False),
        "mapping": json.dumps(mapping, ensure_ascii=False, sort_keys=True),
        "updated_at": now,
    }
    changed = session.connection().execute(
        update(MAPPING_TABLE)
        .where(MAPPING_TABLE.c.kind == kind, MAPPING_TABLE.c.header_signature == signature)
        .values(**values)
    )
    if changed.rowcount == 0:
        session.connection().execute(
            insert(MAPPING_TABLE).values(
                kind=kind, header_signature=signature, created_at=now, **values
            )
        )
