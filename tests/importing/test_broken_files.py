"""Files that cannot be imported are refused with one clear message, and the shop is left
exactly as it was."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from shopnurture.cli import main
from shopnurture.data.database import Database
from shopnurture.errors import UserError
from shopnurture.services.importing import inspect_file, preview, readers, run_import
from tests.importing.helpers import snapshot, write_xlsx

BROKEN = Path(__file__).resolve().parents[1] / "data" / "spreadsheets" / "broken"
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)

CORPUS = [
    ("truncated.xlsx", "import.corrupt"),
    ("random_bytes.xlsx", "import.not_a_spreadsheet"),
    ("password_protected.xlsx", "import.password_protected"),
    ("empty.csv", "import.file_empty"),
    ("blank_lines.csv", "import.file_empty"),
    ("picture.csv", "import.not_a_spreadsheet"),
    ("web_page.xls", "import.not_a_spreadsheet"),
]


def _seed(database: Database, tmp_path: Path) -> None:
    seed = write_xlsx(tmp_path / "seed.xlsx", [["Email", "Nombre"], ["ana@example.es", "Ana"]])
    run_import(database, seed, kind="contacts", now=NOW)


def _assert_refused(database: Database, database_path: Path, path: Path, code: str) -> None:
    before = snapshot(database_path)
    for attempt in (
        lambda: inspect_file(path),
        lambda: preview(path),
        lambda: run_import(database, path, kind="contacts", now=NOW),
    ):
        with pytest.raises(UserError) as refused:
            attempt()
        assert refused.value.code == code
        for language in ("es", "en"):
            text = refused.value.message(language)
            assert "{" not in text and "\n" not in text
            if "path" in refused.value.params:
                assert path.name in text
    assert snapshot(database_path) == before


@pytest.mark.parametrize(("name", "code"), CORPUS)
def test_the_broken_corpus_is_refused(
    database: Database, database_path: Path, tmp_path: Path, name: str, code: str
) -> None:
    _seed(database, tmp_path)
    _assert_refused(database, database_path, BROKEN / name, code)


def test_other_broken_shapes(database: Database, database_path: Path, tmp_path: Path) -> None:
    _seed(database, tmp_path)
    document = tmp_path / "carta.xlsx"
    with zipfile.ZipFile(document, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    _assert_refused(database, database_path, document, "import.not_a_spreadsheet")

    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(BROKEN.parent / "shopify_customers.xlsx") as source:
        with zipfile.ZipFile(damaged, "w") as target:
            for item in source.infolist():
                data = source.read(item.filename)
                if item.filename.startswith("xl/worksheets/"):
                    data = data[: len(data) // 3]
                target.writestr(item, data)
    with pytest.raises(UserError) as refused:
        run_import(database, damaged, kind="contacts", now=NOW)
    assert refused.value.code == "import.corrupt"

    with pytest.raises(UserError) as missing:
        run_import(database, tmp_path / "nowhere.xlsx", kind="contacts", now=NOW)
    assert missing.value.code == "import.file_not_found"

    with pytest.raises(UserError) as no_sheet:
        run_import(database, tmp_path / "seed.xlsx", kind="contacts", sheet="Ventas", now=NOW)
    assert no_sheet.value.code == "import.sheet_not_found"
    assert "Hoja1" in no_sheet.value.message("es")


def test_a_file_with_more_rows_than_a_sheet_holds_is_refused_quickly(
    database: Database, database_path: Path, tmp_path: Path
) -> None:
    _seed(database, tmp_path)
    huge = tmp_path / "huge.csv"
    row = b"cliente@example.es,page_view,2026-01-01\n"
    with huge.open("wb") as handle:
        handle.write(b"email,event,date\n")
        block = row * 10_000
        for _ in range(readers.MAX_ROWS // 10_000 + 1):
            handle.write(block)
    _assert_refused(database, database_path, huge, "import.too_many_rows")


def test_the_cli_says_it_in_one_line_and_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = str(tmp_path / "shop.sqlite")
    code = main(["--db", db, "import", "contacts", str(BROKEN / "password_protected.xlsx")])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "password" in captured.err
