"""The numbers on the editor's nodes (waiting now, passed, sent, bought) after real engine
ticks on a small shop, against counts made by hand from what each contact did."""

from __future__ import annotations

from datetime import timedelta

from shopnurture.services.engine.canvas_numbers import flow_node_numbers
from tests.engine.shop import T0, Shop

H, D, M = timedelta(hours=1), timedelta(days=1), timedelta(minutes=1)


def _cart(shop: Shop, contact: int, sku: str) -> None:
    shop.event(contact, "add_to_cart", T0 + H, sku=sku, quantity=1, value_cents=1990)
    shop.event(contact, "checkout_started", T0 + H + 5 * M, quantity=1, value_cents=1990)


def test_waiting_passed_sent_and_bought_match_a_count_by_hand(shop: Shop) -> None:
    flow = shop.add_flow("cart_abandonment")
    ana, bea, carla, dani = (shop.contact(name) for name in ("Ana", "Bea", "Carla", "Dani"))
    for contact in (ana, bea, dani):
        _cart(shop, contact, "ROP-CAM")
    _cart(shop, carla, "ROP-CHA")  # out of stock
    shop.tick(T0 + 2 * H + 6 * M)  # an hour after checkout: reminders 1 (and the owner's note)
    shop.deliver(T0 + 2 * H + 6 * M)
    shop.order(ana, T0 + 6 * H, ("ROP-CAM", 1), order_id="A1")  # Ana buys after reminder 1
    shop.tick(T0 + 6 * H + 5 * M)
    shop.tick(T0 + D + 2 * H + 6 * M)  # Bea and Dani: reminder 2 (queued, not delivered yet)
    shop.order(dani, T0 + D + 5 * H, ("ROP-CAM", 1), order_id="D1")  # Dani buys after it
    shop.tick(T0 + D + 5 * H + 5 * M)

    numbers = flow_node_numbers(shop.database, flow, ["bought"])

    def row(node: str) -> tuple[int, int, int, int]:
        found = numbers.get(node, {})
        waiting, passed, sent, bought = (
            found.get(key, 0) for key in ("waiting", "passed", "sent", "converted")
        )
        return waiting, passed, sent, bought

    # Everyone entered and was checked for stock; Carla's product had none.
    assert row("trigger") == (0, 4, 0, 2)
    assert row("stock_1") == (0, 4, 0, 2)
    assert row("tell_owner") == (0, 1, 1, 0)  # delivered with the first batch
    assert row("out_of_stock") == (0, 1, 0, 0)
    # Ana, Bea and Dani got reminder 1 (delivered); Ana then bought.
    assert row("reminder_1") == (0, 3, 3, 2)
    # All three started the day's wait (Ana left it when she bought); Bea and Dani came out
    # of it; Dani then bought; Bea now waits two days for reminder 3.
    assert row("wait_1") == (0, 3, 0, 2)
    assert row("stock_2") == (0, 2, 0, 1)
    assert row("reminder_2") == (0, 2, 0, 1)  # queued, not sent yet (Dani's was dropped)
    assert row("wait_2") == (1, 1, 0, 1)  # Bea waits in it; Dani left it when she bought
    assert row("stock_3") == (0, 0, 0, 0)
    # Ana and Dani reached the goal: thanked and out.
    assert row("bought") == (0, 2, 0, 2)
    assert row("thanks") == (0, 2, 0, 2)
    assert row("thanked") == (0, 2, 0, 2)
