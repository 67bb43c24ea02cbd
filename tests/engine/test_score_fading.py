"""Scores of contacts with no new activity fade too: once a day the tick recomputes the
scores that still hold activity points (without adding to the score history)."""

from __future__ import annotations

from datetime import timedelta

from shopnurture.services.engine.score_fading import FADED_AT_KEY
from tests.engine.shop import T0, Shop

D = timedelta(days=1)


def _score(shop: Shop, contact_id: int) -> int:
    return int(shop.contact_row(contact_id)["lead_score"])


def test_an_idle_contact_fades_once_a_day(shop: Shop) -> None:
    ana = shop.contact("Ana")
    idle = shop.contact("Ben")  # no activity at all: stays at 0, never recomputed
    for minutes in range(20):  # 20 category views: 20 points today
        shop.event(ana, "category_view", T0 - timedelta(minutes=minutes), category="ROP")
    shop.tick(T0)
    assert _score(shop, ana) == 20
    history = shop.sql("SELECT count(*) FROM score_history WHERE contact_id = ?", ana)
    shop.tick(T0 + timedelta(hours=23))  # not a day yet: left as it was
    assert _score(shop, ana) == 20
    shop.tick(T0 + 60 * D)  # one half-life later, no new activity
    assert _score(shop, ana) == 10
    assert _score(shop, idle) == 0
    assert shop.sql("SELECT count(*) FROM score_history WHERE contact_id = ?", ana) == history
    faded_at = shop.sql("SELECT value FROM setting WHERE key = ?", FADED_AT_KEY)[0][0]
    assert faded_at.startswith("2026-05-01")  # T0 + 60 days


def test_points_given_by_flows_do_not_fade(shop: Shop) -> None:
    cris = shop.contact("Cris")
    with shop.database.write_session() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO score_adjustment (contact_id, points, updated_at) VALUES (?, 7, ?)",
            (cris, "2026-03-01 00:00:00.000000"),
        )
        session.connection().exec_driver_sql(
            "UPDATE contact SET lead_score = 7 WHERE id = ?", (cris,)
        )
    shop.event(cris, "order", T0, sku="ROP-CAM", value_cents=0, order_id="C1")
    shop.tick(T0)
    assert _score(shop, cris) == 17  # 10 for the order + 7 from a flow
    shop.tick(T0 + 120 * D)  # two half-lives
    assert _score(shop, cris) == 10  # 2.5 rounds to 3, + 7
