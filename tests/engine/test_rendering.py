"""Rendering queued messages: names are data, never template code; HTML escapes them; the
owner's templates run sandboxed."""

from __future__ import annotations

from datetime import timedelta

from shopnurture.domain.flows.facts import ContactFacts
from shopnurture.services.engine.rendering import Shop as ShopInfo
from shopnurture.services.engine.rendering import money, render_message, render_variables
from tests.engine.shop import T0, Shop

SHOP = ShopInfo("La Tiendita", "es", "EUR", "Europe/Madrid")
MESSAGE = {
    "es": {"subject": "Hola {{ first_name }}", "body": "Hola {{ first_name }}:\n\n{{ value }}"},
    "en": {"subject": "Hi {{ first_name }}", "body": "Hi {{ first_name }},\n\n{{ value }}"},
}


def _variables(contact: ContactFacts, language: str = "es") -> dict:  # type: ignore[type-arg]
    return render_variables(contact, {"value_cents": 123456}, {}, [], SHOP, language)


def test_a_name_with_template_braces_stays_text_and_html_is_escaped() -> None:
    tricky = ContactFacts(1, first_name="{{ shop_name }}<script>alert(1)</script>")
    rendered = render_message(MESSAGE, _variables(tricky), "es", html=True)
    assert rendered.subject == "Hola {{ shop_name }}<script>alert(1)</script>"
    assert "{{ shop_name }}" in rendered.text and "La Tiendita" not in rendered.text
    assert rendered.html is not None
    assert "<script>" not in rendered.html and "&lt;script&gt;" in rendered.html
    assert rendered.html.startswith("<p>Hola {{ shop_name }}&lt;script&gt;")


def test_the_language_follows_the_contact_with_money_in_its_format() -> None:
    english = ContactFacts(1, first_name="Ann", language="en")
    rendered = render_message(MESSAGE, _variables(english, "en"), "en", html=False)
    assert rendered.text == "Hi Ann,\n\n€1,234.56"
    assert money(123456, "EUR", "es") == "1.234,56 €"
    nameless = render_message(MESSAGE, _variables(ContactFacts(2), "es"), "es", html=False)
    assert nameless.subject == "Hola cliente"


def test_a_template_that_reaches_for_python_internals_is_held_back(shop: Shop) -> None:
    from shopnurture.domain.flows import FlowGraph, Node, flow_to_json

    flow = FlowGraph(name="Trampa")
    flow.add_node(Node("t", "trigger.event", {"filter": {"types": ["signup"]}}))
    evil = "{{ first_name.__class__.__mro__[1].__subclasses__() }} {{ unsubscribe_url }}"
    message = {lang: {"subject": "x", "body": evil} for lang in ("es", "en")}
    flow.add_node(Node("mail", "action.send_email", {"message": message}))
    flow.add_node(Node("end", "logic.exit"))
    flow.connect("t", "next", "mail")
    flow.connect("mail", "next", "end")
    path = shop.path.with_name("trap.json")
    path.write_text(flow_to_json(flow), encoding="utf-8")
    flow_id = shop.cli("flows", "import", str(path), now=T0).strip()
    shop.cli("flows", "activate", flow_id, now=T0)
    lucia = shop.contact()
    shop.event(lucia, "signup", T0 + timedelta(minutes=5))
    shop.tick(T0 + timedelta(minutes=6))
    assert [(m["status"], m["reason"]) for m in shop.messages()] == [("skipped", "render_error")]
