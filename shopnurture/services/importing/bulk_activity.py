"""Activity rows in bulk: the common rows of a chunk (every cell valid, about a contact
the shop knows, nothing to change on the contact) are cleaned column by column and become
event rows without a dict per row; the others take the row-by-row path.

The result is the same, row for row, as `RowCleaner` + `ContactMerger.resolve` +
`EventWriter` give (tests compare the two on the same files).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import compress, repeat
from typing import Any

from shopnurture.domain.cell_cleaning import CellInvalid
from shopnurture.domain.contact_fast_paths import clean_phone
from shopnurture.domain.import_fields import IDENTITY_FIELDS
from shopnurture.domain.vocabulary import EventType
from shopnurture.errors import ValidationError
from shopnurture.services.importing.cleaning import RowCleaner, clean_text
from shopnurture.services.importing.columns import Column, ColumnCleaner, cells_at
from shopnurture.services.importing.moments import UtcTexts

# Fields that would change the contact: a row filling one goes through the merge.
_CONTACT_FIELDS = ("first_name", "last_name", "full_name")
# The event row's value columns, in `imports.EVENT_COLUMNS` order after type and moment.
_VALUE_FIELDS = (
    "sku", "product", "category", "quantity", "value", "order_id", "rating",
    "duration_seconds", "source",
)  # fmt: skip
_NUMBER_FIELDS = frozenset(("quantity", "value", "rating", "duration_seconds"))
_ORDER = EventType.ORDER.value


@dataclass
class SortedChunk:
    """A chunk's answers by field, and the rows (positions in the chunk) that need the
    row-by-row path."""

    answers: dict[str, list[Any]]
    slow: set[int]
    size: int

    def identities(self) -> list[tuple[Any, Any, Any]]:
        """(email, phone, external id) of each row, None where not given."""
        blank = [None] * self.size
        columns = [self.answers.get(field, blank) for field in IDENTITY_FIELDS]
        return list(zip(*columns, strict=True))


class BulkActivity:
    """The column cleaners of one activity import (None from `for_import` when its mapping
    does not suit the bulk path)."""

    def __init__(
        self, cleaner: RowCleaner, fields: dict[str, tuple[int, Callable]], zone: Any
    ) -> None:
        self.row_cleaner = cleaner
        self.positions = [position for position, _ in fields.values()]
        self.fields = list(fields)
        self.cleaners = [ColumnCleaner(clean) for _, clean in fields.values()]
        self.moments = UtcTexts(zone)

    @classmethod
    def for_import(cls, cleaner: RowCleaner, zone: Any) -> BulkActivity | None:
        steps = cleaner.steps
        fields: dict[str, tuple[int, Callable]] = {}
        for position, _, field, clean in steps:
            if field in fields:  # two columns for one field: the row path decides
                return None
            fields[field] = (position, clean)
        if "timestamp" not in fields or "event" not in fields:
            return None
        if "phone" in fields:
            fields["phone"] = (fields["phone"][0], _phone_cleaner(cleaner.default_country))
        return cls(cleaner, fields, zone)

    def sort(self, rows: Sequence[Sequence[Any]], *, all_text: bool = False) -> SortedChunk:
        """Clean the chunk's columns and find the rows for the row-by-row path.
        `all_text`: every cell is a string or None (a CSV file)."""
        columns = cells_at(rows, self.positions)
        cleaned: dict[str, Column] = {
            field: (
                self.moments.column(column)
                if field == "timestamp"
                else cleaner.column(column, all_text=all_text)
            )
            for field, cleaner, column in zip(self.fields, self.cleaners, columns, strict=True)
        }
        slow: set[int] = set()
        for field, column in cleaned.items():
            slow |= column.invalid_rows()
            if field in _CONTACT_FIELDS:
                slow |= column.filled_rows()
        slow |= cleaned["event"].blank_rows() | cleaned["timestamp"].blank_rows()
        identity = [cleaned[field] for field in IDENTITY_FIELDS if field in cleaned]
        if identity:
            nobody = identity[0].blank_rows()
            for column in identity[1:]:
                nobody &= column.blank_rows()
            slow |= nobody
        else:
            slow = set(range(len(rows)))
        answers = {field: column.answers for field, column in cleaned.items()}
        return SortedChunk(answers=answers, slow=slow, size=len(rows))

    def event_rows(
        self, chunk: SortedChunk, targets: Sequence[int | None], created: str
    ) -> list[tuple[Any, ...]]:
        """Event rows (`imports.EVENT_COLUMNS` order) of the rows whose target is not None."""
        answers = chunk.answers
        if None in targets:
            selected = [target is not None for target in targets]
            contact_ids = list(compress(targets, selected))
        else:
            selected = None
            contact_ids = list(targets)
        count = len(contact_ids)

        def column(field: str) -> list[Any]:
            found = answers.get(field)
            if found is None:
                return [None] * count
            return found if selected is None else list(compress(found, selected))

        types, moments = column("event"), column("timestamp")
        values = {field: column(field) for field in _VALUE_FIELDS}
        keys = _dedup_keys(contact_ids, types, moments, values)
        return list(
            zip(
                contact_ids, types, moments, *values.values(), keys, repeat(created, count),
                strict=False,
            )
        )  # fmt: skip


def _phone_cleaner(default_country: str) -> Callable[[Any], str]:
    """The phone cell as `RowCleaner` ends up with it when the file has no country column
    (activity files have none): text, then E.164 with the shop's country."""

    def clean(value: Any) -> str:
        text = clean_text(value)
        try:
            found = clean_phone(text, default_country)
        except ValidationError:
            found = None
        if found is None:
            raise CellInvalid("import.phone_invalid", value=text, country=default_country)
        return found

    return clean


def _key_texts(column: list[Any], numbers: bool) -> list[str]:
    """How `event_key` writes each value of a column ("" for none)."""
    if numbers:
        return ["" if value is None else str(value) for value in column]
    return [value or "" for value in column]


def _dedup_keys(
    contact_ids: list[int], types: list[str], moments: list[str], values: dict[str, list[Any]]
) -> list[str]:
    """`writers.event_key` of each row, a column at a time."""
    sku, product, category, order, quantity, value, rating = (
        _key_texts(values[field], field in _NUMBER_FIELDS)
        for field in ("sku", "product", "category", "order_id", "quantity", "value", "rating")
    )
    joined = list(
        map(
            "\x1f".join,
            zip(
                map(str, contact_ids), types, moments, sku, product, category, order, quantity,
                value, rating, strict=True,
            ),
        )
    )  # fmt: skip
    if _ORDER in types:
        for index, event_type in enumerate(types):
            if event_type == _ORDER and order[index]:
                parts = (order, sku, product, quantity, value)
                joined[index] = "\x1f".join((_ORDER, *(part[index] for part in parts)))
    blake2b = hashlib.blake2b
    return [blake2b(text.encode(), digest_size=16).hexdigest() for text in joined]
