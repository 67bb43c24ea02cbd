"""Recommendations: co-purchase support, recently viewed, best sellers; never out of stock or
already bought; and `recommendations(3)` in a message the engine really sends."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from shopnurture.domain.flows.model import FlowGraph, Link, Node
from shopnurture.domain.flows.serialization import flow_to_document
from shopnurture.domain.flows.templates.builder import email
from shopnurture.services.engine.rendering import Shop as RenderShop
from shopnurture.services.engine.rendering import render_message
from shopnurture.services.recommendations import Recommender, recommendations_for_contact
from tests.engine.shop import T0, Shop

DAY = timedelta(days=1)


def _buyers(shop: Shop, *baskets: tuple[str, ...]) -> None:
    """One past customer per basket, each product ordered once, 20 days before T0."""
    for number, basket in enumerate(baskets):
        customer = shop.contact(f"Cliente{number}")
        for sku in basket:
            shop.order(customer, T0 - 20 * DAY, (sku, 1), order_id=f"O-{number}-{sku}")


def _skus(shop: Shop, contact: int, count: int = 3) -> list[tuple[str, str]]:
    found = recommendations_for_contact(shop.database, contact, now=T0, count=count)
    return [(item.recommendation.sku, item.recommendation.reason) for item in found]


def test_bought_together_needs_the_minimum_support(shop: Shop) -> None:
    _buyers(
        shop,
        ("CAF-MAQ-BAS", "CAF-DES"),
        ("CAF-MAQ-BAS", "CAF-DES"),
        ("CAF-MAQ-BAS", "ROP-VAQ"),  # only one customer: below the support of 2
    )
    lucia = shop.contact("Lucía")
    shop.order(lucia, T0 - DAY, ("CAF-MAQ-BAS", 1), order_id="L-1")

    found = recommendations_for_contact(shop.database, lucia, now=T0, count=1)
    assert [(f.recommendation.sku, f.recommendation.reason) for f in found] == [
        ("CAF-DES", "bought_together")
    ]
    assert (found[0].recommendation.because_sku, found[0].recommendation.support) == (
        "CAF-MAQ-BAS", 2,
    )  # fmt: skip


def test_out_of_stock_and_already_bought_are_never_shown(shop: Shop) -> None:
    # ROP-CHA has stock 0 in the test catalogue; CAF-DES the contact bought already.
    _buyers(shop, *[("ROP-CAM", "ROP-CHA", "CAF-DES")] * 3, ("ROP-VAQ",))
    eva = shop.contact("Eva")
    shop.order(eva, T0 - DAY, ("ROP-CAM", 1), ("CAF-DES", 1), order_id="E-1")
    shop.event(eva, "page_view", T0 - 2 * DAY, sku="ROP-CHA")  # viewed, but sold out

    # ROP-CHA was bought together 3 times, viewed, and sells best: still never shown.
    assert _skus(shop, eva, count=10) == [("ROP-VAQ", "best_seller")]


def test_recently_viewed_then_best_sellers_of_their_category(shop: Shop) -> None:
    _buyers(shop, ("ROP-VAQ",), ("ROP-VAQ",), ("CAF-CAP-100",), ("CAF-CAP-100",), ("CAF-CAP-100",))
    ana = shop.contact("Ana")
    shop.event(ana, "page_view", T0 - 3 * DAY, sku="CAF-MAQ-PRO")
    shop.event(ana, "page_view", T0 - DAY, sku="ROP-CAM")

    assert _skus(shop, ana, count=4) == [
        ("ROP-CAM", "viewed"),  # most recent view first
        ("CAF-MAQ-PRO", "viewed"),
        ("ROP-VAQ", "best_seller"),  # the category she viewed last
        ("CAF-CAP-100", "best_seller"),
    ]


def test_template_recommendations_renders_name_price_link_and_picture(shop: Shop) -> None:
    _buyers(shop, ("CAF-MAQ-BAS", "CAF-DES"), ("CAF-MAQ-BAS", "CAF-DES"), ("ROP-VAQ",))
    lucia = shop.contact("Lucía")
    shop.order(lucia, T0 - DAY, ("CAF-MAQ-BAS", 1), order_id="L-1")
    shop.cli("settings", "set", "shop.product_url", "https://cafe.example/p/{sku}", now=T0)
    shop.cli("settings", "set", "shop.product_image_url", "https://cafe.example/i/{sku}.jpg",
             now=T0)  # fmt: skip
    body = (
        "{% for p in recommendations(3) %}"
        "{{ p.name }} {{ p.price }} {{ p.link }} {{ p.image_url }}\n{% endfor %}"
    )
    message = {"es": {"subject": "Hola", "body": body}}
    with shop.database.read_session() as session:
        variable = Recommender(session, T0).template_variable(
            lucia, RenderShop("Café", "es", "EUR", "Europe/Madrid"), "es"
        )
        rendered = render_message(message, {"recommendations": variable}, "es", html=False)
    first_line = rendered.text.splitlines()[0]
    assert first_line == (
        "Descalcificador 9,90 € https://cafe.example/p/CAF-DES https://cafe.example/i/CAF-DES.jpg"
    )
    # Filled up with the best sellers not bought yet (the only other one: the jeans).
    assert rendered.text.splitlines()[1].startswith("Vaquero 49,90 € https://cafe.example/p/ROP")
    assert len(rendered.text.splitlines()) == 2


def test_the_engine_renders_recommendations_in_a_real_message(shop: Shop, tmp_path: Path) -> None:
    _buyers(shop, ("CAF-MAQ-BAS", "CAF-DES"), ("CAF-MAQ-BAS", "CAF-DES"))
    lucia = shop.contact("Lucía")
    shop.order(lucia, T0 - DAY, ("CAF-MAQ-BAS", 1), order_id="L-1")
    body = ("Te puede gustar:{% for p in recommendations(2) %}\n· {{ p.name }} — {{ p.price }}"
            "{% endfor %}")  # fmt: skip
    graph = FlowGraph(
        name="Sugerencias",
        nodes={
            "trigger": Node("trigger", "trigger.event", {"filter": {"types": ["page_view"]}}),
            "mail": Node(
                "mail",
                "action.send_email",
                {"template": "tips", "message": email(("Ideas", body), ("Ideas", body))},
            ),
            "done": Node("done", "logic.exit"),
        },  # fmt: skip
        links=[Link("trigger", "next", "mail"), Link("mail", "next", "done")],
    )
    path = tmp_path / "flow.json"
    path.write_text(json.dumps(flow_to_document(graph)), encoding="utf-8")
    flow_id = json.loads(shop.cli("flows", "import", str(path), "--json", now=T0))["id"]
    shop.cli("flows", "activate", str(flow_id), now=T0)
    shop.event(lucia, "page_view", T0 + timedelta(minutes=5), sku="ROP-CAM")
    shop.tick(T0 + timedelta(minutes=10))

    (message,) = shop.messages()
    assert message["status"] == "queued", message
    assert "· Descalcificador — 9,90 €" in message["body"]
    assert "· Camiseta" in message["body"]  # recently viewed comes second
