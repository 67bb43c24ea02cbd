"""One sheet row -> one clean record of canonical fields, or the reasons it is refused.

The per-row work is the import's hot loop: each mapped column gets its cleaner once, and
repeated values (the same customer's email on a thousand activity rows) are cleaned once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, tzinfo
from typing import Any

from shopnurture.domain.cell_cleaning import (
    CellInvalid,
    cell_text,
    parse_date,
    parse_moment,
    parse_money_cents,
    parse_positive_float,
    parse_whole_number,
    parse_yes_no,
)
from shopnurture.domain.contact_fast_paths import clean_email, clean_phone
from shopnurture.domain.contact_fields import normalize_tags
from shopnurture.domain.import_fields import IDENTITY_FIELDS, ImportKind
from shopnurture.domain.import_values import (
    parse_country,
    parse_event_type,
    parse_language,
    parse_list,
    parse_product_kind,
    split_full_name,
)
from shopnurture.errors import ValidationError
from shopnurture.services.importing.report import RowError

MAX_TEXT = 500  # longer is a pasted paragraph in the wrong column, not a name or SKU
_MAX_CACHE = 200_000


@dataclass(frozen=True)
class CleaningContext:
    default_country: str
    zone: tzinfo
    today: date


def clean_text(value: Any) -> str:
    if value.__class__ is str:  # the usual cell, without `cell_text`'s other cases
        text = value.strip()
        if len(text) <= MAX_TEXT and not text.startswith("'"):
            return text
    text = cell_text(value)
    if len(text) > MAX_TEXT:
        raise CellInvalid("import.text_too_long", length=len(text), limit=MAX_TEXT)
    return text


def _birthday(today: date) -> Callable[[Any], date]:
    def clean(value: Any) -> date:
        found = parse_date(value)
        if found > today:
            raise CellInvalid("contact.birthday_future")
        if found.year < 1900:
            raise CellInvalid("import.date_invalid", value=value)
        return found

    return clean


def _email(value: Any) -> str:
    text = cell_text(value)
    try:
        found = clean_email(text)
    except ValidationError:
        raise CellInvalid("import.email_invalid", value=text) from None
    if found is None:
        raise CellInvalid("import.email_invalid", value=text)
    return found


def _cached(clean: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """Remember answers for repeated cells; errors are remembered too."""
    answers: dict[Any, Any] = {}

    def cached(value: Any) -> Any:
        try:
            answer = answers[value]
        except (KeyError, TypeError):
            try:
                answer = clean(value)
            except CellInvalid as error:
                answer = error
            if len(answers) < _MAX_CACHE:
                try:
                    answers[value] = answer
                except TypeError:
                    pass
        if isinstance(answer, CellInvalid):
            raise answer
        return answer

    return cached


def _cleaners(context: CleaningContext) -> dict[str, Callable[[Any], Any]]:
    zone = context.zone

    def moment(value: Any) -> Any:
        return parse_moment(value, zone)

    def rating(value: Any) -> int:
        return parse_whole_number(value, minimum=1, maximum=5)

    def whole(value: Any) -> int:
        return parse_whole_number(value)

    def units(value: Any) -> int:
        return parse_whole_number(value, minimum=1)

    return {
        "email": _cached(_email),
        "phone": clean_text,  # cleaned with the row's own country once all cells are read
        "external_id": clean_text,
        "first_name": clean_text,
        "last_name": clean_text,
        "full_name": clean_text,
        "birthday": _birthday(context.today),
        "language": _cached(lambda value: parse_language(cell_text(value))),
        "country": _cached(lambda value: parse_country(cell_text(value))),
        "city": clean_text,
        "tags": lambda value: normalize_tags(cell_text(value)),
        "accepts_email": _cached(parse_yes_no),
        "accepts_sms": _cached(parse_yes_no),
        "event": _cached(lambda value: parse_event_type(cell_text(value))),
        "timestamp": moment,
        "sku": clean_text,
        "product": clean_text,
        "name": clean_text,
        "category": clean_text,
        "quantity": whole,
        "value": parse_money_cents,
        "price": parse_money_cents,
        "order_id": clean_text,
        "status": clean_text,
        "rating": rating,
        "duration_seconds": whole,
        "source": clean_text,
        "stock": whole,
        "kind": _cached(lambda value: parse_product_kind(cell_text(value))),
        "units": units,
        "units_per_day": parse_positive_float,
        "shipping_days": whole,
        "upgrade_sku": clean_text,
        "related_skus": lambda value: parse_list(cell_text(value)),
    }


class RowCleaner:
    """Cleans the mapped cells of a row; `clean` returns the record and its problems."""

    def __init__(
        self, columns: list[tuple[int, str, str]], context: CleaningContext, kind: ImportKind
    ) -> None:
        """`columns`: (position in the sheet row, header, field) of each mapped column."""
        cleaners = _cleaners(context)
        self.kind = kind
        self.steps = [
            (position, header, field, cleaners[field]) for position, header, field in columns
        ]
        self.headers = {field: header for _, header, field in columns}
        self.default_country = context.default_country
        self._phones: dict[tuple[str, str], str | CellInvalid] = {}
        self._required = {
            ImportKind.ACTIVITY: ("event", "timestamp"),
            ImportKind.ORDERS: ("order_id", "timestamp"),
        }.get(kind, ())

    def clean(self, row: list[Any], row_number: int) -> tuple[dict[str, Any], list[RowError]]:
        record: dict[str, Any] = {}
        problems: list[RowError] = []
        width = len(row)
        for position, header, field, cleaner in self.steps:
            if position >= width:
                continue
            value = row[position]
            if value is None or value == "" or (value.__class__ is str and not value.strip()):
                continue
            try:
                record[field] = cleaner(value)
            except CellInvalid as error:
                problems.append(
                    RowError(row_number, header, cell_text(value), error.code, error.params)
                )
        if "phone" in record:
            self._clean_phone(record, row_number, problems)
        if "full_name" in record:
            # Kept apart from explicit names: the merge uses it only for a nameless contact.
            record["full_name"] = split_full_name(record["full_name"])
        return record, problems

    def _clean_phone(self, record: dict[str, Any], row_number: int, problems: list) -> None:
        text = record["phone"]
        country = record.get("country") or self.default_country
        key = (text, country)
        answer = self._phones.get(key)
        if answer is None:
            try:
                answer = clean_phone(text, country)
            except ValidationError:
                answer = CellInvalid("import.phone_invalid", value=text, country=country)
            if answer is None:
                answer = CellInvalid("import.phone_invalid", value=text, country=country)
            if len(self._phones) < _MAX_CACHE:
                self._phones[key] = answer
        if isinstance(answer, CellInvalid):
            del record["phone"]
            problems.append(
                RowError(row_number, self.headers["phone"], text, answer.code, answer.params)
            )
        else:
            record["phone"] = answer

    def missing(self, record: dict[str, Any], row_number: int) -> RowError | None:
        """The first required value this record lacks, as a row error (None: complete)."""
        kind = self.kind
        if kind is ImportKind.PRODUCTS:
            if "sku" not in record:
                return RowError(row_number, self.headers.get("sku", ""), "", "product.sku_required")
            return None
        if not any(field in record for field in IDENTITY_FIELDS):
            return RowError(row_number, "", "", "import.needs_identity")
        for field in self._required:
            if field not in record:
                return RowError(
                    row_number, self.headers.get(field, ""), "", "import.value_required",
                    {"field": field},
                )  # fmt: skip
        return None
