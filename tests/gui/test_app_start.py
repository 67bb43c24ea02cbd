"""Starting the app: the smoke test, refusing bad files, switching shops."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from shopnurture.gui.app import ShopAppController, run_gui


def test_smoke_start_shows_a_window_at_once_then_the_main_window(
    styled_app, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    code = run_gui(database_path=tmp_path / "shop.sqlite", smoke_test=True)
    assert code == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["first window shown", "main window shown: Mi tienda · shopnurture"]
    assert (tmp_path / "shop.sqlite").exists()


def test_a_file_that_is_not_a_shop_is_refused_without_changes(
    styled_app, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    sheet = tmp_path / "clientes.xlsx"
    sheet.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    code = run_gui(database_path=sheet, smoke_test=True)
    assert code == 1
    assert "is not a shopnurture database" in capsys.readouterr().err
    assert sheet.read_bytes() == b"PK\x03\x04" + b"\x00" * 200


def _open(controller: ShopAppController, qtbot, path: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(controller.sig_shop_opened, timeout=10_000):
        controller.open_shop(path)


@pytest.fixture
def make_controller(styled_app):  # type: ignore[no-untyped-def]
    """Controllers whose windows are closed after the test (the controller deletes the
    windows it replaces itself, so pytest-qt must not track them)."""
    made: list[ShopAppController] = []

    def make(explicit_path: Path | None = None) -> ShopAppController:
        controller = ShopAppController(styled_app, explicit_path=explicit_path)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        if controller.window is not None:
            controller.window.quitting = True
            controller.window.close()
            controller.window.deleteLater()
        controller.shutdown()


def test_opening_a_bad_file_keeps_the_current_shop(
    make_controller, qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    controller = make_controller()
    _open(controller, qtbot, tmp_path / "first.sqlite")
    first_window = controller.window
    bad = tmp_path / "notes.sqlite"
    bad.write_text("just some notes")
    with qtbot.waitSignal(controller.sig_open_failed, timeout=10_000):
        controller.open_shop(bad)
    assert controller.window is first_window
    assert controller.database.path == (tmp_path / "first.sqlite").resolve()
    assert shown and "not a shopnurture database" in shown[0]
    assert bad.read_text() == "just some notes"


def test_new_empty_shop_never_overwrites_an_existing_file(
    make_controller, qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    controller = make_controller()
    _open(controller, qtbot, tmp_path / "first.sqlite")
    existing = tmp_path / "existing.sqlite"
    existing.write_text("something precious")
    controller._on_window_new_shop_requested(str(existing))
    assert warned
    assert existing.read_text() == "something precious"
    with qtbot.waitSignal(controller.sig_shop_opened, timeout=10_000):
        controller._on_window_new_shop_requested(str(tmp_path / "fresh.sqlite"))
    assert controller.database.path == (tmp_path / "fresh.sqlite").resolve()


@pytest.mark.parametrize("language", ["es", "en"])
def test_changing_the_language_rebuilds_the_window_in_it(
    make_controller, qtbot, tmp_path: Path, language: str
) -> None:  # type: ignore[no-untyped-def]
    controller = make_controller(tmp_path / "shop.sqlite")
    _open(controller, qtbot, tmp_path / "shop.sqlite")
    assert controller.window.navigation.item(0).text() == "Contacts"  # the system's (en)
    names = {"es": "Contactos", "en": "Contacts"}
    other = "en" if language == "es" else "es"
    for wanted in (language, other):
        page = controller.window.settings_page
        page.language.setCurrentIndex(page.language.findData(wanted))
        controller.window.show_page("settings")
        saved = page.save()
        assert saved
        assert controller.window.navigation.item(0).text() == names[wanted]
        assert controller.window.stack.currentWidget() is controller.window.settings_tabs


def test_the_demo_shop_opens_filled_and_apart_from_the_owners_shop(
    make_controller, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from shopnurture.gui.app import demo_database_path

    controller = make_controller()
    _open(controller, qtbot, tmp_path / "mine.sqlite")
    with qtbot.waitSignal(controller.sig_shop_opened, timeout=20_000):
        controller.open_demo_shop()
    assert controller.database.path == demo_database_path().resolve()
    assert controller.window.is_demo and controller.window.demo_badge.isVisibleTo(controller.window)
    page = controller.window.contacts_page
    assert page.model.rowCount() == 150
    # The owner's own shop got none of it.
    from shopnurture.data.contacts import count_contacts
    from shopnurture.data.database import open_database

    mine = open_database(tmp_path / "mine.sqlite")
    with mine.read_session() as session:
        assert count_contacts(session=session) == 0
    mine.close()
    # Opening the demo again does not load it twice.
    with qtbot.waitSignal(controller.sig_shop_opened, timeout=20_000):
        controller.open_demo_shop()
    assert controller.window.contacts_page.model.rowCount() == 150


def test_the_open_shop_sends_in_the_background_one_window_at_a_time(
    make_controller, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    first = make_controller(tmp_path / "shop.sqlite")
    _open(first, qtbot, tmp_path / "shop.sqlite")
    assert first.sending is not None and first.sending.scheduler.running
    with qtbot.waitSignal(first.sending.sig_cycle_finished, timeout=15_000):
        first.sending.run_soon()
    assert first.window.sending_label.text().startswith("Sending on · last run")
    first.window.pause_action.setChecked(True)
    assert first.sending.paused
    assert first.window.sending_label.text().startswith("Sending paused")
    # A second window on the same shop shows it but does not send.
    second = make_controller(tmp_path / "shop.sqlite")
    _open(second, qtbot, tmp_path / "shop.sqlite")
    assert not second.sending.scheduler.running
    assert "already sending for this shop" in second.window.sending_label.text()
