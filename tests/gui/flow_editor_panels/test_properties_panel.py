"""The properties panel: a field for every parameter type, each finished gesture commits the
right parameters through the handler, and invalid values show a reason and commit nothing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, QTime

from shopnurture.domain.flows import NODE_KINDS, FlowGraph, Node
from shopnurture.domain.flows.templates import TEMPLATES, build_template
from shopnurture.gui.flow_editor.panels.editor_factory import HANDLED_TYPES
from shopnurture.gui.flow_editor.panels.properties_panel import NodePropertiesPanel
from tests.gui.keyboard import type_text


def single(kind: str, **params: Any) -> FlowGraph:
    flow = FlowGraph("test")
    flow.add_node(Node("step", kind, params))
    return flow


def retype(qtbot, line, text: str) -> None:  # type: ignore[no-untyped-def]
    """Select all, type the new text and press Enter, as the owner would."""
    line.setFocus()
    line.selectAll()
    if not text:
        qtbot.keyClick(line, Qt.Key.Key_Backspace)
    type_text(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def choose(combo, value: Any) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_every_parameter_type_of_the_catalogue_has_a_field() -> None:
    used = {spec.type for kind in NODE_KINDS.values() for spec in kind.params}
    assert used == HANDLED_TYPES


def test_every_field_reads_back_the_value_it_shows(styled_app, qtbot, shop) -> None:  # type: ignore[no-untyped-def]
    """Every node of the eleven templates and every kind with its defaults: what the fields
    show parses back to exactly the stored parameters."""
    panel = NodePropertiesPanel(shop.database)
    qtbot.addWidget(panel)
    flows = [build_template(key, "en") for key in TEMPLATES]
    flows += [single(kind) for kind in NODE_KINDS]
    checked = 0
    for flow in flows:
        for node in flow.nodes.values():
            panel.show_node(flow, node.id)
            for row in panel.rows.values():
                value, reason = row.editor.parsed()
                assert reason is None, (node.kind, row.key)
                stored = {name: node.params.get(name) for name in row.covers}
                shown = {row.covers[0]: value} if len(row.covers) == 1 else value
                assert shown == stored, (flow.name, node.id, row.key)
                checked += 1
    assert checked > 300


def test_numbers_commit_and_out_of_range_or_garbage_shows_why(open_panel, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_panel(single("logic.holdout"), "step")
    panel = window.panel
    line = panel.editor("percent").line
    retype(qtbot, line, "95")
    assert "too big" in panel.error_text("percent") and window.edits == []
    retype(qtbot, line, "abc")
    assert "whole number" in panel.error_text("percent") and window.edits == []
    retype(qtbot, line, "25")
    assert panel.error_text("percent") == ""
    assert window.edits == [("step", {"percent": 25})]


def test_errors_show_while_typing_before_anything_is_committed(open_panel, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_panel(single("action.change_score"), "step")
    line = window.panel.editor("points").line
    line.setFocus()
    line.selectAll()
    type_text(line, "5000")
    assert "too big" in window.panel.error_text("points")
    assert window.edits == []


def test_a_tag_is_required_and_offers_the_tags_in_use(open_panel, qtbot, shop) -> None:  # type: ignore[no-untyped-def]
    window = open_panel(single("action.add_tag", tag="old"), "step")
    editor = window.panel.editor("tag")
    retype(qtbot, editor.line, "")
    assert "required" in window.panel.error_text("tag") and window.edits == []
    retype(qtbot, editor.line, "vip")
    assert window.edits == [("step", {"tag": "vip"})]


def test_bool_choice_and_time_fields_commit_on_the_gesture(open_panel, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_panel(single("trigger.event"), "step")
    window.panel.editor("same_product").box.click()
    assert window.edits[-1][1]["same_product"] is True
    window = open_panel(single("action.set_phase"), "step")
    choose(window.panel.editor("phase").combo, "customer")
    assert window.edits == [("step", {"phase": "customer"})]
    window = open_panel(single("logic.wait_until"), "step")
    editor = window.panel.editor("time")
    editor.edit.setTime(QTime(18, 30))
    editor.edit.editingFinished.emit()
    assert window.edits[-1][1] == {"weekdays": [0, 1, 2, 3, 4], "time": "18:30"}
    qtbot.mouseClick(window.panel.editor("weekdays").buttons[5], Qt.MouseButton.LeftButton)
    assert window.edits[-1][1]["weekdays"] == [0, 1, 2, 3, 4, 5]


def test_a_wait_takes_an_amount_and_a_unit(open_panel, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_panel(single("logic.wait"), "step")
    editor = window.panel.editor("duration")
    assert (editor.amount.text(), editor.unit.currentData()) == ("1", "hours")
    choose(editor.unit, "days")
    retype(qtbot, editor.amount, "3")
    assert window.edits[-1][1]["duration"] == {"days": 3, "hours": 0, "minutes": 0}
    retype(qtbot, editor.amount, "a few")
    assert "not valid" in window.panel.error_text("duration")
    assert len(window.edits) == 2  # the unit, then 3 days; nothing for "a few"
    window = open_panel(single("logic.wait_for_event"), "step")
    retype(qtbot, window.panel.editor("timeout").amount, "0")
    assert "more than zero" in window.panel.error_text("timeout") and window.edits == []


def test_minutes_money_and_days_by_product_type(open_panel, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_panel(single("trigger.cart_abandoned"), "step")
    minutes = window.panel.editor("minutes")
    assert (minutes.amount.text(), minutes.unit.currentData()) == ("1", "hours")
    retype(qtbot, minutes.amount, "2")
    assert window.edits[-1][1]["minutes"] == 120
    choose(minutes.unit, "minutes")
    assert "too small" in window.panel.error_text("minutes")  # 2 minutes: at least 5
    retype(qtbot, window.panel.editor("min_value_cents").line, "12,50")
    assert window.edits[-1][1] == {"minutes": 120, "min_value_cents": 1250}
    retype(qtbot, window.panel.editor("min_value_cents").line, "12,5x")
    assert "whole number" in window.panel.error_text("min_value_cents")
    window = open_panel(single("logic.wait"), "step")
    retype(qtbot, window.panel.editor("days_by_kind").lines["soft"], "10")
    assert window.edits[-1][1]["days_by_kind"] == {"soft": 10}


def test_a_yearly_date_is_picked_on_a_calendar_and_weekly_shows_the_weekday(open_panel) -> None:  # type: ignore[no-untyped-def]
    window = open_panel(single("trigger.recurring_date"), "step")
    panel = window.panel
    editor = panel.editor("date")
    editor.edit.setDate(QDate(2024, 12, 24))
    editor.edit.editingFinished.emit()
    assert (window.edits[-1][1]["month"], window.edits[-1][1]["day"]) == (12, 24)
    assert not panel.editor("weekday").isVisibleTo(panel)
    choose(panel.editor("every").combo, "weekly")
    assert panel.editor("weekday").isVisibleTo(panel)
    assert not panel.editor("date").isVisibleTo(panel)
    choose(panel.editor("weekday").combo, 4)
    assert window.edits[-1][1]["weekday"] == 4 and window.edits[-1][1]["every"] == "weekly"


def test_the_activity_filter_offers_the_shops_products_and_categories(open_panel, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_panel(single("logic.goal"), "step")
    editor = window.panel.editor("filter")
    assert editor.product.findData("CAF-MAQ-PRO") > 0  # from the database
    assert editor.category.findData("ROP") > 0
    choose(editor.product, "CAF-MAQ-PRO")
    assert window.edits[-1][1]["filter"] == {"types": ["order"], "sku": "CAF-MAQ-PRO"}
    editor.type_boxes["review"].click()
    retype(qtbot, editor.min_rating.line, "4")
    assert window.edits[-1][1]["filter"] == {
        "types": ["order", "review"], "sku": "CAF-MAQ-PRO", "min_rating": 4,
    }  # fmt: skip


def test_the_condition_builder_adds_checks_and_removes_rules(open_panel, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_panel(single("logic.condition"), "step")
    builder = window.panel.editor("rules")
    qtbot.mouseClick(builder.add_button, Qt.MouseButton.LeftButton)
    row = builder.rule_rows[0]
    choose(row.field, "score")
    choose(row.operator, "ge")
    retype(qtbot, row.value.lineEdit(), "lots")
    assert "whole number" in window.panel.error_text("rules")
    retype(qtbot, row.value.lineEdit(), "50")
    assert window.edits[-1][1]["rules"] == [{"field": "score", "op": "ge", "value": 50}]
    qtbot.mouseClick(builder.add_button, Qt.MouseButton.LeftButton)
    second = builder.rule_rows[1]
    choose(second.field, "events")
    choose(second.activity, "order")
    retype(qtbot, second.days, "30")
    assert window.edits[-1][1]["rules"][1] == {
        "field": "events", "op": "ge", "value": 1, "filter": {"types": ["order"]}, "days": 30,
    }  # fmt: skip
    qtbot.mouseClick(builder.rule_rows[0].remove, Qt.MouseButton.LeftButton)
    assert [rule["field"] for rule in window.edits[-1][1]["rules"]] == ["events"]


def test_split_percentages_must_add_up_to_100(open_panel, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_panel(single("logic.random_split"), "step")
    editor = window.panel.editor("branches")
    retype(qtbot, editor.rows[0][1], "70")
    assert "add up to 100" in window.panel.error_text("branches") and window.edits == []
    retype(qtbot, editor.rows[1][1], "30")
    assert window.edits == [
        ("step", {"branches": [{"port": "A", "percent": 70}, {"port": "B", "percent": 30}]})
    ]


def test_a_label_is_renamed_through_its_own_handler(open_panel, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_panel(single("logic.wait"), "step")
    retype(qtbot, window.panel.label_edit, "Un día")
    assert window.flow.node("step").label == "Un día"
    assert window.edits == []


def test_a_broken_message_template_shows_why_and_is_not_committed(open_panel, qtbot) -> None:  # type: ignore[no-untyped-def]
    flow = build_template("cart_abandonment", "en")
    window = open_panel(flow, "reminder_1")
    editor = window.panel.editor("message")
    editor.body.setFocus()
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    type_text(editor.body, " {{ first_name")
    assert "cannot be read" in window.panel.error_text("message")
    editor.body.clearFocus()
    editor.sig_committed.emit()
    assert window.edits == []
    editor.body.setPlainText("Hola {{ first_name }}. Baja: {{ unsubscribe_url }}")
    editor.sig_committed.emit()
    assert window.edits[-1][1]["message"]["es"]["body"].startswith("Hola {{ first_name }}")
    assert window.edits[-1][1]["message"]["en"] == flow.node("reminder_1").params["message"]["en"]


def test_a_ready_made_message_sets_the_name_and_the_texts(open_panel) -> None:  # type: ignore[no-untyped-def]
    window = open_panel(single("action.send_sms"), "step")
    editor = window.panel.editor("message")
    assert editor.library.count() == 3  # the prompt and the two SMS of the templates
    editor.library.activated.emit(1)
    params = window.edits[-1][1]
    assert params["template"] == editor._messages[0].name
    assert "BAJA" in params["message"]["es"]["body"]
    assert editor.body.toPlainText() == params["message"]["es"]["body"]
