"""Cart abandonment (DOMAIN.md 2) through the CLI: wait, stock check, up to three reminders,
exit on order — and the engine's guarantees (sleep, repeated and backward ticks, late data)."""

from __future__ import annotations

from datetime import timedelta

from tests.engine.shop import T0, Shop

H, D, M = timedelta(hours=1), timedelta(days=1), timedelta(minutes=1)


def _cart(shop: Shop, contact: int, at=T0 + H, sku: str = "CAF-MAQ-BAS") -> None:  # type: ignore[no-untyped-def]
    shop.event(contact, "add_to_cart", at, sku=sku, quantity=1, value_cents=7900)
    shop.event(contact, "checkout_started", at + 5 * M, quantity=1, value_cents=7900)


def test_three_reminders_an_hour_a_day_and_two_days_later_the_last_with_a_coupon(
    shop: Shop,
) -> None:
    flow = shop.add_flow("cart_abandonment")
    lucia = shop.contact()
    _cart(shop, lucia)
    assert shop.tick(T0 + H + 30 * M)["enrolled"] == 0  # within the hour: not abandoned yet
    assert shop.tick(T0 + 2 * H + 6 * M)["queued"] == 1
    shop.tick(T0 + D + 2 * H + 6 * M)
    shop.tick(T0 + 3 * D + 2 * H + 6 * M)
    shop.tick(T0 + 6 * D)
    sent = shop.messages(status="queued")
    assert [m["node_id"] for m in sent] == ["reminder_1", "reminder_2", "reminder_3"]
    assert [m["due_at"][:16] for m in sent] == [
        "2026-03-02 11:06", "2026-03-03 11:06", "2026-03-05 11:06",
    ]  # fmt: skip
    assert "Cafetera Básica" in sent[0]["body"] and "79,00 €" in sent[0]["body"]
    assert "CARRITO-" in sent[2]["subject"] and "CARRITO-" in sent[2]["body"]
    assert "%unsubscribe_url%" in sent[2]["body"]
    assert shop.run_status(flow, lucia) == [("exited", None, "completed")]


def test_an_order_within_the_hour_means_the_cart_was_not_abandoned(shop: Shop) -> None:
    shop.add_flow("cart_abandonment")
    lucia = shop.contact()
    _cart(shop, lucia)
    shop.order(lucia, T0 + H + 40 * M, ("CAF-MAQ-BAS", 1), order_id="A1")
    shop.tick(T0 + 3 * H)
    shop.tick(T0 + 5 * D)
    assert shop.outbox() == []


def test_buying_during_the_wait_leaves_the_flow_with_a_thank_you_and_no_more_reminders(
    shop: Shop,
) -> None:
    flow = shop.add_flow("cart_abandonment")
    lucia = shop.contact()
    _cart(shop, lucia)
    shop.tick(T0 + 2 * H + 6 * M)
    shop.deliver(T0 + 2 * H + 6 * M)
    shop.order(lucia, T0 + 6 * H, ("CAF-MAQ-BAS", 1), order_id="A1")
    shop.tick(T0 + 6 * H + 5 * M)
    for day in range(1, 6):
        shop.tick(T0 + day * D + 3 * H)
    sent = [(m["node_id"], m["status"]) for m in shop.messages()]
    assert sent == [("reminder_1", "sent"), ("thanks", "queued")]
    assert shop.run_status(flow, lucia) == [("exited", None, "goal")]


def test_a_reminder_deferred_by_the_cap_is_dropped_when_they_pay(shop: Shop) -> None:
    shop.add_flow("cart_abandonment")
    shop.add_flow("upsell")
    lucia = shop.contact()
    _cart(shop, lucia)
    shop.tick(T0 + H + 15 * M)  # upsell offer queued at 10:15...
    shop.deliver(T0 + H + 15 * M)  # ...and sent
    shop.tick(T0 + 2 * H + 6 * M)  # the cart reminder waits 16 h after the upsell
    reminder = shop.messages(status="queued")[0]
    assert (reminder["node_id"], reminder["reason"]) == ("reminder_1", "frequency_cap")
    shop.order(lucia, T0 + 5 * H, ("CAF-MAQ-BAS", 1), order_id="A1")
    shop.tick(T0 + 5 * H + 5 * M)
    reminder = [m for m in shop.messages() if m["node_id"] == "reminder_1"][0]
    assert (reminder["status"], reminder["reason"]) == ("skipped", "goal_reached")


