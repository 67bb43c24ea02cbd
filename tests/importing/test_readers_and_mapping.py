"""Reading CSV in its many encodings and delimiters, workbooks with title rows and gaps,
and suggesting the mapping from headers and content."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from shopnurture.domain.import_fields import FIELDS, ImportKind, fold_header, synonyms_for
from shopnurture.services.importing import preview
from shopnurture.services.importing.mapping import column_letter, find_columns, suggest_mapping
from shopnurture.services.importing.readers import open_source, read_sheet
from tests.importing.helpers import write_xlsx

ROWS = [
    ["Nombre", "Correo", "Importe"],
    ["José Núñez", "jose@example.es", "1.234,56 €"],
    ["Åsa Öberg", "asa@example.es", "12,50"],
]


def _write_text(
    path: Path, rows: list[list[str]], delimiter: str, encoding: str, bom: bytes
) -> Path:
    text = "\r\n".join(delimiter.join(f'"{cell}"' if delimiter in cell else cell for cell in row)
                       for row in rows) + "\r\n"  # fmt: skip
    path.write_bytes(bom + text.encode(encoding))
    return path


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1252", b""), ("latin-1", b""),
     ("utf-16-le", b"\xff\xfe")],
)  # fmt: skip
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_encodings_and_delimiters(
    tmp_path: Path, encoding: str, bom: bytes, delimiter: str
) -> None:
    expected = [[cell.replace("€", "EUR") for cell in row] for row in ROWS]
    rows = ROWS if encoding != "latin-1" else expected  # Latin-1 has no euro sign
    path = _write_text(tmp_path / "c.csv", rows, delimiter, encoding, bom)
    source = open_source(path)
    assert source.format == "csv"
    assert source.csv_delimiter == delimiter
    assert list(read_sheet(source).rows) == rows


def test_an_xlsx_saved_with_a_csv_name_is_read_as_what_it_is(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "clientes.csv", ROWS)
    assert open_source(path).format == "xlsx"


def test_header_under_title_rows_and_empty_columns(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "c.xlsx",
        [
            ["Mis clientes", None, None, None, None],
            [None, None, None, None, None],
            [None, "Correo", None, "Teléfono", None, "Correo"],
            [None, "a@example.es", None, "612345678", "nota suelta", "b@example.es"],
        ],
    )
    shown = preview(path)
    assert shown.header_row == 3
    assert shown.headers == ["Correo", "Teléfono", "E", "Correo (2)"]
    assert shown.sample_rows == [["a@example.es", "612345678", "nota suelta", "b@example.es"]]
    assert shown.suggested_mapping == {
        "Correo": "email",
        "Teléfono": "phone",
        "E": None,
        "Correo (2)": None,
    }


def test_a_workbook_lists_its_sheets_and_reads_the_chosen_one(tmp_path: Path) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.title = "Notas"
    workbook.active.append(["nada"])
    sales = workbook.create_sheet("Clientes")
    sales.append(["Email", "Cumpleaños"])
    sales.append(["a@example.es", date(1990, 1, 2)])
    workbook.save(tmp_path / "libro.xlsx")
    shown = preview(tmp_path / "libro.xlsx", sheet="Clientes")
    assert shown.sheet_names == ["Notas", "Clientes"]
    assert shown.sample_rows == [["a@example.es", date(1990, 1, 2)]]


def test_columns_are_recognised_by_their_content() -> None:
    headers = ["A", "B", "C"]
    sample = [
        ["ana@example.es", "+34 612 345 678", "03/05/1990"],
        ["eva@example.es", "699 11 22 33", "1991-12-01"],
        ["", "611223344", "07/07/1977"],
    ]
    assert suggest_mapping(headers, sample, ImportKind.CONTACTS) == {
        "A": "email",
        "B": "phone",
        "C": "birthday",
    }
    assert suggest_mapping(headers, sample, ImportKind.ACTIVITY)["C"] == "timestamp"


def test_no_header_row_is_found_in_a_column_of_numbers() -> None:
    assert find_columns([[1.0], [2.0], [3.0]]) is None


def test_every_field_has_header_words_and_none_is_ambiguous() -> None:
    for kind in ImportKind:
        words = synonyms_for(kind)
        assert set(words) == set(FIELDS[kind])
        seen: dict[str, str] = {}
        for field, phrases in words.items():
            for phrase in phrases:
                assert seen.setdefault(phrase, field) == field, (kind, phrase)


def test_folding_ignores_case_accents_and_spacing() -> None:
    assert fold_header(" Correo-Electrónico ") == fold_header("correo electronico")
    assert fold_header("Año") == "ano"
    assert column_letter(0) == "A" and column_letter(27) == "AB"
