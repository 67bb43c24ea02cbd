"""Importing contacts: cleaning, merge by email/phone/external id, consent, atomicity."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from shopnurture.data.database import Database
from shopnurture.domain.contact_draft import ContactDraft
from shopnurture.services.contacts import save_contact
from shopnurture.services.importing import ImportCancelled, preview, run_import
from tests.importing.helpers import rows_of, snapshot, write_csv, write_xlsx

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
HEADER = ["Nombre", "Apellidos", "Correo", "Móvil", "Cumpleaños", "Acepta publicidad", "Etiquetas"]


def test_a_spanish_sheet_with_a_title_row_imports_without_mapping(
    database: Database, database_path: Path, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "clientes.xlsx",
        [
            ["Clientes 2026"],
            [],
            HEADER,
            ["Lucía", "Núñez", " Lucia@Example.ES ", "612 34 56 78", date(1990, 5, 3), "sí", "VIP"],
            ["Ana", "López", "ana@example.es", 699112233, "03/05/1985", "x", ""],
            [],
            ["Pepe", "García", "pepe@example", "612", "31/02/1990", "quizá", ""],
        ],
    )
    shown = preview(path)
    assert shown.header_row == 3
    assert shown.guessed_kind == "contacts"
    assert shown.suggested_mapping["Correo"] == "email"
    assert shown.suggested_mapping["Acepta publicidad"] == "accepts_email"

    report = run_import(database, path, kind="contacts", now=NOW)

    assert (report.read, report.created, report.updated, report.skipped) == (3, 2, 0, 1)
    assert {(error.row, error.column) for error in report.errors} == {
        (7, "Correo"),
        (7, "Móvil"),
        (7, "Cumpleaños"),
        (7, "Acepta publicidad"),
    }
    assert rows_of(
        database_path,
        "SELECT email, phone, first_name, birthday, tags, email_consent FROM contact ORDER BY id",
    ) == [
        ("lucia@example.es", "+34612345678", "Lucía", "1990-05-03", "vip", "granted"),
        ("ana@example.es", "+34699112233", "Ana", "1985-05-03", "", "granted"),
    ]
    assert rows_of(database_path, "SELECT count(*) FROM contact WHERE search_text = ''") == [(0,)]
    log = rows_of(database_path, "SELECT channel, status, source, source_detail FROM consent_log")
    assert len(log) == 2
    detail = json.loads(log[0][3])
    assert detail["file"] == "clientes.xlsx" and len(detail["sha256"]) == 64
    assert detail["date"] == "2026-11-23"


def test_importing_the_same_file_twice_adds_nothing(
    database: Database, database_path: Path, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "c.csv",
        [HEADER, ["Lucía", "Núñez", "lucia@example.es", "612345678", "03/05/1990", "sí", "vip"]],
        delimiter=";",
    )
    run_import(database, path, kind="contacts", now=NOW)
    before = snapshot(database_path)
    again = run_import(database, path, kind="contacts", now=NOW)
    assert (again.created, again.updated, again.skipped) == (0, 0, 1)
    assert snapshot(database_path) == before


def test_existing_contacts_match_by_email_then_phone_then_external_id(
    database: Database, database_path: Path, tmp_path: Path
) -> None:
    for draft in (
        ContactDraft(first_name="Lucía", email="lucia@example.es", city="Sevilla"),
        ContactDraft(first_name="Tomás", phone="+34 699 11 22 33"),
        ContactDraft(first_name="Eva", email="eva@example.es", external_id="C-7"),
    ):
        save_contact(database, draft, today=NOW.date())
    path = write_xlsx(
        tmp_path / "c.xlsx",
        [
            ["Email", "Phone", "Customer ID", "Last name", "City"],
            ["LUCIA@example.es", None, None, "Núñez", None],
            ["tomas@example.es", "699112233", None, "Ruiz", "Cádiz"],
            [None, None, "C-7", "Vidal", None],
            ["nuevo@example.es", None, None, "Nuevo", None],
        ],
    )
    report = run_import(database, path, kind="contacts", now=NOW)
    assert (report.created, report.updated, report.skipped, report.errors) == (1, 3, 0, [])
    assert rows_of(
        database_path, "SELECT first_name, last_name, email, city FROM contact ORDER BY id"
    ) == [
        ("Lucía", "Núñez", "lucia@example.es", "Sevilla"),  # an empty cell keeps the city
        ("Tomás", "Ruiz", "tomas@example.es", "Cádiz"),
        ("Eva", "Vidal", "eva@example.es", None),
        ("", "Nuevo", "nuevo@example.es", None),
    ]


def test_a_yes_in_a_file_never_overrides_a_withdrawal(
    database: Database, database_path: Path, tmp_path: Path
) -> None:
    draft = ContactDraft(email="ana@example.es", email_consent="withdrawn")
    contact_id = save_contact(database, draft, today=NOW.date())
    granted = save_contact(
        database, ContactDraft(email="eva@example.es", email_consent="granted"), today=NOW.date()
    )
    path = write_xlsx(
        tmp_path / "c.xlsx",
        [["Email", "Accepts Email Marketing"], ["ana@example.es", "yes"], ["eva@example.es", "no"]],
    )
    log_before = rows_of(database_path, "SELECT count(*) FROM consent_log")[0][0]
    run_import(database, path, kind="contacts", now=NOW)
    assert rows_of(database_path, "SELECT email_consent FROM contact WHERE id = ?", contact_id) == [
        ("withdrawn",)
    ]
    assert rows_of(database_path, "SELECT email_consent FROM contact WHERE id = ?", granted) == [
        ("withdrawn",)
    ]
    log = rows_of(database_path, "SELECT contact_id, status, source FROM consent_log")
    assert len(log) == log_before + 1
    assert log[-1] == (granted, "withdrawn", "import")


def test_dry_run_reports_and_changes_nothing(
    database: Database, database_path: Path, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", [["Email"], ["a@example.es"], ["b@example.es"]])
    before = snapshot(database_path)
    report = run_import(database, path, kind="contacts", dry_run=True, now=NOW)
    assert (report.read, report.created, report.dry_run) == (2, 2, True)
    assert snapshot(database_path) == before


def test_cancel_rolls_everything_back(
    database: Database, database_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from shopnurture.services.importing import pipeline

    monkeypatch.setattr(pipeline, "CHUNK_ROWS", 10)
    rows = [["Email"]] + [[f"cliente{i}@example.es"] for i in range(50)]
    path = write_csv(tmp_path / "c.csv", rows)
    checks = iter([False, False, True])
    before = snapshot(database_path)
    progress: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelled):
        run_import(
            database,
            path,
            kind="contacts",
            now=NOW,
            is_cancelled=lambda: next(checks),
            progress=lambda done, total: progress.append((done, total)),
        )
    assert progress and progress[0][0] < progress[-1][0] <= 52
    assert snapshot(database_path) == before


def test_the_mapping_can_be_corrected_and_is_remembered(
    database: Database, database_path: Path, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", [["Col1", "Dirección"], ["Ana", "ana@example.es"]])
    shown = preview(path, kind="contacts", database=database)
    assert shown.suggested_mapping == {"Col1": None, "Dirección": None}  # one row: no guess
    mapping = {"Col1": "first_name", "Dirección": "email"}
    report = run_import(database, path, kind="contacts", mapping=mapping, now=NOW)
    assert report.created == 1
    again = preview(path, kind="contacts", database=database)
    assert again.remembered and again.suggested_mapping == mapping


def test_overrides_name_fields_and_a_bad_one_is_refused(database: Database, tmp_path: Path) -> None:
    from shopnurture.errors import UserError

    path = write_xlsx(tmp_path / "c.xlsx", [["Correo", "Notas"], ["ana@example.es", "x"]])
    with pytest.raises(UserError) as refused:
        run_import(database, path, kind="contacts", overrides={"Notas": "colour"}, now=NOW)
    assert refused.value.code == "import.unknown_field"
    with pytest.raises(UserError) as missing:
        run_import(database, path, kind="contacts", overrides={"Correo": None}, now=NOW)
    assert missing.value.code == "import.missing_identity"


def test_a_different_email_on_a_known_phone_is_another_person(
    database: Database, database_path: Path, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "c.xlsx",
        [
            ["Correo", "Teléfono", "Nombre"],
            ["madre@example.es", "612345678", "Carmen"],
            ["hijo@example.es", "612345678", "Luis"],
        ],
    )
    report = run_import(database, path, kind="contacts", now=NOW)
    assert (report.created, report.updated) == (2, 0)
    assert rows_of(database_path, "SELECT email, phone, first_name FROM contact ORDER BY id") == [
        ("madre@example.es", "+34612345678", "Carmen"),
        ("hijo@example.es", None, "Luis"),  # a phone belongs to one contact
    ]
    again = run_import(database, path, kind="contacts", now=NOW)
    assert (again.created, again.updated) == (0, 0)
