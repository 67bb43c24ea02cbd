"""The Contacts page driven as the owner would: add, edit, search, delete and undo."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import text

from shopnurture.data.contacts import count_contacts
from shopnurture.domain.contact_draft import ContactDraft
from shopnurture.services.contacts import save_contact
from tests.gui.keyboard import type_text


def _db_rows(database, sql: str) -> list[tuple]:  # type: ignore[no-untyped-def]
    with database.read_session() as session:
        return [tuple(row) for row in session.connection().execute(text(sql))]


def _add(database, first: str, last: str, email: str, **extra) -> int:  # type: ignore[no-untyped-def]
    return save_contact(
        database,
        ContactDraft(first_name=first, last_name=last, email=email, **extra),
        today=date(2026, 11, 23),
    )


def test_adding_a_contact_through_the_form_stores_it_cleaned(main_window, qtbot, database) -> None:  # type: ignore[no-untyped-def]
    page = main_window.contacts_page
    dialog = page.open_contact_dialog()
    qtbot.addWidget(dialog)
    type_text(dialog.first_name, "Lucía")
    type_text(dialog.last_name, "Núñez Peña")
    type_text(dialog.email, "  Lucia.Nunez@Example.ES ")
    type_text(dialog.phone, "612 34 56 78")
    type_text(dialog.tags, "VIP, newsletter, vip")
    dialog.email_consent.setCurrentIndex(dialog.email_consent.findData("granted"))
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == dialog.DialogCode.Accepted
    rows = _db_rows(
        database, "SELECT first_name, last_name, email, phone, tags, email_consent FROM contact"
    )
    assert rows == [
        (
            "Lucía",
            "Núñez Peña",
            "lucia.nunez@example.es",
            "+34612345678",
            "newsletter,vip",
            "granted",
        )
    ]
    consent = _db_rows(database, "SELECT channel, status, source FROM consent_log")
    assert consent == [("email", "granted", "manual")]
    page._after_save(dialog.saved_contact_id, "added")
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == "Lucía Núñez Peña"
    assert page.detail.title.text() == "Lucía Núñez Peña"


def test_an_invalid_email_or_phone_is_explained_and_nothing_is_saved(
    main_window, qtbot, database
) -> None:  # type: ignore[no-untyped-def]
    dialog = main_window.contacts_page.open_contact_dialog()
    qtbot.addWidget(dialog)
    type_text(dialog.first_name, "Pepe")
    type_text(dialog.email, "pepe@@example")
    assert "not valid" in dialog.field_error("email")
    type_text(dialog.phone, "12")
    assert "not valid" in dialog.field_error("phone")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.field_error("email") and dialog.field_error("phone")
    assert _db_rows(database, "SELECT count(*) FROM contact") == [(0,)]
    assert _db_rows(database, "SELECT count(*) FROM consent_log") == [(0,)]


def test_a_duplicate_email_is_refused_on_the_field(main_window, qtbot, database) -> None:  # type: ignore[no-untyped-def]
    _add(database, "Ana", "Ruiz", "ana@example.es")
    dialog = main_window.contacts_page.open_contact_dialog()
    qtbot.addWidget(dialog)
    type_text(dialog.email, "ANA@example.es")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert "already has the email" in dialog.field_error("email")
    assert _db_rows(database, "SELECT count(*) FROM contact") == [(1,)]


def test_editing_changes_only_what_was_edited(main_window, qtbot, database) -> None:  # type: ignore[no-untyped-def]
    contact_id = _add(database, "Jorge", "Martín", "jorge@example.es", city="Sevilla", tags="vip")
    with database.write_session() as session:
        session.connection().execute(
            text(
                "UPDATE contact SET external_id = 'shopify-77', "
                'custom_fields = \'{"talla": "M"}\''
            )
        )
    page = main_window.contacts_page
    page.model.reload()
    assert page.select_contact(contact_id)
    dialog = page.open_contact_dialog(contact_id)
    qtbot.addWidget(dialog)
    assert dialog.email.text() == "jorge@example.es"
    dialog.city.clear()
    type_text(dialog.city, "Málaga")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert _db_rows(
        database, "SELECT first_name, email, city, tags, external_id, custom_fields FROM contact"
    ) == [("Jorge", "jorge@example.es", "Málaga", "vip", "shopify-77", '{"talla": "M"}')]


def test_search_as_you_type_filters_the_list(main_window, qtbot, database) -> None:  # type: ignore[no-untyped-def]
    _add(database, "José", "Núñez", "jose@example.es", tags="mayorista")
    _add(database, "Ana", "Ruiz", "ana@example.mx")
    _add(database, "Íñigo", "Peña", "inigo@example.es")
    page = main_window.contacts_page
    page.model.reload()
    assert page.model.rowCount() == 3
    with qtbot.waitSignal(page.model.sig_total_changed, timeout=2000):
        type_text(page.search, "nunez")
    assert page.model.rowCount() == 1
    assert page.model.index(0, 1).data() == "jose@example.es"
    assert page.count_label.text() == "1 contact"
    with qtbot.waitSignal(page.model.sig_total_changed, timeout=2000):
        page.search.setText("example.es")
    assert sorted(page.model.index(r, 0).data() for r in range(page.model.rowCount())) == [
        "José Núñez",
        "Íñigo Peña",
    ]


def test_delete_asks_and_can_be_undone_and_redone(
    main_window, qtbot, database, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    keep = _add(database, "Ana", "Ruiz", "ana@example.mx")
    gone = _add(database, "José", "Núñez", "jose@example.es")
    page = main_window.contacts_page
    page.model.reload()
    page.select_contact(gone)
    asked: list[int] = []
    monkeypatch.setattr(page, "confirm_delete", lambda count: asked.append(count) or True)
    page.delete_selected()
    assert asked == [1]
    assert _db_rows(database, "SELECT id FROM contact") == [(keep,)]
    assert page.model.rowCount() == 1
    main_window.undo_stack.undo()
    assert sorted(_db_rows(database, "SELECT id FROM contact")) == sorted([(keep,), (gone,)])
    assert page.model.rowCount() == 2
    main_window.undo_stack.redo()
    assert _db_rows(database, "SELECT id FROM contact") == [(keep,)]


def test_cancelling_the_confirmation_deletes_nothing(main_window, database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    contact_id = _add(database, "Ana", "Ruiz", "ana@example.mx")
    page = main_window.contacts_page
    page.model.reload()
    page.select_contact(contact_id)
    monkeypatch.setattr(page, "confirm_delete", lambda count: False)
    page.delete_selected()
    with database.read_session() as session:
        assert count_contacts(session=session) == 1
    assert main_window.undo_stack.count() == 0


def test_the_list_loads_lazily_page_by_page(main_window, qtbot, database) -> None:  # type: ignore[no-untyped-def]
    from shopnurture.data import contacts
    from shopnurture.gui.contacts.contacts_model import PAGE_SIZE

    with database.write_session() as session:
        for i in range(PAGE_SIZE * 2 + 15):
            contacts.create_contact(
                session=session, values={"first_name": f"N{i:04d}", "email": f"n{i}@example.es"}
            )
    model = main_window.contacts_page.model
    with qtbot.waitSignal(model.sig_total_changed, timeout=5000):
        model.reload()
    assert model.rowCount() == PAGE_SIZE
    assert model.total == PAGE_SIZE * 2 + 15
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == PAGE_SIZE * 2 + 15
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == sorted(names) and len(set(names)) == len(names)


def test_a_contact_can_get_their_data_and_be_forgotten(
    main_window, qtbot, database, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    import json

    keep = _add(database, "Ana", "Ruiz", "ana@example.mx")
    gone = _add(database, "José", "Núñez", "jose@example.es")
    page = main_window.contacts_page
    page.model.reload()
    page.select_contact(gone)
    assert page.privacy_button.isEnabled()
    target = tmp_path / "jose.json"
    page.privacy.export_data(gone, target)
    qtbot.waitUntil(lambda: page.privacy.task.done, timeout=5000)
    assert "jose@example.es" in json.dumps(json.loads(target.read_text(encoding="utf-8")))
    with qtbot.waitSignal(page.privacy.sig_contact_forgotten, timeout=10_000):
        page.privacy.forget(gone, "José Núñez", confirmed=True)
    assert _db_rows(database, "SELECT id FROM contact") == [(keep,)]
    assert page.model.rowCount() == 1
    assert main_window.undo_stack.count() == 0
