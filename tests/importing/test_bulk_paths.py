"""The bulk paths of the import (activity rows column by column, local times to UTC text,
cached column answers) give exactly what the row-by-row path gives."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from shopnurture.data.database import open_database
from shopnurture.data.imports import utc_text
from shopnurture.domain.cell_cleaning import CellInvalid, parse_moment, parse_whole_number
from shopnurture.services.importing import pipeline, run_import
from shopnurture.services.importing.bulk_activity import BulkActivity
from shopnurture.services.importing.columns import ColumnCleaner
from shopnurture.services.importing.moments import UtcTexts
from tests.importing.helpers import snapshot, write_csv, write_xlsx

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
ZONES = ("Europe/Madrid", "America/Santiago", "Asia/Kolkata", "Australia/Lord_Howe", "UTC")
HEADER = [
    "Fecha", "Correo", "Teléfono", "Id cliente", "Nombre", "Tipo", "Referencia", "Cantidad",
    "Importe", "Pedido", "Valoración", "Origen",
]  # fmt: skip


def _slow_moment(value: object, zone: ZoneInfo) -> str | None:
    try:
        return utc_text(parse_moment(value, zone))
    except CellInvalid:
        return None


def _fast_moment(texts: UtcTexts, value: object) -> str | None:
    try:
        return texts(value)
    except CellInvalid:
        return None


_moments = st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2060, 12, 31))
_shapes = st.sampled_from(["minutes", "seconds", "milliseconds", "microseconds"])


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(_moments, _shapes, st.sampled_from(" T")), max_size=30),
       st.sampled_from(ZONES))  # fmt: skip
def test_local_times_become_the_same_utc_text(
    cells: list[tuple[datetime, str, str]], zone_name: str
) -> None:
    zone = ZoneInfo(zone_name)
    texts = UtcTexts(zone)
    values = [moment.isoformat(separator, shape) for moment, shape, separator in cells]
    for value in values + values:  # the second time from what the first one learnt
        assert _fast_moment(texts, value) == _slow_moment(value, zone)
    column = texts.column(values)
    assert column.answers == [_slow_moment(value, zone) for value in values]
    assert not column.has_invalid


@pytest.mark.parametrize("zone_name", ZONES)
def test_clock_changes_and_odd_cells_take_the_slow_path(zone_name: str) -> None:
    zone = ZoneInfo(zone_name)
    texts = UtcTexts(zone)
    day = datetime(2026, 1, 1)
    values = [
        (day + timedelta(minutes=17 * step)).isoformat(" ", "seconds") for step in range(31_000)
    ]
    values += [
        "2026-02-30 10:00", "2026-01-01 24:00", "2026-01-01 23:60", "2026-01-01 23:59:60",
        "0001-01-01 00:00", "9999-12-31 23:59", "2026-01-01 10:15:00+02:00",
        " 2026-01-01 10:15", "2026-03-29 02:30", "2026-10-25 02:30:00", "45000.5", "ayer",
    ]  # fmt: skip
    assert [_fast_moment(texts, value) for value in values] == [
        _slow_moment(value, zone) for value in values
    ]
    column = texts.column([*values, "", None, 45000.5])
    assert column.has_blank and column.has_invalid
    assert column.answers[-3:-1] == [None, None]


def test_a_moment_before_the_calendar_starts_is_a_bad_cell_not_a_crash() -> None:
    with pytest.raises(CellInvalid):
        parse_moment("0001-01-01 00:30", ZoneInfo("Asia/Kolkata"))


@given(st.lists(st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.sampled_from(
    [0.0, 1.0, 2.0, 2.5, "1", "2", " 3 ", "", " ", "x", "1.000"]
)), max_size=40))  # fmt: skip
@example([True, 1, 1.0, "1"])
def test_cached_column_answers_are_the_cleaners_own(cells: list[object]) -> None:
    """1, 1.0 and True are one dict key but different cells: each gets its own answer."""

    def clean(value: object) -> object:
        return parse_whole_number(value, minimum=1)

    column = ColumnCleaner(clean).column(cells)
    for cell, answer in zip(cells, column.answers, strict=True):
        if cell is None or (isinstance(cell, str) and not cell.strip()):
            assert answer is None
            continue
        try:
            expected: object = clean(cell)
        except CellInvalid as error:
            assert isinstance(answer, CellInvalid) and answer.code == error.code
            continue
        assert answer == expected and type(answer) is type(expected)
    assert column.has_invalid == any(isinstance(answer, CellInvalid) for answer in column.answers)
    assert column.has_blank or None not in column.answers


def _activity_rows(seed: int) -> list[list[object]]:
    """Rows of every kind: known and new people, bad cells, blanks, names, order lines,
    phone-only and id-only people, repeats."""
    chooser = random.Random(seed)
    people = [(f"cliente{n}@example.es", f"6{n:02d} 11 22 33", f"C{n}") for n in range(12)]
    events = ["visita", "carrito", "compra", "reseña", "consulta", "page_view", "boom", ""]
    rows: list[list[object]] = [HEADER]
    # A known customer's phone (first chunk); in the next chunk a new phone for her, then a
    # row with only the old phone: someone else's now (the merge must come first).
    visit = ["2026-03-27 10:00:00", "", "", "", "", "visita", "", "", "", "", "", ""]
    first_phone, second_phone = "600 11 22 33", "699 00 00 01"
    for who in (
        [(people[0][0], first_phone)]
        + [(people[1][0], "")] * 16
        + [(people[0][0], second_phone), ("", first_phone)]
    ):
        rows.append([visit[0], *who, *visit[3:]])
    for number in range(160):
        email, phone, external_id = chooser.choice(people)
        when = datetime(2026, 3, 28) + timedelta(minutes=chooser.randrange(0, 6000))
        who = chooser.choice(["email", "email", "phone", "id", "all", "none", "bad-email"])
        rows.append([
            chooser.choice([when.isoformat(" ", "seconds"), when.strftime("%d/%m/%Y %H:%M"), "",
                            "mañana"]) if number % 9 == 0 else when.isoformat(" ", "seconds"),
            email if who in ("email", "all") else "roto@" if who == "bad-email" else "",
            phone if who in ("phone", "all") else "",
            external_id if who in ("id", "all") else "",
            chooser.choice(["", "", "", "Ana Pérez"]),
            chooser.choice(events) if number % 7 == 0 else chooser.choice(events[:6]),
            chooser.choice(["", "CAF-1K", "MOL-EL"]),
            chooser.choice(["", "1", "2", "dos"]),
            chooser.choice(["", "18,90", "1.234,56 €", "12.50"]),
            chooser.choice(["", "", "A-1", "A-2"]),
            chooser.choice(["", "5", "9"]),
            chooser.choice(["", "instagram"]),
        ])  # fmt: skip
        if number % 23 == 0:
            rows.append(list(rows[-1]))  # the same event twice
        if number % 31 == 0:
            rows.append([""] * len(HEADER))
    return rows


def _import_both_ways(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: Path
) -> list[tuple[dict, list]]:
    outcomes = []
    for bulk in (True, False):
        with monkeypatch.context() as patch:
            patch.setattr(pipeline, "CHUNK_ROWS", 17)  # many chunk edges
            if not bulk:
                patch.setattr(BulkActivity, "for_import", classmethod(lambda cls, *_: None))
            database_path = tmp_path / f"shop-{bulk}.sqlite"
            database = open_database(database_path)
            seed = write_xlsx(
                tmp_path / "seed.xlsx",
                [["Correo", "Móvil", "Id cliente"]]
                + [[f"cliente{n}@example.es", "", f"C{n}"] for n in range(0, 12, 2)],
            )
            run_import(database, seed, kind="contacts", now=NOW)
            reports = [run_import(database, source, kind="activity", now=NOW) for _ in "abc"]
            database.close()
            shop = snapshot(database_path)
            shop.pop("import_mapping", None)
            outcomes.append(
                (shop, [(report.as_json(), report.contacts_created) for report in reports])
            )
    return outcomes


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_bulk_activity_path_gives_what_the_row_path_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    source = write_csv(tmp_path / "actividad.csv", _activity_rows(seed), delimiter=";")
    (bulk_shop, bulk_reports), (row_shop, row_reports) = _import_both_ways(
        tmp_path, monkeypatch, source
    )
    assert bulk_reports == row_reports
    assert bulk_shop == row_shop
    first, _, third = bulk_reports
    assert first[0]["created"] > 50 and first[0]["errors"]
    # The second time, rows naming a customer only by an id the first import taught the
    # shop are no longer refused; after that, importing again adds nothing.
    assert third[0]["created"] == 0


def test_the_bulk_path_reads_workbooks_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = _activity_rows(4)
    rows[3][0] = datetime(2026, 3, 29, 2, 30)  # a date cell, in the hour the clock skips
    rows[4][7] = 2.0  # a number cell
    rows[5][7] = True  # a yes/no cell where a number belongs
    rows[6][10] = date(2026, 1, 1)
    source = write_xlsx(tmp_path / "actividad.xlsx", rows)
    (bulk_shop, bulk_reports), (row_shop, row_reports) = _import_both_ways(
        tmp_path, monkeypatch, source
    )
    assert bulk_reports == row_reports
    assert bulk_shop == row_shop
