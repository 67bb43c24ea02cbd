"""Data-protection tools: export a contact's data, forget a contact, and no re-subscription."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from shopnurture.cli import main
from shopnurture.data.database import Database
from shopnurture.domain.contact_draft import ContactDraft
from shopnurture.errors import UserError
from shopnurture.services.contacts import save_contact
from shopnurture.services.importing.service import run_import
from shopnurture.services.privacy import export_contact_data, forget_contact

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
STAMP = "2026-11-23 10:00:00.000000"
EMAIL = "zacarias.quintanilla@ejemplo.es"
PHONE = "+34612398745"
OTHER_EMAIL = "begona.arrieta@ejemplo.es"


def _write_people(path: Path, *rows: tuple[str, str, str]) -> Path:
    lines = ["email;phone;first_name;accepts_email", *(f"{e};{p};{n};sí" for e, p, n in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _execute(path: Path, sql: str, *parameters: object) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        with connection:
            return connection.execute(sql, parameters).fetchall()
    finally:
        connection.close()


@pytest.fixture
def shop(database: Database, database_path: Path, tmp_path: Path) -> dict[str, int]:
    """Two imported contacts, each with activity, a flow run and a message; a suppression."""
    csv_path = _write_people(
        tmp_path / "clientes.csv",
        (EMAIL, "612 39 87 45", "Zacarías"),
        (OTHER_EMAIL, "699 11 22 33", "Begoña"),
    )
    run_import(database, csv_path, kind="contacts", default_country="ES", now=NOW)
    ids = dict(_execute(database_path, "SELECT first_name, id FROM contact"))
    _execute(
        database_path,
        "INSERT INTO flow (id, name, created_at, updated_at) VALUES (1, 'Carrito', ?, ?)",
        STAMP,
        STAMP,
    )
    for name, contact_id in ids.items():
        address = EMAIL if name == "Zacarías" else OTHER_EMAIL
        _execute(
            database_path,
            "INSERT INTO activity_event (contact_id, type, occurred_at, sku, product, created_at)"
            " VALUES (?, 'order', ?, ?, 'Café', ?)",
            contact_id,
            STAMP,
            f"SKU-{name}",
            STAMP,
        )
        _execute(
            database_path,
            "INSERT INTO flow_run (id, flow_id, contact_id, entered_at) VALUES (?, 1, ?, ?)",
            contact_id,
            contact_id,
            STAMP,
        )
        _execute(
            database_path,
            "INSERT INTO outbox_message (run_id, flow_id, contact_id, channel, recipient, subject,"
            " body_text, body_html, status, idempotency_key, due_at, created_at, updated_at)"
            " VALUES (?, 1, ?, 'email', ?, ?, ?, ?, 'sent', ?, ?, ?, ?)",
            contact_id,
            contact_id,
            address,
            f"{name}, tu carrito",
            f"Hola {name}, vuelve a por tu café.",
            f"<p>Hola {name}</p>",
            f"key-{contact_id}",
            STAMP,
            STAMP,
            STAMP,
        )
    _execute(
        database_path,
        "INSERT INTO suppression (channel, address, reason, created_at) "
        "VALUES ('email', ?, '550 no such user', ?)",
        EMAIL,
        STAMP,
    )
    return {"forgotten": ids["Zacarías"], "other": ids["Begoña"]}


def test_the_export_holds_everything_about_the_contact_and_nothing_of_another(
    database: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    path = export_contact_data(database, shop["forgotten"], tmp_path / "zacarias.json")

    text = path.read_text(encoding="utf-8")
    document = json.loads(text)
    assert document["contact"]["email"] == EMAIL
    assert document["contact"]["phone"] == PHONE
    assert document["contact"]["first_name"] == "Zacarías"  # UTF-8, not \\u escapes
    assert "Zacarías" in text
    assert [event["sku"] for event in document["activity_events"]] == ["SKU-Zacarías"]
    assert [entry["status"] for entry in document["consent_log"]] == ["granted"]
    assert [run["flow_name"] for run in document["flow_runs"]] == ["Carrito"]
    [message] = document["outbox_messages"]
    assert (message["subject"], message["status"]) == ("Zacarías, tu carrito", "sent")
    assert "Hola Zacarías" in message["body_text"]
    assert [entry["address"] for entry in document["suppressions"]] == [EMAIL]
    for trace in ("Begoña", "begona", "699112233", "SKU-Begoña"):
        assert trace not in text


def test_exporting_an_unknown_contact_is_a_user_error(database: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError) as caught:
        export_contact_data(database, 999, tmp_path / "nobody.json")
    assert caught.value.code == "contact.not_found"
    assert not (tmp_path / "nobody.json").exists()


def _file_bytes(database_path: Path) -> bytes:
    wal = database_path.with_name(database_path.name + "-wal")
    return database_path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_forgetting_leaves_no_trace_of_the_person_in_the_file(
    database: Database, database_path: Path, shop: dict[str, int]
) -> None:
    contact_id = shop["forgotten"]
    before = _file_bytes(database_path).lower()
    assert b"quintanilla" in before  # the check below would find it

    forget_contact(database, contact_id, now=NOW)

    data = _file_bytes(database_path).lower()
    for trace in ("quintanilla", "zacarías", "zacarias", "612398745", "612 39 87 45"):
        assert trace.encode() not in data, trace
    assert b"begona.arrieta" in data  # the other contact is untouched
    assert _execute(database_path, "SELECT count(*) FROM contact") == [(1,)]
    for table in ("activity_event", "flow_run"):
        assert _execute(database_path, f"SELECT contact_id FROM {table}") == [(shop["other"],)]
    # Their message stays as a statistic, blank and unlinked.
    assert _execute(
        database_path,
        "SELECT contact_id, recipient, subject, body_text, body_html, status "
        "FROM outbox_message WHERE idempotency_key = ?",
        f"key-{contact_id}",
    ) == [(None, "", None, "", None, "sent")]
    assert _execute(database_path, "SELECT count(*) FROM suppression") == [(0,)]
    hashes = _execute(database_path, "SELECT channel, subject_hash FROM forgotten_subject")
    assert sorted(channel for channel, _ in hashes) == ["email", "sms"]
    assert all(len(value) == 64 for _, value in hashes)
    # The consent log keeps its old entry and shows the erasure, by hash only.
    log = _execute(
        database_path,
        "SELECT channel, status, source, subject_hash FROM consent_log WHERE contact_id = ? "
        "ORDER BY id",
        contact_id,
    )
    assert log[0][:3] == ("email", "granted", "import")
    assert sorted(log[1:]) == sorted(
        (channel, "withdrawn", "forgotten", value) for channel, value in hashes
    )
    assert _execute(database_path, "SELECT count(*) FROM setting WHERE key = 'privacy.salt'") == [
        (1,)
    ]


def test_forgetting_an_unknown_contact_changes_nothing(
    database: Database, database_path: Path, shop: dict[str, int]
) -> None:
    with pytest.raises(UserError) as caught:
        forget_contact(database, 999, now=NOW)
    assert caught.value.code == "contact.not_found"
    assert _execute(database_path, "SELECT count(*) FROM contact") == [(2,)]
    assert _execute(database_path, "SELECT count(*) FROM forgotten_subject") == [(0,)]


def test_a_reimport_brings_them_back_without_consent(
    database: Database, database_path: Path, shop: dict[str, int], tmp_path: Path
) -> None:
    forget_contact(database, shop["forgotten"], now=NOW)
    csv_path = _write_people(tmp_path / "again.csv", (EMAIL, "612398745", "Zacarías"))

    report = run_import(database, csv_path, kind="contacts", default_country="ES", now=NOW)

    assert report.created == 1
    [(new_id, email_consent, sms_consent, source)] = _execute(
        database_path,
        "SELECT id, email_consent, sms_consent, email_consent_source FROM contact WHERE email = ?",
        EMAIL,
    )
    assert (email_consent, sms_consent, source) == ("withdrawn", "withdrawn", "forgotten")
    assert new_id != shop["forgotten"]  # else the old log entries would seem theirs
    # The file's "sí" does not grant anything: only the forced withdrawal is logged.
    assert _execute(
        database_path,
        "SELECT channel, status, source FROM consent_log WHERE contact_id = ? ORDER BY channel",
        new_id,
    ) == [("email", "withdrawn", "forgotten"), ("sms", "withdrawn", "forgotten")]


def test_a_forgotten_person_added_by_hand_gets_no_consent(
    database: Database, database_path: Path, shop: dict[str, int]
) -> None:
    forget_contact(database, shop["forgotten"], now=NOW)
    draft = ContactDraft(first_name="Zacarías", phone="612 39 87 45", email_consent="granted")

    new_id = save_contact(database, draft, today=date(2026, 11, 23))

    assert _execute(
        database_path, "SELECT email_consent, sms_consent FROM contact WHERE id = ?", new_id
    ) == [("withdrawn", "withdrawn")]
    sources = _execute(
        database_path,
        "SELECT DISTINCT source FROM consent_log WHERE contact_id = ? AND subject_hash IS NULL",
        new_id,
    )
    assert ("forgotten",) in sources
    # Someone else is still added with the consent they gave.
    other = save_contact(
        database,
        ContactDraft(first_name="Nuevo", email="nuevo@ejemplo.es", email_consent="granted"),
        today=date(2026, 11, 23),
    )
    assert _execute(database_path, "SELECT email_consent FROM contact WHERE id = ?", other) == [
        ("granted",)
    ]


def test_the_cli_refuses_to_forget_without_yes(
    capsys: pytest.CaptureFixture[str], database_path: Path, shop: dict[str, int]
) -> None:
    contact_id = str(shop["forgotten"])
    code = main(["--db", str(database_path), "contacts", "forget", contact_id])
    assert code == 2
    assert "--yes" in capsys.readouterr().err
    assert _execute(database_path, "SELECT count(*) FROM contact") == [(2,)]

    assert main(["--db", str(database_path), "contacts", "forget", contact_id, "--yes"]) == 0
    assert _execute(database_path, "SELECT count(*) FROM contact") == [(1,)]


def test_the_cli_exports_and_reports_an_unknown_contact_in_one_line(
    capsys: pytest.CaptureFixture[str], database_path: Path, shop: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "out.json"
    code = main(["--db", str(database_path), "contacts", "export-data", "1", str(target)])
    assert code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["contact"]["id"] == 1
    capsys.readouterr()

    code = main(["--db", str(database_path), "contacts", "forget", "999", "--yes"])
    assert code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "999" in err


def test_a_new_contact_never_gets_the_id_of_a_forgotten_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, date, datetime

    from shopnurture.data.database import open_database
    from shopnurture.domain.contact_draft import ContactDraft
    from shopnurture.services.contacts import save_contact
    from shopnurture.services.privacy import forget_contact

    database = open_database(tmp_path / "shop.sqlite")
    today = date(2026, 11, 23)
    save_contact(database, ContactDraft(first_name="Ana", email="ana@example.es"), today=today)
    last = save_contact(
        database,
        ContactDraft(first_name="Pepe", email="pepe@example.es", email_consent="granted"),
        today=today,
    )
    forget_contact(database, last, now=datetime(2026, 11, 23, tzinfo=UTC))
    newcomer = save_contact(
        database, ContactDraft(first_name="Eva", email="eva@example.es"), today=today
    )
    assert newcomer > last
    database.close()


def test_a_forgotten_address_typed_into_another_contact_withdraws_its_consent(
    database: Database, database_path: Path, shop: dict[str, int]
) -> None:
    forget_contact(database, shop["forgotten"], now=NOW)
    today = date(2026, 11, 23)
    other = save_contact(
        database,
        ContactDraft(first_name="Nuevo", email="nuevo@ejemplo.es", email_consent="granted"),
        today=today,
    )

    # The owner later types the forgotten person's phone into that contact.
    edited = ContactDraft(
        first_name="Nuevo", email="nuevo@ejemplo.es", phone="612 39 87 45", email_consent="granted"
    )
    save_contact(database, edited, contact_id=other, today=today)

    assert _execute(
        database_path, "SELECT email_consent, sms_consent FROM contact WHERE id = ?", other
    ) == [("withdrawn", "withdrawn")]
    assert ("email", "withdrawn", "forgotten") in _execute(
        database_path, "SELECT channel, status, source FROM consent_log WHERE contact_id = ?", other
    )
    # Editing another field later, with the same addresses, is an ordinary edit.
    edited.first_name = "Nuevo Nombre"
    edited.email_consent = "granted"
    save_contact(database, edited, contact_id=other, today=today)
    assert _execute(database_path, "SELECT email_consent FROM contact WHERE id = ?", other) == [
        ("granted",)
    ]


def test_forgetting_also_erases_the_person_from_pre_migration_backups(
    database: Database, database_path: Path, shop: dict[str, int]
) -> None:
    from shopnurture.data.backup_scrub import backups_of
    from shopnurture.data.database import _backup_before_migration

    source = sqlite3.connect(database_path)
    try:
        backup = _backup_before_migration(source, database_path, 5)
    finally:
        source.close()
    assert backups_of(database_path) == [backup]
    assert b"quintanilla" in _file_bytes(backup).lower()

    forget_contact(database, shop["forgotten"], now=NOW)

    data = _file_bytes(backup).lower()
    for trace in ("quintanilla", "zacar", "612398745"):
        assert trace.encode() not in data, trace
    assert b"begona.arrieta" in data  # the other contact stays in the backup
    assert _execute(backup, "SELECT count(*) FROM contact") == [(1,)]
    assert _execute(
        backup, "SELECT count(*) FROM contact_search WHERE contact_search MATCH 'zac'"
    ) == [(0,)]
    assert _execute(backup, "PRAGMA integrity_check") == [("ok",)]
