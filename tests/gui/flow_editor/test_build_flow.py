"""Building the cart-abandonment flow from an empty canvas with drops and port drags, undoing
and redoing all of it, saving to the shop and reading it back."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF

from shopnurture.domain.flows import FlowGraph, flow_to_document, validate_flow
from shopnurture.domain.flows.templates.builder import email
from shopnurture.gui.flow_editor.document import FlowDocument
from shopnurture.gui.flow_editor.editor import FlowEditorWidget
from shopnurture.services.engine.flow_service import activate_flow, load_flow
from tests.gui.flow_editor.helpers import drag_node, drag_port_to_node, drop_from_palette

REMINDER = email(
    ("Tu carrito te espera", "Hola {{ first_name }}, ¿terminamos el pedido?"),
    ("Your cart is waiting", "Hi {{ first_name }}, shall we finish the order?"),
)
THANKS = email(("¡Gracias!", "Gracias por tu pedido."), ("Thank you!", "Thanks for your order."))


def _editor(qtbot, database, flow: FlowGraph | None = None) -> FlowEditorWidget:  # type: ignore[no-untyped-def]
    document = FlowDocument(flow or FlowGraph(name="Carrito"))
    editor = FlowEditorWidget(document, language="en", database=database)
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _build_cart_flow(editor: FlowEditorWidget) -> dict[str, str]:
    ids = {}
    for name, kind, x, y in (
        ("trigger", "trigger.cart_abandoned", 0, 0),
        ("wait", "logic.wait", 0, 160),
        ("stock", "logic.condition", 0, 320),
        ("remind", "action.send_email", 0, 480),
        ("done", "logic.exit", 0, 640),
        ("sold_out", "logic.exit", 300, 480),
        ("bought", "logic.goal", 600, 0),
        ("thanks", "action.send_email", 600, 160),
        ("thanked", "logic.exit", 600, 320),
    ):
        ids[name] = drop_from_palette(editor, kind, QPointF(x + 110, y + 20))
    for source, port, target in (
        ("trigger", "next", "wait"), ("wait", "next", "stock"), ("stock", "yes", "remind"),
        ("stock", "no", "sold_out"), ("remind", "next", "done"), ("bought", "next", "thanks"),
        ("thanks", "next", "thanked"),
    ):  # fmt: skip
        drag_port_to_node(editor, ids[source], port, ids[target])
    document = editor.document
    # The properties panel calls these; one undo step each.
    document.set_node_params(
        ids["stock"], {"match": "all", "rules": [{"field": "in_stock", "op": "is_true"}]}
    )
    document.set_node_params(ids["remind"], {"template": "cart", "message": REMINDER})
    document.set_node_params(ids["thanks"], {"template": "thanks", "message": THANKS})
    document.set_node_label(ids["remind"], "Reminder")
    return ids


def test_a_cart_flow_built_by_hand_undoes_redoes_saves_and_activates(
    qtbot, styled_app, database
) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, database)
    ids = _build_cart_flow(editor)
    flow = editor.document.flow
    assert [(link.source, link.port, link.target) for link in flow.links][:2] == [
        (ids["trigger"], "next", ids["wait"]), (ids["wait"], "next", ids["stock"])
    ]  # fmt: skip
    assert len(flow.links) == 7
    assert validate_flow(flow) == []
    drag_node(editor, ids["sold_out"], QPoint(80, 40))
    assert flow.nodes[ids["sold_out"]].position != (300.0, 480.0)
    built = flow_to_document(flow)
    stack = editor.document.undo_stack
    steps = stack.count()
    assert steps == 9 + 7 + 4 + 1  # one step per drop, connection, setting and drag
    while stack.canUndo():
        stack.undo()
    assert flow.nodes == {} and flow.links == []
    assert editor.scene.node_items == {} and editor.scene.link_items == {}
    while stack.canRedo():
        stack.redo()
    assert flow_to_document(flow) == built
    assert len(editor.scene.node_items) == 9 and len(editor.scene.link_items) == 7
    assert editor.document.is_dirty
    with qtbot.waitSignal(editor.saver.saved, timeout=5000) as saved:
        editor.save()
    flow_id = saved.args[0]
    assert not editor.document.is_dirty
    _record, stored = load_flow(database, flow_id)
    assert flow_to_document(stored) == built
    activate_flow(
        database,
        flow_id,
        now=__import__("datetime").datetime(2026, 1, 1, tzinfo=__import__("datetime").UTC),
    )
    assert load_flow(database, flow_id)[0].status == "active"


def test_a_link_that_makes_a_loop_without_a_wait_is_refused_while_dragging(
    qtbot, styled_app
) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, None)
    first = drop_from_palette(editor, "action.add_tag", QPointF(110, 20))
    second = drop_from_palette(editor, "logic.condition", QPointF(110, 200))
    trigger = drop_from_palette(editor, "trigger.manual", QPointF(400, 20))
    drag_port_to_node(editor, first, "next", second)
    before = list(editor.document.flow.links)
    drag_port_to_node(editor, second, "yes", first)
    assert editor.document.flow.links == before
    assert "loop without any wait" in editor.message_label.text()
    drag_port_to_node(editor, first, "next", trigger)
    assert editor.document.flow.links == before
    assert "trigger" in editor.message_label.text()