def test_out_of_stock_sends_no_reminder_and_tells_the_owner(shop: Shop) -> None:
    flow = shop.add_flow("cart_abandonment")
    lucia = shop.contact()
    shop.set_stock("CAF-MAQ-BAS", 0)
    _cart(shop, lucia)
    shop.tick(T0 + 3 * H)
    assert [(m["channel"], m["node_id"]) for m in shop.messages()] == [("owner", "tell_owner")]
    assert shop.run_status(flow, lucia) == [("exited", None, "out_of_stock")]


def test_stock_running_out_before_the_second_reminder_stops_the_reminders(shop: Shop) -> None:
    flow = shop.add_flow("cart_abandonment")
    lucia = shop.contact()
    _cart(shop, lucia)
    shop.tick(T0 + 3 * H)
    shop.set_stock("CAF-MAQ-BAS", 0)
    shop.tick(T0 + D + 3 * H)
    assert shop.nodes_sent() == ["reminder_1"]
    assert shop.run_status(flow, lucia) == [("exited", None, "out_of_stock")]


def test_an_opted_out_contact_gets_nothing_and_the_outbox_says_why(shop: Shop) -> None:
    shop.add_flow("cart_abandonment")
    lucia = shop.contact(email_consent="withdrawn")
    pedro = shop.contact("Pedro", email_consent="unknown")
    _cart(shop, lucia)
    _cart(shop, pedro)
    shop.tick(T0 + 3 * H)
    rows = shop.outbox()
    assert {(r["status"], r["reason"]) for r in rows} == {
        ("skipped", "consent_withdrawn"), ("skipped", "no_consent"),
    }  # fmt: skip
    assert all(set(r) >= {"flow_name", "template", "contact_email", "due_at"} for r in rows)


def test_after_three_days_asleep_late_reminders_are_skipped_as_stale(shop: Shop) -> None:
    shop.add_flow("cart_abandonment")
    lucia = shop.contact()
    _cart(shop, lucia)
    wake = T0 + 3 * D + H + 30 * M  # reminder 3 (day 3, 11:05) is still ahead
    shop.tick(wake)
    stale = shop.messages(status="skipped")
    assert [(m["node_id"], m["reason"]) for m in stale] == [
        ("reminder_1", "stale"), ("reminder_2", "stale"),
    ]  # fmt: skip
    assert shop.messages(status="queued") == []
    shop.tick(T0 + 3 * D + 2 * H + 10 * M)
    assert shop.nodes_sent() == ["reminder_3"]


def test_the_same_tick_twice_and_the_clock_going_backwards_queue_nothing_twice(shop: Shop) -> None:
    shop.add_flow("cart_abandonment")
    lucia = shop.contact()
    _cart(shop, lucia)
    moment = T0 + 2 * H + 6 * M
    shop.tick(moment)
    second = shop.tick(moment)
    assert (second["enrolled"], second["steps"], second["queued"]) == (0, 0, 0)
    backwards = shop.tick(moment - 3 * H)
    assert (backwards["enrolled"], backwards["steps"], backwards["queued"]) == (0, 0, 0)
    shop.tick(T0 + D + 3 * H)
    shop.tick(T0 + D + 3 * H)
    assert shop.nodes_sent() == ["reminder_1", "reminder_2"]
    keys = shop.sql("SELECT idempotency_key FROM outbox_message")
    assert len(keys) == len(set(keys)) == 2


def test_a_cart_imported_late_is_stale_and_one_from_before_activation_is_ignored(
    shop: Shop,
) -> None:
    shop.add_flow("cart_abandonment", now=T0)
    lucia = shop.contact()
    ana = shop.contact("Ana")
    shop.tick(T0 + 2 * D)
    _cart(shop, lucia, at=T0 + H)  # happened on day 0, imported on day 2
    _cart(shop, ana, at=T0 - D)  # happened before the flow was activated
    shop.tick(T0 + 2 * D + 3 * H)  # both reminders were due more than 24 h ago
    assert [(m["node_id"], m["status"], m["reason"]) for m in shop.messages()] == [
        ("reminder_1", "skipped", "stale"),
        ("reminder_2", "skipped", "stale"),
    ]
    assert shop.sql("SELECT count(*) FROM flow_run WHERE contact_id = ?", ana) == [(0,)]
