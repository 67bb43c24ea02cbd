"""The import wizard driven as the owner would, on a spreadsheet saved by LibreOffice."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import text

SPREADSHEETS = Path(__file__).resolve().parents[1] / "data" / "spreadsheets"


def _contacts(database) -> list[tuple]:  # type: ignore[no-untyped-def]
    with database.read_session() as session:
        return [tuple(r) for r in session.connection().execute(
            text("SELECT email, phone FROM contact ORDER BY email"))]  # fmt: skip


def _walk_to_check_page(wizard, qtbot, path: Path) -> None:  # type: ignore[no-untyped-def]
    wizard.file_page.load(path)
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=10_000)
    assert wizard.kind is not None and wizard.kind.value == "contacts"
    wizard.next()  # → columns
    assert wizard.currentPage() is wizard.columns_page
    mapping = wizard.columns_page.mapping()
    assert "email" in mapping.values() and "phone" in mapping.values()
    wizard.next()  # → check (dry run)
    qtbot.waitUntil(lambda: wizard.check_page.isComplete(), timeout=20_000)


def test_a_spanish_owner_sheet_imports_through_the_wizard(main_window, qtbot, database) -> None:  # type: ignore[no-untyped-def]
    wizard = main_window.transfers.open_import_wizard()
    qtbot.addWidget(wizard)
    path = SPREADSHEETS / "owner_contacts_es_utf8.xlsx"
    _walk_to_check_page(wizard, qtbot, path)
    check = wizard.dry_run_report
    assert check is not None and check.created > 0
    assert _contacts(database) == []  # the check changed nothing
    wizard.next()  # → import
    qtbot.waitUntil(lambda: wizard.import_page.isComplete(), timeout=20_000)
    report = wizard.report
    assert (report.created, report.skipped) == (check.created, check.skipped)
    rows = _contacts(database)
    assert len(rows) == report.created
    assert all(phone is None or phone.startswith("+") for _email, phone in rows)
    # The contacts list follows the import.
    qtbot.waitUntil(
        lambda: main_window.contacts_page.model.rowCount() == report.created, timeout=5000
    )
    # A second import of the same file creates nothing new.
    again = main_window.transfers.open_import_wizard()
    qtbot.addWidget(again)
    _walk_to_check_page(again, qtbot, path)
    assert again.dry_run_report.created == 0


def test_a_broken_file_is_explained_on_the_first_page(main_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "clientes.xlsx"
    broken.write_bytes(b"not a spreadsheet at all" * 10)
    wizard = main_window.transfers.open_import_wizard()
    qtbot.addWidget(wizard)
    wizard.file_page.load(broken)
    qtbot.waitUntil(lambda: wizard.file_page.busy.isHidden(), timeout=10_000)
    assert not wizard.file_page.isComplete()
    assert wizard.file_page.status.text()  # the reason, in words


def test_contacts_export_follows_the_search(main_window, qtbot, database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from shopnurture.data.contacts import create_contact
    from shopnurture.services.exporting import export_contacts

    with database.write_session() as session:
        create_contact(
            session=session, values={"first_name": "=HYPERLINK(1)", "email": "a@x.example"}
        )
        create_contact(session=session, values={"first_name": "Bea", "email": "b@y.example"})
    target = tmp_path / "contactos.xlsx"
    task = main_window.transfers.export_to(
        target, lambda path: export_contacts(database, path, search="x.example")
    )
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    sheet = load_workbook(target).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert len(values) == 2  # header + the one match
    assert "=HYPERLINK(1)" in values[1]  # kept as the text it is…
    assert all(
        cell.data_type != "f" for row in sheet.iter_rows() for cell in row
    )  # …never a formula


def test_the_wizard_imports_with_a_helper_process(  # type: ignore[no-untyped-def]
    main_window, qtbot, database, monkeypatch, caplog
) -> None:
    """A big file's rows are cleaned in a helper process started from the wizard's worker
    thread; blocks of two rows make this small file a big one."""
    from shopnurture.services.importing import clean_worker, pipeline

    monkeypatch.setattr(pipeline, "CHUNK_ROWS", 2)
    monkeypatch.setattr(clean_worker, "_PIECE_ROWS", 2)
    caplog.set_level(logging.INFO, logger=clean_worker.__name__)
    wizard = main_window.transfers.open_import_wizard()
    qtbot.addWidget(wizard)
    _walk_to_check_page(wizard, qtbot, SPREADSHEETS / "owner_contacts_es_utf8.xlsx")
    check = wizard.dry_run_report
    wizard.next()  # → import
    qtbot.waitUntil(lambda: wizard.import_page.isComplete(), timeout=30_000)
    report = wizard.report
    assert report.created == check.created > 0
    assert len(_contacts(database)) == report.created
    helped = [
        int(match[1])
        for record in caplog.records
        if (match := re.match(r"import: (\d+) pieces", record.getMessage()))
    ]
    assert helped and all(pieces > 0 for pieces in helped)  # the check and the import
