"""Cleaning single cells: money, dates, moments, numbers, yes/no (hypothesis-generated)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shopnurture.domain.cell_cleaning import (
    EXCEL_EPOCH,
    CellInvalid,
    cell_text,
    parse_date,
    parse_decimal,
    parse_moment,
    parse_money_cents,
    parse_whole_number,
    parse_yes_no,
)

MADRID = ZoneInfo("Europe/Madrid")


def spanish(cents: int) -> str:
    whole, fraction = divmod(abs(cents), 100)
    grouped = f"{whole:,}".replace(",", ".")
    return f"{'-' if cents < 0 else ''}{grouped},{fraction:02d} €"


def english(cents: int) -> str:
    whole, fraction = divmod(abs(cents), 100)
    return f"{'-' if cents < 0 else ''}${whole:,}.{fraction:02d}"


@given(st.integers(-(10**11), 10**11))
def test_money_in_spanish_and_english_writing(cents: int) -> None:
    assert parse_money_cents(spanish(cents)) == cents
    assert parse_money_cents(english(cents)) == cents
    assert parse_money_cents(f"{cents / 100:.2f}".replace(".", ",")) == cents
    assert parse_money_cents(cents / 100) == cents


@pytest.mark.parametrize(
    ("text", "cents"),
    [("1.234,56 €", 123456), ("1,234.56", 123456), ("1.234", 123400), ("12,5", 1250),
     ("0,125", 13), ("(12,00)", -1200), ("MXN 1 234,50", 123450), ("1.000.000", 100000000),
     (12.5, 1250), (3, 300)],
)  # fmt: skip
def test_money_examples(text: object, cents: int) -> None:
    assert parse_money_cents(text) == cents


@pytest.mark.parametrize("text", ["abc", "12a", "1,2,3,4a", "", "€", "--5"])
def test_not_money(text: str) -> None:
    with pytest.raises(CellInvalid) as refused:
        parse_money_cents(text)
    assert refused.value.code == "import.money_invalid"


@given(st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 12, 31)))
def test_dates_in_every_usual_shape(day: date) -> None:
    assert parse_date(day.strftime("%d/%m/%Y")) == day
    assert parse_date(day.strftime("%d-%m-%Y")) == day
    assert parse_date(day.strftime("%d.%m.%Y")) == day
    assert parse_date(day.isoformat()) == day
    assert parse_date(day.strftime("%Y%m%d")) == day
    assert parse_date((day - EXCEL_EPOCH.date()).days) == day
    assert parse_date(datetime.combine(day, datetime.min.time())) == day


def test_date_words_and_month_first_when_unambiguous() -> None:
    assert parse_date("3 de mayo de 1990") == date(1990, 5, 3)
    assert parse_date("15 Sept 2001") == date(2001, 9, 15)
    assert parse_date("05/13/1990") == date(1990, 5, 13)
    assert parse_date("03/05/90") == date(1990, 5, 3)
    for bad in ("31/02/1990", "mañana", "13/13/2000", "0", "1990-02-30"):
        with pytest.raises(CellInvalid):
            parse_date(bad)


@given(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1)))
def test_local_moments_become_utc(moment: datetime) -> None:
    moment = moment.replace(microsecond=0)
    expected = moment.replace(tzinfo=MADRID).astimezone(UTC)
    assert parse_moment(moment, MADRID) == expected
    assert parse_moment(moment.strftime("%d/%m/%Y %H:%M:%S"), MADRID) == expected
    assert parse_moment(moment.isoformat(" "), MADRID) == expected
    serial = (moment - EXCEL_EPOCH) / timedelta(days=1)
    assert abs(parse_moment(serial, MADRID) - expected) < timedelta(milliseconds=1)


def test_moments_with_their_own_offset() -> None:
    expected = datetime(2024, 3, 1, 15, 15, tzinfo=UTC)
    assert parse_moment("2024-03-01 10:15:00 -0500", MADRID) == expected
    assert parse_moment("2024-03-01T15:15:00Z", MADRID) == expected
    assert parse_moment("1/3/2024 4:15 PM", MADRID) == expected


@pytest.mark.parametrize(
    "yes", ["sí", "Si", "SÍ", "yes", "Y", "x", "X", "1", 1, True, "true", "verdadero", "✓"]
)
def test_yes(yes: object) -> None:
    assert parse_yes_no(yes) is True


@pytest.mark.parametrize("no", ["no", "NO", "n", "0", 0, False, "false", "falso", "baja", "-"])
def test_no(no: object) -> None:
    assert parse_yes_no(no) is False


@given(st.one_of(st.text(max_size=30), st.floats(allow_nan=True), st.integers()))
def test_any_cell_is_cleaned_or_refused_with_a_message_code(value: object) -> None:
    for clean in (parse_money_cents, parse_date, parse_yes_no, parse_whole_number):
        try:
            clean(value)
        except CellInvalid as refused:
            assert refused.code.startswith(("import.", "contact."))


def test_whole_numbers_and_text() -> None:
    assert parse_whole_number("1.000") == 1000
    assert parse_whole_number(3.0) == 3
    with pytest.raises(CellInvalid):
        parse_whole_number("2,5")
    assert parse_decimal("  7 ") == 7
    assert cell_text(612345678.0) == "612345678"
    assert cell_text("'+34612345678") == "+34612345678"
