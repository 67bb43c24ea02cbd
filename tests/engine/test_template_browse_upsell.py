"""Browse abandonment (1) and upsell (3), and how the cap ranks them below cart recovery."""

from __future__ import annotations

from datetime import timedelta

from tests.engine.shop import T0, Shop

H, D, M = timedelta(hours=1), timedelta(days=1), timedelta(minutes=1)


def _views(shop: Shop, contact: int, *offsets: timedelta, seconds: int = 75) -> None:
    for offset in offsets:
        shop.event(contact, "page_view", T0 + offset, sku="ROP-CAM", duration_seconds=seconds)


def test_two_long_views_of_one_product_bring_a_reminder_two_hours_later(shop: Shop) -> None:
    flow = shop.add_flow("browse_abandonment")
    lucia = shop.contact()
    _views(shop, lucia, H, H + 20 * M)
    shop.tick(T0 + H + 21 * M)
    assert shop.messages() == []
    shop.tick(T0 + 3 * H + 21 * M)
    reminder = shop.messages(status="queued")
    assert [m["node_id"] for m in reminder] == ["reminder"]
    assert "Camiseta" in reminder[0]["subject"] and "Vaquero" in reminder[0]["body"]  # related
    shop.tick(T0 + 2 * D + 4 * H)
    assert shop.nodes_sent() == ["reminder", "similar"]
    assert shop.run_status(flow, lucia) == [("exited", None, "completed")]


def test_one_view_or_short_views_are_not_enough(shop: Shop) -> None:
    shop.add_flow("browse_abandonment")
    once, quick = shop.contact(), shop.contact("Ana")
    _views(shop, once, H)
    _views(shop, quick, H, H + 10 * M, seconds=8)  # open tabs inflate time; these were brief
    shop.tick(T0 + 5 * H)
    assert shop.sql("SELECT count(*) FROM flow_run") == [(0,)]


def test_adding_to_cart_hands_the_contact_over_to_the_cart_flow(shop: Shop) -> None:
    flow = shop.add_flow("browse_abandonment")
    lucia = shop.contact()
    _views(shop, lucia, H, H + 20 * M)
    shop.tick(T0 + H + 21 * M)
    shop.event(lucia, "add_to_cart", T0 + 2 * H, sku="ROP-CAM", quantity=1, value_cents=1990)
    shop.tick(T0 + 4 * H)
    assert shop.messages() == []
    assert shop.run_status(flow, lucia) == [("exited", None, "moved_on")]


def test_buying_after_the_reminder_brings_a_thank_you(shop: Shop) -> None:
    flow = shop.add_flow("browse_abandonment")
    lucia = shop.contact()
    _views(shop, lucia, H, H + 20 * M)
    shop.tick(T0 + 3 * H + 21 * M)
    shop.deliver(T0 + 3 * H + 21 * M)
    shop.order(lucia, T0 + D, ("ROP-CAM", 1), order_id="B1")
    shop.tick(T0 + D + M)
    assert [m["node_id"] for m in shop.messages()] == ["reminder", "thanks"]
    assert shop.run_status(flow, lucia) == [("exited", None, "goal")]


def test_upsell_offers_the_bigger_version_minutes_after_the_cart(shop: Shop) -> None:
    flow = shop.add_flow("upsell")
    lucia = shop.contact()
    shop.event(lucia, "add_to_cart", T0 + H, sku="CAF-MAQ-BAS", quantity=1, value_cents=7900)
    shop.event(lucia, "add_to_cart", T0 + H, sku="ROP-CAM", quantity=1, value_cents=1990)
    shop.tick(T0 + H + 11 * M)
    offer = shop.messages(status="queued")
    assert [m["node_id"] for m in offer] == ["offer"]
    assert "Cafetera Pro" in offer[0]["subject"]
    shop.deliver(T0 + H + 11 * M)
    shop.tick(T0 + 2 * D + 2 * H)
    assert shop.nodes_sent() == ["reminder"]
    assert shop.run_status(flow, lucia) == [("exited", None, "completed")]


def test_upsell_taken_gets_a_thank_you_five_days_later(shop: Shop) -> None:
    flow = shop.add_flow("upsell")
    lucia = shop.contact()
    shop.event(lucia, "add_to_cart", T0 + H, sku="CAF-MAQ-BAS", quantity=1, value_cents=7900)
    shop.tick(T0 + H + 11 * M)
    shop.deliver(T0 + H + 11 * M)
    shop.order(lucia, T0 + 3 * H, ("CAF-MAQ-PRO", 1), order_id="U1")
    shop.tick(T0 + 3 * H + M)
    assert shop.run_status(flow, lucia)[0][1] == "thanks"
    shop.tick(T0 + 5 * D + 3 * H + M)
    assert [m["node_id"] for m in shop.messages()] == ["offer", "thanks"]
    assert shop.run_status(flow, lucia) == [("exited", None, "goal")]


def test_cart_recovery_outranks_an_upsell_still_waiting_in_the_outbox(shop: Shop) -> None:
    shop.add_flow("cart_abandonment")
    shop.add_flow("upsell")
    lucia = shop.contact()
    shop.event(lucia, "add_to_cart", T0 + H, sku="CAF-MAQ-BAS", quantity=1, value_cents=7900)
    shop.tick(T0 + H + 11 * M)  # upsell queued (not delivered yet)
    shop.tick(T0 + 2 * H + 5 * M)  # cart reminder takes the slot; the upsell makes way
    rows = {m["node_id"]: m for m in shop.messages()}
    assert rows["reminder_1"]["status"] == rows["offer"]["status"] == "queued"
    assert rows["reminder_1"]["due_at"].startswith("2026-03-02 11:05")
    assert rows["offer"]["due_at"].startswith("2026-03-03 03:05")  # 16 h after the reminder
    assert rows["offer"]["reason"] == "frequency_cap"
