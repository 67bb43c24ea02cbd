"""Writing imported activity events (each with a stable de-duplication key, so importing a
file twice adds nothing) and products (by SKU, changing only the fields the file brings)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlmodel import Session

from shopnurture.data import imports as import_data
from shopnurture.domain.vocabulary import EventType

_ORDER = EventType.ORDER.value


def event_key(contact_id: int, event_type: str, occurred: str, record: dict[str, Any]) -> str:
    """The same event gives the same key, whichever file or import brings it.

    An order line is known by its order and product, so a shop export and an owner's
    activity sheet listing the same purchase agree even if their times are written
    differently; any other event by who, what and when.
    """
    get = record.get
    if event_type == _ORDER and get("order_id"):
        parts = (_ORDER, get("order_id"), get("sku"), get("product"), get("quantity"), get("value"))
    else:
        parts = (
            contact_id, event_type, occurred, get("sku"), get("product"), get("category"),
            get("order_id"), get("quantity"), get("value"), get("rating"),
        )  # fmt: skip
    text = "\x1f".join("" if part is None else str(part) for part in parts)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


class EventWriter:
    def __init__(self, session: Session, *, now: datetime) -> None:
        self.session = session
        self.created_text = import_data.utc_text(now)

    def row(self, contact_id: int, event_type: str, record: dict[str, Any]) -> tuple[Any, ...]:
        """The event's row, in `imports.EVENT_COLUMNS` order."""
        get = record.get
        occurred = import_data.utc_text(record["timestamp"])
        return (
            contact_id, event_type, occurred, get("sku"), get("product"), get("category"),
            get("quantity"), get("value"), get("order_id"), get("rating"),
            get("duration_seconds"), get("source"),
            event_key(contact_id, event_type, occurred, record), self.created_text,
        )  # fmt: skip

    def write(self, events: Sequence[tuple[int, str, dict[str, Any]]]) -> int:
        """Insert (contact id, event type, record) events; returns how many were new."""
        return self.insert([self.row(*event) for event in events])

    def insert(self, rows: Sequence[tuple[Any, ...]]) -> int:
        """Insert event rows; those already stored (by de-duplication key) are left out.
        Returns how many were new."""
        return import_data.insert_events(session=self.session, rows=rows)


# Product field in a record -> its column.
_PRODUCT_COLUMNS = {
    "name": "name",
    "category": "category",
    "price": "price_cents",
    "stock": "stock",
    "kind": "kind",
    "units": "units_per_pack",
    "units_per_day": "units_per_day",
    "shipping_days": "shipping_days",
    "upgrade_sku": "upgrade_sku",
    "related_skus": "related_skus",
}


class ProductWriter:
    """Collects product rows (a catalogue is small), then writes them in one go."""

    def __init__(self, session: Session, *, now: datetime) -> None:
        self.session = session
        self.now = now
        self._by_sku: dict[str, dict[str, Any]] = {}
        self._rows_by_sku: dict[str, list[int]] = {}

    def add(self, row_number: int, record: dict[str, Any]) -> None:
        values = self._by_sku.setdefault(record["sku"], {})
        for field, column in _PRODUCT_COLUMNS.items():
            if field in record:
                value = record[field]
                values[column] = ",".join(value) if field == "related_skus" else value
        self._rows_by_sku.setdefault(record["sku"], []).append(row_number)

    def write(self) -> tuple[int, int, int]:
        """(products created, products changed, rows that changed something)."""
        stored = import_data.products_by_sku(session=self.session, skus=self._by_sku)
        new_rows: list[dict[str, Any]] = []
        changed_rows: list[dict[str, Any]] = []
        effective_rows = 0
        for sku, values in self._by_sku.items():
            current = stored.get(sku)
            if current is None:
                new_rows.append(
                    {
                        **dict.fromkeys(_PRODUCT_COLUMNS.values()),
                        "name": "",
                        "related_skus": "",
                        **values,
                        "sku": sku,
                        "created_at": self.now,
                        "updated_at": self.now,
                    }
                )
            elif any(current[column] != value for column, value in values.items()):
                changed_rows.append({**current, **values, "updated_at": self.now})
            else:
                continue
            effective_rows += len(self._rows_by_sku[sku])
        import_data.insert_products(session=self.session, rows=new_rows)
        import_data.update_products(session=self.session, rows=changed_rows)
        return len(new_rows), len(changed_rows), effective_rows
