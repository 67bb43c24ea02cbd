"""Offer (5), birthday (8), win-back (10) and nurture by phase (11) via the CLI; SMS quiet
hours; and time-based triggers that never blast the backlog on activation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.engine.shop import T0, Shop, birthday

H, D, M = timedelta(hours=1), timedelta(days=1), timedelta(minutes=1)


def _ticks(shop: Shop, *moments: datetime) -> None:
    for moment in moments:
        shop.tick(moment)
        shop.deliver(moment)


def test_the_christmas_offer_goes_on_1_december_to_who_accepts_email(shop: Shop) -> None:
    activated = datetime(2026, 11, 20, 9, tzinfo=UTC)
    flow = shop.add_flow("offer", now=activated)
    lucia = shop.contact()
    shop.contact("Ana", email_consent="unknown")
    pedro = shop.contact("Pedro")
    morning = datetime(2026, 12, 1, 9, 5, tzinfo=UTC)  # 10:05 in Madrid
    _ticks(shop, activated + H, datetime(2026, 12, 1, 8, 55, tzinfo=UTC))
    assert shop.messages() == []
    _ticks(shop, morning)
    announced = shop.messages()
    assert [(m["node_id"], m["email"][:3]) for m in announced] == [
        ("announce", "luc"),
        ("announce", "ped"),
    ]
    assert "NAVIDAD-" in announced[0]["body"] and "25/12/2026" in announced[0]["body"]
    shop.order(pedro, morning + 2 * D, ("ROP-CAM", 1), order_id="X1")
    _ticks(shop, morning + 2 * D + M, morning + 6 * D)
    assert [m["node_id"] for m in shop.messages()[2:]] == ["how_to", "reminder"]
    assert shop.run_status(flow, lucia) == [("exited", None, "completed")]


def test_activating_after_the_date_does_not_send_it_late(shop: Shop) -> None:
    shop.add_flow("offer", now=datetime(2026, 12, 2, 9, tzinfo=UTC))
    shop.contact()
    _ticks(shop, datetime(2026, 12, 2, 10, tzinfo=UTC), datetime(2026, 12, 20, tzinfo=UTC))
    assert shop.messages() == []


def test_birthday_gift_a_week_before_then_an_sms_to_who_did_not_use_it(shop: Shop) -> None:
    flow = shop.add_flow("birthday")
    lucia = shop.contact(birthday=birthday(3, 10))  # due 3 March, 10:00 Madrid
    shop.contact("Ana", birthday=birthday(3, 5))  # was due 26 February: before activation
    shop.contact("Pedro")  # no birthday on file
    _ticks(shop, T0 + H, T0 + D - M)
    assert shop.messages() == []
    _ticks(shop, T0 + D + M)
    gift = shop.messages()
    assert [(m["node_id"], m["email"][:3]) for m in gift] == [("gift", "luc")]
    assert "CUMPLE-" in gift[0]["body"] and "17/03/2026" in gift[0]["body"]
    _ticks(shop, T0 + 7 * D + M)
    follow_up = shop.messages()[-1]
    assert (follow_up["node_id"], follow_up["channel"]) == ("follow_up_sms", "sms")
    assert "BAJA" in follow_up["body"] and "CUMPLE-" in follow_up["body"]
    assert shop.run_status(flow, lucia) == [("exited", None, "completed")]


def test_an_sms_in_quiet_hours_waits_for_the_morning_in_the_contacts_time_zone(shop: Shop) -> None:
    shop.add_flow("birthday")
    tokyo = shop.contact(birthday=birthday(3, 10), time_zone="Asia/Tokyo")
    assert tokyo
    _ticks(shop, datetime(2026, 3, 3, 1, 5, tzinfo=UTC))  # 10:05 in Tokyo: the gift email
    late_evening = datetime(2026, 3, 9, 14, 0, tzinfo=UTC)  # 23:00 in Tokyo
    _ticks(shop, late_evening)
    sms = shop.messages(channel="sms")
    assert [(m["status"], m["reason"], m["due_at"][:16]) for m in sms] == [
        ("queued", "quiet_hours", "2026-03-10 00:00"),  # 09:00 in Tokyo
    ]


def test_win_back_after_90_days_without_an_order_down_to_removal(shop: Shop) -> None:
    flow = shop.add_flow("win_back")
    lucia = shop.contact()
    gone = shop.contact("Ana")
    shop.order(lucia, T0 - 85 * D, ("ROP-CAM", 1), order_id="W1")  # 90 days: in 5 days
    shop.order(gone, T0 - 95 * D, ("ROP-CAM", 1), order_id="W2")  # before activation: no blast
    _ticks(shop, T0 + H, T0 + 5 * D + H)
    incentive = shop.messages()
    assert [(m["node_id"], m["email"][:3]) for m in incentive] == [("incentive", "luc")]
    assert "VUELVE-" in incentive[0]["body"]
    for day in (12, 19, 33, 34):
        _ticks(shop, T0 + day * D + 2 * H)
    assert [m["node_id"] for m in shop.messages()] == ["incentive", "reminder", "last_call"]
    assert shop.run_status(flow, lucia) == [("exited", None, "removed")]
    assert "suppressed" in shop.contact_row(lucia)["tags"]
    # Removed from marketing: the next automation holds its message back and says why.
    shop.add_flow("cart_abandonment", now=T0 + 35 * D)
    shop.event(lucia, "add_to_cart", T0 + 36 * D, sku="ROP-CAM", quantity=1, value_cents=1990)
    _ticks(shop, T0 + 36 * D + 2 * H)
    assert [(m["status"], m["reason"]) for m in shop.messages()[3:]] == [("skipped", "suppressed")]


def test_win_back_who_comes_back_is_thanked_and_tagged(shop: Shop) -> None:
    flow = shop.add_flow("win_back")
    lucia = shop.contact()
    shop.order(lucia, T0 - 85 * D, ("ROP-CAM", 1), order_id="W1")
    _ticks(shop, T0 + 5 * D + H, T0 + 12 * D + 2 * H)
    shop.event(lucia, "page_view", T0 + 14 * D, sku="ROP-VAQ", duration_seconds=40)
    _ticks(shop, T0 + 14 * D + M)
    assert [m["node_id"] for m in shop.messages()] == ["incentive", "reminder", "welcome_back"]
    assert "reactivated" in shop.contact_row(lucia)["tags"]
    assert shop.run_status(flow, lucia) == [("exited", None, "goal")]


def test_nurture_phase_one_weekly_guides_then_product_details_once_interested(shop: Shop) -> None:
    flow = shop.add_flow("nurture_by_phase")
    lucia = shop.contact(phase="awareness")
    shop.event(lucia, "signup", T0 + H)
    _ticks(shop, T0 + H + M, T0 + 7 * D + 2 * H)
    for minutes in (0, 10, 20):  # three product views: phase II
        shop.event(lucia, "page_view", T0 + 8 * D + minutes * M, sku="ROP-VAQ", duration_seconds=50)
    _ticks(shop, T0 + 8 * D + H)
    assert shop.contact_row(lucia)["phase"] == "consideration"
    _ticks(shop, T0 + 14 * D + 2 * H, T0 + 18 * D + 3 * H)
    sent = shop.messages()
    assert [m["node_id"] for m in sent] == ["guide_1", "guide_2", "details", "comparison"]
    assert "Vaquero" in sent[2]["body"]
    assert shop.run_status(flow, lucia) == [("exited", None, "completed")]


def test_nurture_entering_phase_two_and_repeated_questions(shop: Shop) -> None:
    flow = shop.add_flow("nurture_by_phase")
    browsing, asking = shop.contact(phase="awareness"), shop.contact("Ana", phase="awareness")
    for minutes in (0, 10, 20):
        shop.event(browsing, "page_view", T0 + H + minutes * M, sku="ROP-CAM", duration_seconds=50)
    shop.event(asking, "inquiry", T0 + H, sku="CAF-MAQ-PRO")
    _ticks(shop, T0 + 2 * H)
    shop.event(asking, "inquiry", T0 + 3 * D, sku="CAF-MAQ-PRO")
    _ticks(shop, T0 + 3 * D + M, T0 + 4 * D + 2 * H)
    sent = sorted((m["email"][:3], m["node_id"], m["channel"]) for m in shop.messages())
    assert sent == [
        ("ana", "details", "email"), ("ana", "help", "email"), ("ana", "tell_owner", "owner"),
        ("luc", "comparison", "email"), ("luc", "details", "email"),
    ]  # fmt: skip
    assert shop.run_status(flow, asking)[-1] == ("exited", None, "help_offered")


def test_a_customer_who_asks_twice_in_two_weeks_is_offered_help(shop: Shop) -> None:
    flow = shop.add_flow("nurture_by_phase")
    buyer = shop.contact(phase="customer")
    shop.order(buyer, T0 - 30 * D, ("ROP-CAM", 1), order_id="N1")
    shop.event(buyer, "inquiry", T0 + H, sku="CAF-MAQ-PRO")
    _ticks(shop, T0 + 2 * H)
    assert shop.messages() == []
    shop.event(buyer, "inquiry", T0 + 5 * D, sku="CAF-MAQ-PRO")
    _ticks(shop, T0 + 5 * D + M)
    assert [m["node_id"] for m in shop.messages()] == ["help", "tell_owner"]
    assert shop.run_status(flow, buyer) == [("exited", None, "help_offered")]
