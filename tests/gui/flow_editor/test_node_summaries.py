"""The canvas shows the core's step summaries (domain/flows/node_description.py), in the UI
language, one line each: a capital first letter, Spanish «» and ¿?, plural days, placeholders
for steps with nothing set yet, and the owner's own tags as they typed them."""

from __future__ import annotations

import pytest

from shopnurture.domain.flows.model import Node
from shopnurture.domain.flows.node_description import summarize_node
from shopnurture.domain.flows.templates import build_template
from shopnurture.gui.flow_editor.document import FlowDocument
from shopnurture.gui.flow_editor.scene import FlowScene

EMAIL = {"message": {"es": {"subject": "{{ first_name }}, tu carrito sigue guardado"},
                     "en": {"subject": "{{ first_name }}, your cart is still saved"}}}  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "params", "spanish", "english"),
    [
        ("logic.wait", {"duration": {"days": 1}}, "1 día", "1 day"),
        ("logic.wait", {"duration": {"days": 3, "hours": 12}}, "3 días 12 h", "3 days 12 h"),
        ("logic.wait", {"duration": {}}, "Sin tiempo", "No time"),
        ("trigger.cart_abandoned", {"minutes": 60}, "1 h sin pedido", "1 h without an order"),
        ("logic.condition", {"rules": [{"field": "in_stock", "op": "is_true"}]},
         "¿Hay stock?", "In stock?"),
        ("logic.condition", {"rules": []}, "Aún sin reglas", "No rules yet"),
        ("action.send_email", EMAIL, "«‹nombre›, tu carrito sigue guardado»",
         "“‹first name›, your cart is still saved”"),
        ("action.send_sms", {}, "Aún sin texto", "No text yet"),
        ("trigger.event", {"filter": {"types": ["review"], "min_rating": 4}, "min_count": 2},
         "Escribió una reseña ≥ 4★ ×2", "Wrote a review ≥ 4★ ×2"),
        ("trigger.date_anniversary", {"field": "birthday", "days_before": 7, "time": "10:00"},
         "7 días antes del cumpleaños, 10:00", "7 days before the birthday, 10:00"),
        ("logic.wait_for_event", {"timeout": {"days": 2}, "filter": {"types": ["order"]}},
         "Hasta 2 días · Compró", "Up to 2 days · Ordered"),
        ("logic.wait_until", {"weekdays": [0, 1, 2, 3, 4], "time": "09:00"},
         "Lun–vie, 09:00", "Mon–Fri, 09:00"),
        ("trigger.order_placed", {"min_orders": 1}, "Cualquier pedido", "Any order"),
        ("trigger.manual", {}, "Tú añades los contactos a mano", "You add contacts by hand"),
        ("logic.exit", {}, "Sale del flujo", "Leaves the flow"),
        ("action.add_tag", {"tag": "vip"}, "vip", "vip"),
        ("action.assign_coupon", {"pattern": "CUMPLE-{code}", "valid_days": 1},
         "CUMPLE-{code} · 1 día", "CUMPLE-{code} · 1 day"),
    ],
)  # fmt: skip
def test_a_summary_stands_on_its_own_line(kind, params, spanish, english) -> None:  # type: ignore[no-untyped-def]
    node = Node("step_1", kind, params)
    assert summarize_node(node, "es") == spanish
    assert summarize_node(node, "en") == english


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_canvas_shows_the_core_summary_under_the_kind(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    flow = build_template("cart_abandonment", language)
    flow.nodes["wait_1"].label = "Pausa"
    scene = FlowScene(FlowDocument(flow), language=language)
    stock, wait = scene.node_items["stock_1"], scene.node_items["wait_1"]
    assert stock._caption == ("Condición" if language == "es" else "Condition")
    assert stock._title == ("¿Hay stock?" if language == "es" else "In stock?")
    assert (wait._title, wait._detail) == ("Pausa", summarize_node(flow.nodes["wait_1"], language))
    assert wait._detail == ("1 día" if language == "es" else "1 day")
