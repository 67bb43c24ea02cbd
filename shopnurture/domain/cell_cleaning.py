"""Turning one spreadsheet cell into a clean value: text, dates (Excel cells and serials,
dd/mm/yyyy, ISO), moments, money ("1.234,56 €"), numbers and yes/no answers."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from shopnurture.domain.import_fields import fold_header


class CellInvalid(Exception):
    """A cell's value is unusable; `code` is a message code, `params` fill its text."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def cell_text(value: object) -> str:
    """The cell as trimmed text; whole numbers lose Excel's ".0" (a phone typed as a number),
    and a leading apostrophe (Excel's and Shopify's "keep this as text" mark) goes."""
    if isinstance(value, str):
        text = value.strip()
        return text[1:].lstrip() if text.startswith("'") else text
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value).strip()


# -- dates and moments --------------------------------------------------------------------

EXCEL_EPOCH = datetime(1899, 12, 30)  # serial 1 is 1900-01-01 once Excel's leap-year bug is in
_LAST_EXCEL_SERIAL = 2_958_465  # 9999-12-31
_ISO_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SPACED_OFFSET = re.compile(r"^(.*\d)\s+(Z|[+-]\d{2}:?\d{2})$")
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([aApP][mM])?$")
_WORDS_DATE = re.compile(r"^(\d{1,2})\s+(?:de\s+)?([a-z]+)\.?,?\s+(?:de\s+|del\s+)?(\d{4})$")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("enero", "ene", "january", "jan"),
            ("febrero", "feb", "february"),
            ("marzo", "mar", "march"),
            ("abril", "abr", "april", "apr"),
            ("mayo", "may"),
            ("junio", "jun", "june"),
            ("julio", "jul", "july"),
            ("agosto", "ago", "august", "aug"),
            ("septiembre", "setiembre", "sep", "sept", "set", "september"),
            ("octubre", "oct", "october"),
            ("noviembre", "nov", "november"),
            ("diciembre", "dic", "december", "dec"),
        ),
        start=1,
    )
    for name in names
}


def _full_year(year_text: str) -> int:
    year = int(year_text)
    if len(year_text) == 2:  # "03/05/90": a past century unless that would be the future
        this_year = date.today().year
        year += 2000 if year <= this_year % 100 else 1900
    return year


def _make_date(year: int, month: int, day: int, value: object) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise CellInvalid("import.date_invalid", value=value) from None


def excel_serial_moment(serial: float) -> datetime:
    """An Excel date serial (days since 1899-12-30, fraction = time of day), naive."""
    if not 1 <= serial <= _LAST_EXCEL_SERIAL:
        raise CellInvalid("import.date_invalid", value=serial)
    return EXCEL_EPOCH + timedelta(days=serial)


