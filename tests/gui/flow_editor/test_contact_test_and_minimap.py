"""The canvas's "test with a contact" mode (the path and its times on the nodes, cleared on
leaving) and the minimap of a large flow (shown only when the flow does not fit; a click in
it moves the view)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from shopnurture.data.clock import utc_now
from shopnurture.domain.flows import FlowGraph, Node
from shopnurture.domain.flows.templates import build_template
from shopnurture.gui.flow_editor.document import FlowDocument
from shopnurture.gui.flow_editor.editor import FlowEditorWidget
from shopnurture.gui.flow_editor.trace_view import FADED
from tests.engine.shop import Shop

H, M = timedelta(hours=1), timedelta(minutes=1)


def _editor(qtbot, flow: FlowGraph, database=None) -> FlowEditorWidget:  # type: ignore[no-untyped-def]
    editor = FlowEditorWidget(FlowDocument(flow), language="en", database=database)
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def test_the_cart_path_of_a_contact_is_highlighted_with_times_and_cleared_on_leaving(
    qtbot, styled_app, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    shop = Shop(tmp_path / "shop.sqlite")
    lucia = shop.contact("Lucía")
    shop.contact("Pedro")
    cart_at = utc_now().replace(microsecond=0) - timedelta(days=3)
    shop.event(lucia, "add_to_cart", cart_at, sku="ROP-CAM", quantity=1, value_cents=1990)
    shop.event(lucia, "checkout_started", cart_at + 5 * M, quantity=1, value_cents=1990)
    shop.order(lucia, cart_at + 5 * H, ("ROP-CAM", 1), order_id="L1")
    editor = _editor(qtbot, build_template("cart_abandonment", "en"), shop.database)
    bar = editor.contact_test
    assert bar is not None and bar.isHidden()

    editor.test_action.setChecked(True)
    assert not bar.isHidden()
    picker = bar.picker
    qtbot.waitUntil(lambda: picker.contact.count() == 2, timeout=5000)
    picker.search.setText("lucía")
    qtbot.waitUntil(lambda: picker.contact.count() == 1, timeout=5000)
    with qtbot.waitSignal(bar.trace_shown, timeout=15000):
        assert picker.choose(lucia)

    scene = editor.scene
    labelled = {node_id for node_id, item in scene.node_items.items() if item._trace}
    assert labelled == {"trigger", "stock_1", "reminder_1", "wait_1", "bought", "thanks",
                        "thanked"}  # fmt: skip
    assert scene.node_items["trigger"]._trace.startswith("on entry · ")
    assert scene.node_items["reminder_1"]._trace.startswith("on entry · ")  # right after the check
    # Entered an hour after checkout (cart + 1 h 5 min); bought at cart + 5 h.
    assert scene.node_items["bought"]._trace.startswith("+3 h 55 min · ")
    highlighted = {key for key, item in scene.link_items.items() if item.highlighted}
    assert highlighted == {("trigger", "next"), ("stock_1", "yes"), ("reminder_1", "next"),
                           ("bought", "next"), ("thanks", "next")}  # fmt: skip
    assert scene.node_items["stock_2"].opacity() == FADED
    assert "Lucía Núñez enters" in bar.status.text() and "gets 2 messages" in bar.status.text()
    editor.grab().save(str(tmp_path / "cart_test_mode.png"))

    editor.test_action.setChecked(False)
    assert bar.isHidden()
    assert not any(item._trace for item in scene.node_items.values())
    assert not any(item.highlighted for item in scene.link_items.values())
    assert all(item.opacity() == 1.0 for item in scene.node_items.values())
    shop.close()


def _long_flow(count: int) -> FlowGraph:
    flow = FlowGraph(name="Long")
    flow.add_node(Node("n0", "trigger.manual", position=(0.0, 0.0)))
    for index in range(1, count):
        flow.add_node(Node(f"n{index}", "logic.wait", position=(0.0, index * 140.0)))
        flow.connect(f"n{index - 1}", "next", f"n{index}")
    return flow


def test_the_minimap_shows_for_a_large_flow_and_a_click_in_it_moves_the_view(
    qtbot, styled_app
) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, _long_flow(120))
    view, minimap = editor.view, editor.minimap
    view.set_zoom(1.0)
    view.centerOn(editor.scene.node_items["n0"])
    qtbot.waitUntil(minimap.isVisible, timeout=2000)
    corner = view.viewport().geometry().bottomRight()
    assert minimap.geometry().bottomRight().x() <= corner.x()
    assert minimap.geometry().bottomRight().y() <= corner.y()
    before = view.visible_scene_rect().center()
    QTest.mouseClick(
        minimap, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
        QPoint(minimap.width() // 2, minimap.height() - 10),
    )  # fmt: skip
    after = view.visible_scene_rect().center()
    assert after.y() > before.y() + 10_000  # near the end of a 17,000-unit-long flow
    target = minimap.to_scene(QPointF(minimap.width() / 2, minimap.height() - 10))
    assert abs(after.y() - target.y()) < view.visible_scene_rect().height() / 2 + 1

    editor.view.fit()
    small = _editor(qtbot, build_template("offer", "en"))
    small.view.fit()
    qtbot.wait(50)
    assert not small.minimap.isVisible()  # a flow that fits needs no overview
