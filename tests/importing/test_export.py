"""Exports to .xlsx: formatted, frozen and filtered header, real dates, formula-proof text,
and a round trip back through the import."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest

from shopnurture.cli import main
from shopnurture.data.database import Database
from shopnurture.services.exporting import export_activity, export_contacts, export_outbox
from shopnurture.services.importing import ImportReport, RowError, run_import, write_error_report
from tests.importing.helpers import snapshot, write_csv, write_xlsx

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def _shop(database: Database, tmp_path: Path) -> None:
    contacts = write_csv(
        tmp_path / "c.csv",
        [
            ["Nombre", "Apellidos", "Correo", "Teléfono", "Cumpleaños", "Acepta publicidad"],
            ["=HYPERLINK(\"http://x\")", "Pérez", "ana@example.es", "612345678", "03/05/1990",
             "sí"],
            ["+Eva", "-López", "eva@example.es", None, None, None],
            ["Tomás", "@Ruiz", "tomas@example.es", None, None, "no"],
        ],
    )  # fmt: skip
    run_import(database, contacts, kind="contacts", now=NOW)
    activity = write_xlsx(
        tmp_path / "a.xlsx",
        [
            ["Fecha", "Correo", "Tipo", "Referencia", "Cantidad", "Importe", "Pedido"],
            [datetime(2026, 3, 1, 10, 15), "ana@example.es", "compra", "CAF-1", 2, 29.0, "A-1"],
            [datetime(2026, 3, 2, 9, 0), "eva@example.es", "carrito", "CAF-1", 1, 14.5, None],
        ],
    )
    run_import(database, activity, kind="activity", now=NOW)


def test_contacts_export_is_formatted_and_formula_proof(database: Database, tmp_path: Path) -> None:
    _shop(database, tmp_path)
    path = tmp_path / "contactos.xlsx"
    assert export_contacts(database, path, language="es") == 3
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    assert sheet.title == "Contactos"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:O4"
    header = [cell.value for cell in sheet[1]]
    assert header[:5] == ["Nombre", "Apellidos", "Correo", "Teléfono", "Cumpleaños"]
    assert sheet["A1"].font.bold
    assert sheet.column_dimensions["C"].width == 32
    rows = {row[2].value: row for row in sheet.iter_rows(min_row=2)}
    ana = rows["ana@example.es"]
    assert ana[0].value == '=HYPERLINK("http://x")' and ana[0].data_type == "s"
    assert ana[0].quotePrefix
    assert ana[4].value == datetime(1990, 5, 3) and ana[4].is_date
    assert ana[9].value == "sí"
    assert rows["eva@example.es"][1].quotePrefix and rows["tomas@example.es"][1].quotePrefix
    assert rows["tomas@example.es"][9].value is None  # "no" to nothing given: unknown


def test_a_search_limits_the_contacts_export(database: Database, tmp_path: Path) -> None:
    _shop(database, tmp_path)
    assert export_contacts(database, tmp_path / "x.xlsx", search="tomas") == 1


def test_the_export_imports_back_without_changes(
    database: Database, database_path: Path, tmp_path: Path
) -> None:
    _shop(database, tmp_path)
    before = snapshot(database_path)
    for language in ("es", "en"):
        contacts, activity = tmp_path / f"c-{language}.xlsx", tmp_path / f"a-{language}.xlsx"
        export_contacts(database, contacts, language=language)
        export_activity(database, activity, language=language)
        again = run_import(database, contacts, kind="contacts", now=NOW)
        assert (again.read, again.created, again.updated, again.errors) == (3, 0, 0, [])
        events = run_import(database, activity, kind="activity", now=NOW)
        assert (events.read, events.created, events.errors) == (2, 0, [])
    assert snapshot(database_path) == before


def test_activity_export_has_real_moments_and_money(database: Database, tmp_path: Path) -> None:
    _shop(database, tmp_path)
    path = tmp_path / "actividad.xlsx"
    assert export_activity(database, path, language="en") == 2
    sheet = openpyxl.load_workbook(path).active
    first = [cell for cell in sheet[2]]
    assert first[0].value == datetime(2026, 3, 1, 10, 15)  # the shop's local time again
    assert first[0].number_format == "yyyy-mm-dd hh:mm"
    assert first[8].value == 29.0 and first[8].number_format == "#,##0.00"


def test_outbox_export_and_the_error_report(database: Database, tmp_path: Path) -> None:
    assert export_outbox(database, tmp_path / "outbox.xlsx", language="es") == 0
    report = ImportReport(kind="contacts", read=1, skipped=1)
    report.errors.append(RowError(7, "Correo", "=cmd|' /C calc'!A0", "import.email_invalid",
                                  {"value": "=cmd|' /C calc'!A0"}))  # fmt: skip
    write_error_report(report, tmp_path / "errores.xlsx", language="es")
    sheet = openpyxl.load_workbook(tmp_path / "errores.xlsx").active
    assert [cell.value for cell in sheet[1]] == ["Fila", "Columna", "Valor", "Problema"]
    assert sheet["C2"].data_type == "s" and sheet["C2"].quotePrefix
    assert sheet["D2"].value.startswith("No es un correo")


def test_cli_export_and_import(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "shop.sqlite")
    source = write_xlsx(tmp_path / "c.xlsx", [["E-mail", "Nombre"], ["ana@example.es", "Ana"]])
    assert main(["--db", db, "import", "contacts", str(source), "--dry-run", "--json"]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert dry == {"read": 1, "created": 1, "updated": 0, "skipped": 0, "errors": []}
    code = main(["--db", db, "import", "contacts", str(source), "--map", "Nombre=last_name",
                 "--json"])  # fmt: skip
    assert code == 0 and json.loads(capsys.readouterr().out)["created"] == 1
    out = tmp_path / "out.xlsx"
    assert main(["--db", db, "export", "contacts", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"file": str(out), "rows": 1}
    sheet = openpyxl.load_workbook(out).active
    assert sheet["B2"].value == "Ana"  # mapped to the last name, as asked
    assert main(["--db", db, "import", "contacts", str(source), "--map", "Nombre"]) == 1
    assert "Nombre" in capsys.readouterr().err
