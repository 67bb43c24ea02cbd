"""The Automations page lists flows, opens one in the editor window and activates it."""

from __future__ import annotations

from datetime import UTC, datetime

from shopnurture.gui import flows_page
from shopnurture.gui.flows_page import FlowsPage
from shopnurture.services.engine.flow_service import add_flow_from_template, load_flow


def test_the_page_lists_opens_and_activates_a_flow(
    qtbot, styled_app, database, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    flow_id = add_flow_from_template(
        database, "cart_abandonment", now=datetime(2026, 1, 1, tzinfo=UTC), language="en"
    )
    page = FlowsPage(database)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    assert page.table.item(0, 1).text() == "Draft"
    page.table.selectRow(0)
    window = page.open_selected()
    assert window is not None and window.editor.document.flow_id == flow_id
    assert len(window.editor.scene.node_items) == 16
    window.close()
    monkeypatch.setattr(flows_page, "confirm_activation", lambda *_args: True)
    page.activate_selected()
    qtbot.waitUntil(lambda: bool(page.rows) and page.rows[0]["status"] == "active", timeout=5000)
    assert load_flow(database, flow_id)[0].status == "active"
    assert page.buttons["pause"].isEnabled() and not page.buttons["activate"].isEnabled()
