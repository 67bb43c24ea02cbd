"""Cross-sell (4), product review (6), replenishment (7) and referral (9) via the CLI."""

from __future__ import annotations

from datetime import timedelta

from tests.engine.shop import T0, Shop

H, D, M = timedelta(hours=1), timedelta(days=1), timedelta(minutes=1)


def _ticks(shop: Shop, *moments: timedelta) -> None:
    for moment in moments:
        shop.tick(T0 + moment)
        shop.deliver(T0 + moment)


def test_cross_sell_suggests_companions_hours_later_and_follows_up_two_days_after(
    shop: Shop,
) -> None:
    flow = shop.add_flow("cross_sell")
    lucia = shop.contact()
    shop.order(lucia, T0 + H, ("CAF-MAQ-BAS", 1), order_id="C1")
    _ticks(shop, H + M, 7 * H + M, 2 * D + 8 * H)
    sent = shop.messages()
    assert [m["node_id"] for m in sent] == ["suggest", "follow_up"]
    assert sent[0]["due_at"].startswith("2026-03-02 16:01")  # six hours after the order
    assert "Cápsulas (50 uds)" in sent[0]["body"]
    assert shop.run_status(flow, lucia) == [("exited", None, "completed")]


def test_cross_sell_bought_again_asks_for_a_review_three_or_four_days_later(shop: Shop) -> None:
    flow = shop.add_flow("cross_sell")
    lucia = shop.contact()
    shop.order(lucia, T0 + H, ("CAF-MAQ-BAS", 1), order_id="C1")
    _ticks(shop, H + M, 7 * H + M)
    shop.order(lucia, T0 + D, ("CAF-CAP-050", 2), order_id="C2")
    _ticks(shop, D + M, 4 * D + 12 * H + M)
    sent = shop.messages()
    assert [m["node_id"] for m in sent] == ["suggest", "review"]
    assert sent[1]["due_at"].startswith("2026-03-06 21:01")  # 3.5 days after the second order
    assert shop.run_status(flow, lucia) == [("exited", None, "goal")]


def test_review_waits_by_product_kind_and_thanks_a_good_review(shop: Shop) -> None:
    flow = shop.add_flow("product_review")
    shirt, machine = shop.contact(), shop.contact("Ana")
    shop.order(shirt, T0 + H, ("ROP-CAM", 1), order_id="R1")
    shop.order(machine, T0 + H, ("CAF-MAQ-BAS", 1), ("ROP-CAM", 1), order_id="R2")
    _ticks(shop, 2 * H, 10 * D + 2 * H)
    shop.event(shirt, "review", T0 + 11 * D, sku="ROP-CAM", rating=5)
    _ticks(shop, 11 * D + M, 21 * D + 2 * H)
    asked = {m["email"]: m["due_at"][:10] for m in shop.messages() if m["node_id"] == "ask"}
    assert asked == {"lucía1@example.es": "2026-03-12", "ana2@example.es": "2026-03-23"}
    assert shop.run_status(flow, shirt) == [("exited", None, "completed")]
    assert [m["node_id"] for m in shop.messages() if m["email"].startswith("luc")] == [
        "ask",
        "thanks",
    ]


def test_a_bad_review_gets_a_remedy_and_the_owner_is_told(shop: Shop) -> None:
    shop.add_flow("product_review")
    lucia = shop.contact()
    shop.order(lucia, T0 + H, ("ROP-CAM", 1), order_id="R1")
    _ticks(shop, 2 * H, 10 * D + 2 * H)
    shop.event(lucia, "review", T0 + 12 * D, sku="ROP-CAM", rating=2)
    _ticks(shop, 12 * D + M)
    sent = [(m["node_id"], m["channel"]) for m in shop.messages()]
    assert sent == [("ask", "email"), ("remedy", "email"), ("tell_owner", "owner")]
    assert "2 estrellas" in shop.messages(channel="owner")[0]["body"]


def test_no_review_brings_one_reminder_then_the_flow_ends(shop: Shop) -> None:
    flow = shop.add_flow("product_review")
    lucia = shop.contact()
    shop.order(lucia, T0 + H, ("ROP-CAM", 1), order_id="R1")
    _ticks(shop, 2 * H, 10 * D + 2 * H, 15 * D + 2 * H, 22 * D + 3 * H)
    assert [m["node_id"] for m in shop.messages()] == ["ask", "reminder"]
    assert shop.run_status(flow, lucia) == [("exited", None, "no_review")]


