"""The properties panel beside the canvas: it follows the selection, its edits are undoable
document commands, and an undo shows the old value again in the panel."""

from __future__ import annotations

from datetime import UTC, datetime

from shopnurture.gui.flow_editor.window import FlowEditorWindow
from shopnurture.services.engine.flow_service import add_flow_from_template

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_an_edit_in_the_panel_is_one_undo_step_and_undo_shows_the_old_value(
    qtbot, styled_app, database
) -> None:  # type: ignore[no-untyped-def]
    flow_id = add_flow_from_template(database, "cart_abandonment", now=NOW, language="en")
    window = FlowEditorWindow.open_stored(database, flow_id, language="en")
    qtbot.addWidget(window)
    window.show()
    document, panel = window.editor.document, window.properties.panel
    assert window.editor.side_panel() is panel
    assert panel.editor("duration") is None  # nothing selected yet

    window.editor.scene.node_items["wait_1"].setSelected(True)
    duration = panel.editor("duration")
    assert duration is not None
    assert duration.parsed() == ({"days": 1, "hours": 0, "minutes": 0}, None)
    steps_before = document.undo_stack.count()

    duration.set_value({"days": 0, "hours": 5, "minutes": 0})
    duration.sig_committed.emit()

    assert document.flow.node("wait_1").params["duration"] == {"days": 0, "hours": 5, "minutes": 0}
    assert document.undo_stack.count() == steps_before + 1
    assert document.is_dirty
    document.undo_stack.undo()
    assert document.flow.node("wait_1").params["duration"] == {"days": 1, "hours": 0, "minutes": 0}
    assert panel.editor("duration").parsed() == ({"days": 1, "hours": 0, "minutes": 0}, None)

    window.editor.scene.clearSelection()
    assert panel.editor("duration") is None
