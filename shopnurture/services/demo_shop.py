"""Loading the shipped demo shop into an empty shop, its times moved to end just before `now`.

The file (`resources/demo/demo_shop.json`, written by `bench/make_demo_json.py`) stores every
time as seconds before the load, so that the demo always looks like a shop active right now.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Table, insert, select

from shopnurture.data.contacts import search_text_for
from shopnurture.data.database import Database
from shopnurture.data.scores import refresh_scores
from shopnurture.data.tables import ActivityEvent, ConsentLogEntry, Contact, Product
from shopnurture.domain.vocabulary import Channel, Consent
from shopnurture.errors import UserError
from shopnurture.resources import resources_dir

DEMO_SOURCE = "demo"
SUPPORTED_FORMAT = 1
_SECONDS_AGO = "_seconds_ago"

CONTACT_TABLE: Table = Contact.__table__  # type: ignore[attr-defined]
EVENT_TABLE: Table = ActivityEvent.__table__  # type: ignore[attr-defined]
PRODUCT_TABLE: Table = Product.__table__  # type: ignore[attr-defined]
CONSENT_TABLE: Table = ConsentLogEntry.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class DemoSummary:
    """How many rows the demo added (products already in the shop are kept, not counted)."""

    products: int
    contacts: int
    events: int
    consent_entries: int


def demo_shop_path() -> Path:
    return resources_dir() / "demo" / "demo_shop.json"


def load_demo_shop(database: Database, *, now: datetime, path: Path | None = None) -> DemoSummary:
    """Fill an empty shop with the demo's products, contacts, activity and consent log.

    One transaction: all or nothing. Raises UserError("demo.already_has_data") if the shop
    has contacts. A product whose SKU the shop already sells keeps the shop's own details.
    Times are stored aware UTC; a naive `now` is read as UTC.
    """
    document = json.loads((path or demo_shop_path()).read_text(encoding="utf-8"))
    if document.get("format") != SUPPORTED_FORMAT:
        raise ValueError(f"unsupported demo shop format {document.get('format')!r}")
    now = now.astimezone(UTC) if now.tzinfo is not None else now.replace(tzinfo=UTC)
    products = [_row(PRODUCT_TABLE, record, now) for record in document["products"]]
    catalogue = {product["sku"]: product for product in products}
    contacts = [_contact_row(record, now) for record in document["contacts"]]
    events = [_event_row(record, now, catalogue) for record in document["events"]]
    consents = _consent_entries(contacts, now)
    with database.write_session() as session:
        connection = session.connection()
        if connection.execute(select(CONTACT_TABLE.c.id).limit(1)).first() is not None:
            raise UserError("demo.already_has_data")
        existing = set(connection.execute(select(PRODUCT_TABLE.c.sku)).scalars())
        products = [product for product in products if product["sku"] not in existing]
        for table, rows in (
            (PRODUCT_TABLE, products),
            (CONTACT_TABLE, contacts),
            (EVENT_TABLE, events),
            (CONSENT_TABLE, consents),
        ):
            if rows:
                connection.execute(insert(table), rows)  # one executemany per table
        # Score and phase as the engine computes them, so that activating a flow right
        # after loading the demo does not take every recomputed phase for a new one.
        refresh_scores(session=session, contact_ids=[c["id"] for c in contacts], now=now)
    return DemoSummary(
        products=len(products),
        contacts=len(contacts),
        events=len(events),
        consent_entries=len(consents),
    )


def _row(table: Table, record: dict[str, Any], now: datetime) -> dict[str, Any]:
    """Every column of `table` but the id (bulk inserts need the same keys in each row)."""
    row: dict[str, Any] = {column.name: None for column in table.columns if column.name != "id"}
    for name, value in record.items():
        if name.endswith(_SECONDS_AGO):
            row[name.removesuffix(_SECONDS_AGO) + "_at"] = now - timedelta(seconds=value)
        else:
            row[name] = value
    return row


def _contact_row(record: dict[str, Any], now: datetime) -> dict[str, Any]:
    row = _row(CONTACT_TABLE, record, now)
    if row["birthday"] is not None:
        row["birthday"] = date.fromisoformat(row["birthday"])
    for channel in Channel:
        if row[f"{channel}_consent_at"] is not None:
            row[f"{channel}_consent_source"] = DEMO_SOURCE
    row["search_text"] = search_text_for(row)
    return row


def _event_row(
    record: dict[str, Any], now: datetime, catalogue: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    row = _row(EVENT_TABLE, record, now)
    row["created_at"] = row["occurred_at"]
    product = catalogue.get(row["sku"]) if row["sku"] else None
    if product is not None:
        row["product"] = row["product"] or product["name"]
        row["category"] = row["category"] or product["category"]
    return row


def _consent_entries(contacts: list[dict[str, Any]], now: datetime) -> list[dict[str, Any]]:
    """The log's first word on each demo consent, as if given (or withdrawn) back then."""
    entries = []
    for contact in contacts:
        for channel in Channel:
            status = contact[f"{channel}_consent"]
            if status in (Consent.GRANTED, Consent.WITHDRAWN):
                entries.append({
                    "contact_id": contact["id"],
                    "subject_hash": None,
                    "channel": channel.value,
                    "status": status,
                    "source": DEMO_SOURCE,
                    "source_detail": None,
                    "occurred_at": contact[f"{channel}_consent_at"] or now,
                    "recorded_at": now,
                })  # fmt: skip
    return entries