def test_replenishment_on_day_92_for_100_capsules_with_5_shipping_days(shop: Shop) -> None:
    flow = shop.add_flow("replenishment")
    lucia = shop.contact()
    shop.order(lucia, T0 + H, ("CAF-CAP-100", 1), order_id="P1")
    _ticks(shop, 2 * H, 91 * D + 2 * H)
    assert shop.messages() == []
    _ticks(shop, 92 * D + 2 * H)  # 100 days' use - 3 days early - 5 days shipping
    reminder = shop.messages()
    assert [m["node_id"] for m in reminder] == ["remind"]
    assert reminder[0]["due_at"].startswith("2026-06-02 11:00")
    _ticks(shop, 96 * D + 2 * H)
    assert [m["channel"] for m in shop.messages()] == ["email", "sms"]
    assert shop.run_status(flow, lucia) == [("exited", None, "completed")]


def test_replenishment_skips_who_reordered_and_counts_quantities(shop: Shop) -> None:
    shop.add_flow("replenishment")
    again, double = shop.contact(), shop.contact("Ana")
    shop.order(again, T0 + H, ("CAF-CAP-100", 1), order_id="P1")
    shop.order(again, T0 + 60 * D, ("CAF-CAP-100", 1), order_id="P2")
    shop.order(double, T0 + H, ("CAF-CAP-050", 2), order_id="P3")  # 100 days as well, 3 shipping
    _ticks(shop, 2 * H, 61 * D, 94 * D + 2 * H)
    reminders = [(m["email"], m["due_at"][:10]) for m in shop.messages()]
    assert reminders == [("ana2@example.es", "2026-06-04")]  # 100 - 3 - 3 = day 94


def test_replenishment_counts_orders_from_before_activation_only_when_due_after_it(
    shop: Shop,
) -> None:
    recent, old = shop.contact(), shop.contact("Ana")
    shop.order(recent, T0 - 10 * D, ("CAF-CAP-100", 1), order_id="P1")  # due day 82
    shop.order(old, T0 - 95 * D, ("CAF-CAP-100", 1), order_id="P2")  # was due 3 days ago
    shop.add_flow("replenishment", now=T0)
    _ticks(shop, H, 83 * D)
    assert [m["email"] for m in shop.messages()] == ["lucía1@example.es"]


def test_referral_a_week_after_a_happy_review_with_thanks_when_they_refer(shop: Shop) -> None:
    flow = shop.add_flow("referral")
    lucia = shop.contact()
    shop.event(lucia, "review", T0 + H, sku="ROP-CAM", rating=5)
    _ticks(shop, 2 * H, 7 * D + 2 * H)
    shop.event(lucia, "referral", T0 + 9 * D)
    _ticks(shop, 9 * D + M)
    assert [m["node_id"] for m in shop.messages()] == ["invite", "thanks"]
    assert shop.run_status(flow, lucia) == [("exited", None, "goal")]


def test_referral_after_a_second_order_with_a_reminder_if_no_referral(shop: Shop) -> None:
    flow = shop.add_flow("referral")
    lucia, once = shop.contact(), shop.contact("Ana")
    shop.order(lucia, T0 - 30 * D, ("ROP-CAM", 1), order_id="O1")
    shop.order(lucia, T0 + H, ("ROP-VAQ", 1), order_id="O2")
    shop.order(once, T0 + H, ("ROP-VAQ", 1), order_id="O3")
    _ticks(shop, 2 * H, 7 * D + 2 * H, 14 * D + 3 * H)
    assert [m["node_id"] for m in shop.messages()] == ["invite", "reminder"]
    assert shop.run_status(flow, lucia) == [("exited", None, "completed")]
    assert shop.run_status(flow, once) == []


def test_no_referral_invitation_after_an_unhappy_review(shop: Shop) -> None:
    flow = shop.add_flow("referral")
    lucia = shop.contact()
    shop.event(lucia, "review", T0 + H, sku="ROP-CAM", rating=5)
    shop.event(lucia, "review", T0 + 2 * D, sku="ROP-VAQ", rating=1)
    _ticks(shop, 2 * H, 2 * D + H, 7 * D + 2 * H)
    assert shop.messages() == []
    assert shop.run_status(flow, lucia) == [("exited", None, "not_satisfied")]
