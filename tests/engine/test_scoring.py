"""Lead score and phase: the plain functions, and the SQL the engine runs agreeing with them."""

from __future__ import annotations

import random
from datetime import timedelta

from shopnurture.data.scores import refresh_scores
from shopnurture.domain.scoring import ScoredEvent, derive_phase, lead_score, phase_from_events
from tests.engine.shop import T0, Shop

D = timedelta(days=1)


def test_points_fade_with_a_half_life_and_orders_add_their_value() -> None:
    today = [ScoredEvent("add_to_cart", T0)]
    assert lead_score(today, T0) == 4
    assert lead_score([ScoredEvent("add_to_cart", T0 - 60 * D)], T0) == 2  # one half-life
    assert lead_score([ScoredEvent("order", T0, value_cents=5000)], T0) == 10 + 5
    assert lead_score([ScoredEvent("page_view", T0 + D)], T0) == 0  # the future does not count


def test_phases_follow_domain_md() -> None:
    assert derive_phase(product_views=0, inquiries=0, orders=0) == "awareness"
    assert derive_phase(product_views=3, inquiries=0, orders=0) == "consideration"
    assert derive_phase(product_views=0, inquiries=1, orders=0) == "consideration"
    assert derive_phase(product_views=0, inquiries=0, orders=1) == "customer"
    views = [ScoredEvent("page_view", T0, sku="X")] * 2 + [ScoredEvent("page_view", T0)]
    assert phase_from_events(views) == "awareness"  # a category page is not a product
    assert phase_from_events([], current="customer") == "customer"  # never goes back


def test_the_engine_s_sql_gives_the_same_score_and_phase(shop: Shop) -> None:
    rng = random.Random(7)
    kinds = ("page_view", "category_view", "add_to_cart", "checkout_started", "order",
             "review", "inquiry", "signup", "referral")  # fmt: skip
    expected = {}
    for number in range(12):
        contact = shop.contact(f"C{number}", phase="awareness")
        events = []
        for _ in range(rng.randrange(0, 25)):
            kind = rng.choice(kinds)
            at = T0 - timedelta(days=rng.uniform(0, 300))
            value = rng.randrange(500, 30_000) if kind == "order" else None
            sku = rng.choice(["ROP-CAM", None]) if kind == "page_view" else None
            shop.event(contact, kind, at, value_cents=value, sku=sku)
            events.append(ScoredEvent(kind, at, value, sku))
        expected[contact] = (lead_score(events, T0), phase_from_events(events, "awareness"))
    with shop.database.write_session() as session:
        refresh_scores(session=session, contact_ids=list(expected), now=T0)
    for contact, (score, phase) in expected.items():
        row = shop.contact_row(contact)
        assert abs(row["lead_score"] - score) <= 1, contact  # float sums may round differently
        assert row["phase"] == phase, contact


def test_flow_points_stay_on_top_of_the_activity_score(shop: Shop) -> None:
    from shopnurture.data.engine_facts import adjust_scores

    lucia = shop.contact()
    shop.event(lucia, "add_to_cart", T0)
    with shop.database.write_session() as session:
        adjust_scores(session=session, points={lucia: 10}, now=T0)
        refresh_scores(session=session, contact_ids=[lucia], now=T0)
    assert shop.contact_row(lucia)["lead_score"] == 14