def parse_date(value: object) -> date:
    """A calendar date from a date cell, an Excel serial, dd/mm/yyyy, ISO, or "3 de mayo de 1990".

    Day first, as written in Spain and Latin America; month first only when the day-first
    reading is impossible (05/13/1990).
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return excel_serial_moment(float(value)).date()
    text = str(value).strip()
    text = text.split("T")[0] if "T" in text else text.split(" ")[0] if ":" in text else text
    if match := _DAY_FIRST.match(text):
        first, second, year = int(match[1]), int(match[2]), _full_year(match[3])
        if first <= 12 < second:
            first, second = second, first
        return _make_date(year, second, first, value)
    if match := _ISO_DATE.match(text):
        return _make_date(int(match[1]), int(match[2]), int(match[3]), value)
    if match := _COMPACT.match(text):
        return _make_date(int(match[1]), int(match[2]), int(match[3]), value)
    if text.isascii() and text.isdigit() and len(text) <= 5:
        return excel_serial_moment(float(text)).date()
    if match := _WORDS_DATE.match(fold_words(text)):
        month = _MONTHS.get(match[2])
        if month is not None:
            return _make_date(int(match[3]), month, int(match[1]), value)
    raise CellInvalid("import.date_invalid", value=value)


def fold_words(text: str) -> str:
    """Lower case without accents, words kept apart by single spaces."""
    return " ".join(fold_header(word) for word in text.split() if fold_header(word))


def parse_moment(value: object, zone: tzinfo) -> datetime:
    """An aware UTC moment; times without an offset are the shop's local time (`zone`)."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    elif isinstance(value, int | float) and not isinstance(value, bool):
        moment = excel_serial_moment(float(value))
    else:
        moment = _parse_moment_text(str(value).strip(), value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    try:
        return moment.astimezone(UTC)
    except OverflowError:  # "0001-01-01 00:00" east of Greenwich: before datetime's start
        raise CellInvalid("import.date_invalid", value=value) from None


def _parse_moment_text(text: str, original: object) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    if match := _SPACED_OFFSET.match(text):  # Shopify: "2024-03-01 10:15:00 -0500"
        try:
            return datetime.fromisoformat(f"{match[1]}{match[2]}")
        except ValueError:
            pass
    date_part, _, time_part = text.partition(" ")
    day = parse_date(date_part)
    time_part = time_part.strip()
    if not time_part:
        return datetime.combine(day, time())
    match = _CLOCK.match(time_part)
    if match is None:
        raise CellInvalid("import.date_invalid", value=original)
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if match[4] and match[4].lower() == "pm" and hour < 12:
        hour += 12
    elif match[4] and match[4].lower() == "am" and hour == 12:
        hour = 0
    try:
        return datetime.combine(day, time(hour, minute, second))
    except ValueError:
        raise CellInvalid("import.date_invalid", value=original) from None


# -- numbers and money --------------------------------------------------------------------

# Currency signs and codes an owner writes around amounts; spaces and apostrophes group digits.
_CURRENCY = re.compile(
    r"US\$|R\$|S/\.?|[€$£]|\b(?:EUR|USD|MXN|ARS|COP|CLP|PEN|UYU|GBP|euros?|pesos?|soles?)\b",
    re.IGNORECASE,
)
_GROUPING = re.compile(r"[\s\u00a0\u202f'’]")
# Past this an amount is a typo or an id in the wrong column (and beyond Decimal's precision).
_LARGEST = Decimal(10) ** 15
_NUMBER_SHAPE = re.compile(r"^[+-]?[\d.,]*\d[\d.,]*$")


def parse_decimal(value: object) -> Decimal:
    """A number from a cell or from text with decimal commas or points and thousands groups.

    With both separators the last one is the decimal one ("1.234,56", "1,234.56"); with one,
    it groups thousands only when followed by exactly three digits ("1.234" is 1234).
    Currency signs and codes around the number are ignored ("12,50 €", "$ 3.00", "MXN 40").
    """
    if isinstance(value, bool):
        raise CellInvalid("import.number_invalid", value=value)
    if isinstance(value, int | float):
        number = Decimal(value) if isinstance(value, int) else Decimal(repr(value))
        if not number.is_finite() or abs(number) >= _LARGEST:
            raise CellInvalid("import.number_invalid", value=value)
        return number
    text = _GROUPING.sub("", _CURRENCY.sub("", str(value)))
    negative = text.startswith("(") and text.endswith(")")
    if negative:
        text = text[1:-1]
    if not _NUMBER_SHAPE.match(text):
        raise CellInvalid("import.number_invalid", value=value)
    comma, point = text.rfind(","), text.rfind(".")
    if comma >= 0 and point >= 0:
        decimal_mark = "," if comma > point else "."
        group_mark = "." if decimal_mark == "," else ","
        text = text.replace(group_mark, "").replace(decimal_mark, ".")
    elif comma >= 0 or point >= 0:
        mark = "," if comma >= 0 else "."
        whole, _, fraction = text.rpartition(mark)
        digits = whole.lstrip("+-")
        groups_thousands = text.count(mark) > 1 or (
            len(fraction) == 3 and digits not in ("", "0") and not digits.startswith("0")
        )
        text = text.replace(mark, "") if groups_thousands else text.replace(mark, ".")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise CellInvalid("import.number_invalid", value=value) from None
    if abs(number) >= _LARGEST:
        raise CellInvalid("import.number_invalid", value=value)
    return -number if negative else number


def parse_money_cents(value: object) -> int:
    """Money as whole cents: "1.234,56 €" -> 123456, 12.5 -> 1250."""
    try:
        amount = parse_decimal(value)
    except CellInvalid:
        raise CellInvalid("import.money_invalid", value=value) from None
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def parse_whole_number(value: object, *, minimum: int = 0, maximum: int | None = None) -> int:
    """A whole number within bounds: 3, 3.0, "3", "1.000" (one thousand)."""
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    else:
        amount = parse_decimal(value)
        if amount != amount.to_integral_value():
            raise CellInvalid("import.whole_number_invalid", value=value)
        number = int(amount)
    if maximum is not None and not minimum <= number <= maximum:
        raise CellInvalid("import.number_out_of_range", value=value, low=minimum, high=maximum)
    if number < minimum:
        raise CellInvalid("import.number_too_small", value=value, low=minimum)
    return number


def parse_positive_float(value: object) -> float:
    number = float(parse_decimal(value))
    if number < 0:
        raise CellInvalid("import.number_too_small", value=value, low=0)
    return number


# -- yes / no -------------------------------------------------------------------------------

_YES = frozenset(
    fold_header(word)
    for word in (
        "yes", "y", "sí", "si", "s", "true", "verdadero", "x", "1", "ok", "acepta", "aceptado",
        "aceptada", "granted", "subscribed", "suscrito", "suscrita", "opted in", "confirmed",
        "confirmado",
    )
)  # fmt: skip
_NO = frozenset(
    fold_header(word)
    for word in (
        "no", "n", "false", "falso", "0", "unsubscribed", "not subscribed", "rechazado",
        "rechaza", "withdrawn", "baja", "de baja", "declined", "opted out", "not_subscribed",
        "never subscribed", "no acepta", "revoked",
    )
)  # fmt: skip


def parse_yes_no(value: object) -> bool:
    """True for yes / sí / x / 1 / true...; False for no / 0 / false / baja...

    A tick mark (✓) folds to nothing, so it is checked before folding.
    """
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        if value in (0, 1):
            return bool(value)
        raise CellInvalid("import.yes_no_invalid", value=value)
    text = str(value).strip()
    if text in ("✓", "✔", "☑"):
        return True
    folded = fold_header(text)
    if folded in _YES:
        return True
    if folded in _NO or text == "-":
        return False
    raise CellInvalid("import.yes_no_invalid", value=value)
