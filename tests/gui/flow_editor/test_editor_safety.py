"""Nothing is lost: unsaved edits are autosaved as a draft that a new editor offers back (and
restores exactly), saving removes it, closing asks Save / Discard / Cancel, and a refused
activation tells the owner what to fix in the editor (not a command to type)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QMessageBox

from shopnurture.domain.flows import FlowGraph, Node, flow_to_document
from shopnurture.gui import flows_page
from shopnurture.gui.flow_editor import editor_io
from shopnurture.gui.flow_editor.window import FlowEditorWindow
from shopnurture.gui.flows_page import FlowsPage
from shopnurture.services.engine.flow_drafts import read_draft
from shopnurture.services.engine.flow_service import (
    add_flow_from_template,
    create_flow,
    load_flow,
)

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
Button = QMessageBox.StandardButton


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """Every QMessageBox.question of the editor answers `button`; returns the titles asked."""
    asked: list[str] = []

    def question(_parent, title, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        asked.append(title)
        return button

    monkeypatch.setattr(editor_io.QMessageBox, "question", question)
    return asked


def _open(qtbot, database, flow_id: int) -> FlowEditorWindow:  # type: ignore[no-untyped-def]
    window = FlowEditorWindow.open_stored(database, flow_id, language="en")
    qtbot.addWidget(window)
    window.show()
    return window


def _edit(window: FlowEditorWindow) -> None:
    """Two edits the stored flow lacks: a moved step and a new, labelled one."""
    document = window.editor.document
    document.move_nodes({"reminder_1": (600.0, 420.0)})
    new_id = document.add_node("logic.wait", (900.0, 100.0), {"duration": {"days": 3}})
    document.set_node_label(new_id, "Think it over")


def test_an_autosaved_draft_comes_back_exactly_and_saving_removes_it(
    qtbot, styled_app, database, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(editor_io, "AUTOSAVE_MS", 30)
    flow_id = add_flow_from_template(database, "cart_abandonment", now=NOW, language="en")
    stored = flow_to_document(load_flow(database, flow_id)[1])
    first = _open(qtbot, database, flow_id)
    _edit(first)
    edited = flow_to_document(first.editor.document.flow)
    qtbot.waitUntil(lambda: read_draft(database.path, flow_id) is not None, timeout=3000)
    draft = read_draft(database.path, flow_id)
    assert draft is not None and flow_to_document(draft.flow) == edited
    first.editor.saver.autosave_timer.stop()  # as if shopnurture had crashed here

    asked = _answer(monkeypatch, Button.Yes)
    second = _open(qtbot, database, flow_id)
    assert asked == ["Unsaved changes found"]
    assert flow_to_document(second.editor.document.flow) == edited
    assert second.editor.document.is_dirty and second.isWindowModified()
    assert flow_to_document(load_flow(database, flow_id)[1]) == stored  # not saved yet

    task = second.editor.save()
    assert task is not None
    qtbot.waitUntil(lambda: not second.editor.document.is_dirty, timeout=5000)
    assert read_draft(database.path, flow_id) is None
    assert flow_to_document(load_flow(database, flow_id)[1]) == edited


def test_declining_the_draft_opens_the_stored_flow_and_drops_the_draft(
    qtbot, styled_app, database, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    flow_id = add_flow_from_template(database, "birthday", now=NOW, language="en")
    first = _open(qtbot, database, flow_id)
    first.editor.document.move_nodes({"trigger": (500.0, 0.0)})
    first.editor.saver.write_draft_now()
    first.editor.saver.autosave_timer.stop()
    _answer(monkeypatch, Button.No)
    second = _open(qtbot, database, flow_id)
    assert second.editor.document.flow.nodes["trigger"].position != (500.0, 0.0)
    assert not second.editor.document.is_dirty
    assert read_draft(database.path, flow_id) is None


@pytest.mark.parametrize("answer", [Button.Cancel, Button.Discard, Button.Save])
def test_closing_with_unsaved_changes_asks_and_does_what_was_chosen(
    qtbot, styled_app, database, monkeypatch, answer
) -> None:  # type: ignore[no-untyped-def]
    flow_id = add_flow_from_template(database, "cart_abandonment", now=NOW, language="en")
    stored = flow_to_document(load_flow(database, flow_id)[1])
    window = _open(qtbot, database, flow_id)
    _edit(window)
    edited = flow_to_document(window.editor.document.flow)
    window.editor.saver.write_draft_now()
    asked = _answer(monkeypatch, answer)

    closed = window.close()

    assert asked == ["Unsaved changes"]
    if answer == Button.Cancel:
        assert not closed and window.isVisible() and window.editor.document.is_dirty
        assert read_draft(database.path, flow_id) is not None  # still safe on disk
        assert flow_to_document(load_flow(database, flow_id)[1]) == stored
    elif answer == Button.Discard:
        assert closed and not window.isVisible()
        assert read_draft(database.path, flow_id) is None
        assert flow_to_document(load_flow(database, flow_id)[1]) == stored
    else:  # saves first, closes once stored
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
        assert flow_to_document(load_flow(database, flow_id)[1]) == edited
        assert read_draft(database.path, flow_id) is None


def test_closing_without_changes_does_not_ask(qtbot, styled_app, database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    flow_id = add_flow_from_template(database, "offer", now=NOW, language="en")
    window = _open(qtbot, database, flow_id)
    asked = _answer(monkeypatch, Button.Cancel)
    assert window.close() and asked == []


def test_a_refused_activation_says_what_to_fix_in_the_editor_not_a_command(
    qtbot, styled_app, database, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    broken = FlowGraph(name="Half built")
    broken.add_node(Node("start", "trigger.manual", {}, position=(0.0, 0.0)))
    broken.add_node(Node("email", "action.send_email", {}, position=(0.0, 140.0)))
    broken.connect("start", "next", "email")
    create_flow(database, broken, now=NOW)
    page = FlowsPage(database)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    page.table.selectRow(0)
    said: list[str] = []
    page.sig_status_message.connect(said.append)
    monkeypatch.setattr(flows_page, "confirm_activation", lambda *_args: True)
    page.activate_selected()
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert "cannot be activated yet" in said[-1] and "red “!”" in said[-1]
    assert "shopnurture flows" not in said[-1]
