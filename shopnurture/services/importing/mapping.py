"""Finding the header row under any title rows, naming the columns, and suggesting which
canonical field each column fills: known layouts first, then header words, then content."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from shopnurture.domain.cell_cleaning import CellInvalid, cell_text, is_blank, parse_date
from shopnurture.domain.import_fields import (
    FIELDS,
    IDENTITY_FIELDS,
    ImportKind,
    fold_header,
    synonyms_for,
)
from shopnurture.domain.import_layouts import LAYOUTS, Layout, recognise_layout
from shopnurture.errors import UserError

HEADER_SEARCH_ROWS = 30
_EMAIL_SHAPE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_SHAPE = re.compile(r"^\+?[\d\s().\-]{7,22}$")
_CONTENT_SHARE = 0.8
_ALL_KNOWN_WORDS = frozenset(
    word
    for kind in ImportKind
    for words in synonyms_for(kind).values()
    for word in words
    if len(word) > 2  # "id", "n"... are too common in titles to prove a header
) | frozenset(folded for layout in LAYOUTS for folded in layout.columns)


@dataclass(frozen=True)
class Columns:
    """The table under the header: each named column and where it is in the sheet rows."""

    header_row: int
    """1-based, as the spreadsheet program numbers it."""
    names: list[str]
    positions: list[int]


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def find_columns(head_rows: Sequence[Sequence[Any]], first_column: int = 0) -> Columns | None:
    """The header row among the first rows (title rows above it are skipped) and its columns.

    The header is the row naming the most known fields, else the first row with the most
    text cells; None when no row looks like a header.
    """
    best_index, best_score = -1, (0, 0)
    for index, row in enumerate(head_rows[:HEADER_SEARCH_ROWS]):
        texts = [cell for cell in row if isinstance(cell, str) and cell.strip()]
        known = sum(1 for cell in texts if fold_header(cell) in _ALL_KNOWN_WORDS)
        if known == 0 and len(texts) < 2:
            continue
        score = (known, len(texts))
        if score > best_score:
            best_index, best_score = index, score
    if best_index < 0:
        return None
    header = head_rows[best_index]
    below = head_rows[best_index + 1 :]
    names: list[str] = []
    positions: list[int] = []
    seen: dict[str, int] = {}
    for position, cell in enumerate(header):
        name = cell_text(cell) if not is_blank(cell) else ""
        if not name:
            if not any(position < len(row) and not is_blank(row[position]) for row in below):
                continue  # an empty spacer column
            name = column_letter(first_column + position)
        seen[name] = seen.get(name, 0) + 1
        if seen[name] > 1:
            name = f"{name} ({seen[name]})"
        names.append(name)
        positions.append(position)
    return Columns(header_row=best_index + 1, names=names, positions=positions)


def header_signature(headers: Sequence[str]) -> str:
    """The same headers (case, accents and spacing aside) give the same signature."""
    folded = "\x1f".join(fold_header(header) for header in headers)
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def find_layout(headers: Sequence[str]) -> Layout | None:
    return recognise_layout({fold_header(header) for header in headers})


def guess_kind(headers: Sequence[str]) -> ImportKind | None:
    """What the file most likely holds, from its headers; None when it is unclear."""
    layout = find_layout(headers)
    if layout is not None:
        return layout.kind
    folded = {fold_header(header) for header in headers}

    def matched(kind: ImportKind) -> set[str]:
        return {field for field, words in synonyms_for(kind).items() if folded & words}

    activity = matched(ImportKind.ACTIVITY)
    has_identity = bool(activity & set(IDENTITY_FIELDS))
    if "event" in activity and has_identity:
        return ImportKind.ACTIVITY
    orders = matched(ImportKind.ORDERS)
    if {"order_id"} <= orders and orders & {"sku", "product"} and has_identity:
        return ImportKind.ORDERS
    products = matched(ImportKind.PRODUCTS)
    if "sku" in products and not has_identity and products & {"name", "price", "stock"}:
        return ImportKind.PRODUCTS
    if has_identity:
        return ImportKind.CONTACTS
    return None


def suggest_mapping(
    headers: Sequence[str], sample_rows: Sequence[Sequence[Any]], kind: ImportKind
) -> dict[str, str | None]:
    """Header -> field (None: not imported). Each field is filled by one column at most."""
    mapping: dict[str, str | None] = dict.fromkeys(headers)
    used: set[str] = set()
    layout = find_layout(headers)
    layout_columns = layout.columns if layout is not None and layout.kind is kind else {}
    synonyms = synonyms_for(kind)
    decided: set[str] = set()
    for header in headers:
        folded = fold_header(header)
        if folded in layout_columns:
            decided.add(header)
            field = layout_columns[folded]
            if field is not None and field not in used:
                mapping[header] = field
                used.add(field)
    for header in headers:
        if header in decided:
            continue
        folded = fold_header(header)
        for field, words in synonyms.items():
            if folded in words and field not in used:
                mapping[header] = field
                used.add(field)
                decided.add(header)
                break
    for index, header in enumerate(headers):
        if header in decided:
            continue
        values = [row[index] for row in sample_rows if index < len(row)]
        field = _field_from_content(values, kind)
        if field is not None and field not in used:
            mapping[header] = field
            used.add(field)
    return mapping


def _field_from_content(values: list[Any], kind: ImportKind) -> str | None:
    present = [value for value in values if not is_blank(value)]
    if len(present) < 2:
        return None
    texts = [cell_text(value) for value in present]
    needed = _CONTENT_SHARE * len(present)
    if sum(1 for text in texts if _EMAIL_SHAPE.match(text)) >= needed:
        return "email"
    if kind is not ImportKind.PRODUCTS and sum(1 for text in texts if _is_phone(text)) >= needed:
        return "phone"
    date_field = {ImportKind.CONTACTS: "birthday"}.get(kind, "timestamp")
    if kind is not ImportKind.PRODUCTS and sum(1 for v in present if _is_date(v)) >= needed:
        return date_field
    return None


def _is_phone(text: str) -> bool:
    digits = sum(ch.isdigit() for ch in text)
    return 7 <= digits <= 15 and bool(_PHONE_SHAPE.match(text)) and "/" not in text


def _is_date(value: Any) -> bool:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return False  # a bare number is more likely a quantity than a serial date
    try:
        parse_date(value)
    except CellInvalid:
        return False
    return True


def apply_overrides(
    mapping: dict[str, str | None], overrides: dict[str, str | None], kind: ImportKind
) -> dict[str, str | None]:
    """The mapping with the owner's corrections; a field taken by a correction is freed
    from the column that had it. Raises UserError for an unknown header or field."""
    result = dict(mapping)
    folded_headers = {fold_header(header): header for header in result}
    for header, field in overrides.items():
        target = header if header in result else folded_headers.get(fold_header(header))
        if target is None:
            raise UserError(
                "import.unknown_header", header=header, headers=", ".join(result) or "-"
            )
        if field is not None and field not in FIELDS[kind]:
            raise UserError(
                "import.unknown_field", field=field, kind=kind.value, fields=", ".join(FIELDS[kind])
            )
        if field is not None:
            for other, taken in result.items():
                if taken == field:
                    result[other] = None
        result[target] = field
    return result


def clean_mapping(mapping: dict[str, str | None], kind: ImportKind) -> dict[str, str | None]:
    """Drop fields unknown to `kind` (a remembered mapping from an older version)."""
    return {header: field if field in FIELDS[kind] else None for header, field in mapping.items()}
