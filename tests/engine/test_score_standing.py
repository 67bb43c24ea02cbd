"""The points table in settings, score history written only on change, RFM groups, and the
reasons shown for a contact's score, phase and RFM group."""

from __future__ import annotations

from datetime import timedelta

import pytest

from shopnurture.data.scores import refresh_scores
from shopnurture.domain.rfm import (
    RFM_GROUP_BY_SCORES,
    OrderSummary,
    frequency_score,
    monetary_score,
    recency_score,
    rfm_group,
    rfm_scores,
)
from shopnurture.domain.scoring import ScoreRules, score_rules_from, score_rules_settings
from shopnurture.errors import UserError
from shopnurture.messages import render_message
from shopnurture.services.scoring import (
    contact_standing,
    read_score_rules,
    refresh_all_scores,
    save_score_rules,
)
from tests.engine.shop import T0, Shop

D = timedelta(days=1)


def test_rfm_scores_and_groups_by_hand() -> None:
    assert [recency_score(d) for d in (0, 30, 30.5, 60, 120, 240, 241)] == [5, 5, 4, 4, 3, 2, 1]
    assert [frequency_score(n) for n in (1, 2, 3, 4, 5, 8)] == [1, 2, 3, 3, 4, 5]
    assert [monetary_score(c) for c in (4_999, 5_000, 10_000, 25_000, 50_000)] == [1, 2, 3, 4, 5]
    assert rfm_group(5, 5, 5) == "champions"
    assert rfm_group(4, 4, 3) == "champions"  # FM = (4 + 3 + 1) // 2 = 4
    assert rfm_group(3, 5, 5) == "loyal"
    assert rfm_group(5, 1, 2) == "potential"
    assert rfm_group(2, 4, 4) == "at_risk"
    assert rfm_group(1, 3, 3) == "at_risk"
    assert rfm_group(3, 1, 1) == "hibernating"
    assert rfm_group(1, 2, 1) == "lost"
    assert set(RFM_GROUP_BY_SCORES.values()) == {
        "champions", "loyal", "potential", "at_risk", "hibernating", "lost"
    }  # fmt: skip
    assert rfm_scores(None, T0) is None
    scores = rfm_scores(OrderSummary(2, 16_395, T0 - 5 * D), T0)
    assert scores is not None and (scores.recency, scores.frequency, scores.monetary) == (5, 2, 3)
    assert scores.group == "loyal"


def test_points_table_lives_in_settings(shop: Shop) -> None:
    assert read_score_rules(shop.database) == ScoreRules()
    changed = ScoreRules(
        points={**ScoreRules().points, "page_view": 3}, half_life_days=30, cents_per_point=0
    )
    assert save_score_rules(shop.database, changed) == changed
    assert score_rules_from(score_rules_settings(changed)) == changed
    shop.cli("settings", "set", "score.points.order", "12", now=T0)  # the CLI edits it too
    changed = ScoreRules(points={**changed.points, "order": 12}, half_life_days=30,
                         cents_per_point=0)  # fmt: skip
    assert read_score_rules(shop.database) == changed
    with pytest.raises(UserError) as caught:
        save_score_rules(shop.database, ScoreRules(points={"order": 5000}))
    assert caught.value.message("es").endswith("usa puntos enteros entre -1000 y 1000")
    assert read_score_rules(shop.database) == changed  # nothing stored from the bad table


def test_history_is_written_only_when_the_score_or_phase_changes(shop: Shop) -> None:
    lucia = shop.contact()
    shop.event(lucia, "add_to_cart", T0)

    def refresh(now: object) -> None:
        with shop.database.write_session() as session:
            refresh_scores(session=session, contact_ids=[lucia], now=now)  # type: ignore[arg-type]

    def history() -> list[tuple[int, str]]:
        return [tuple(r) for r in shop.sql(
            "SELECT lead_score, phase FROM score_history WHERE contact_id = ? ORDER BY id", lucia
        )]  # type: ignore[misc]  # fmt: skip

    refresh(T0)
    refresh(T0 + timedelta(hours=1))  # 4 points fade to 3.998: still 4, no new row
    assert history() == [(4, "awareness")]
    for minutes in (1, 2, 3):
        shop.event(lucia, "page_view", T0 + timedelta(minutes=minutes), sku="ROP-CAM")
    refresh(T0 + timedelta(hours=2))  # 4 + 3 views: 7, and 3 product views: phase II
    refresh(T0 + 60 * D)  # one half-life later: 3.5 rounds to 4
    assert history() == [(4, "awareness"), (7, "consideration"), (4, "consideration")]


def test_refresh_all_scores_after_a_new_points_table(shop: Shop) -> None:
    ana, ben = shop.contact("Ana"), shop.contact("Ben")
    shop.event(ana, "page_view", T0, sku="ROP-CAM")
    shop.event(ben, "signup", T0)
    assert refresh_all_scores(shop.database, now=T0) == 2  # 1 and 3 points
    save_score_rules(shop.database, ScoreRules(points={**ScoreRules().points, "page_view": 10}))
    assert refresh_all_scores(shop.database, now=T0) == 1  # only Ana's changed
    assert (shop.contact_row(ana)["lead_score"], shop.contact_row(ben)["lead_score"]) == (10, 3)


def _texts(standing: object, topic: str, language: str) -> list[str]:
    return [
        render_message(reason.code, language, **reason.params)
        for reason in standing.reasons_about(topic)  # type: ignore[attr-defined]
    ]


def test_reasons_for_score_phase_and_rfm(shop: Shop) -> None:
    save_score_rules(shop.database, ScoreRules(points={**ScoreRules().points, "page_view": 3}))
    lucia = shop.contact()
    for minutes in (10, 20, 30):
        shop.event(lucia, "page_view", T0 - timedelta(minutes=minutes), sku="ROP-CAM",
                   product="Camiseta")  # fmt: skip
    shop.event(lucia, "order", T0 - 60 * D, sku="ROP-VAQ", product="Vaquero", value_cents=4990,
               order_id="V1")  # fmt: skip
    shop.event(lucia, "page_view", T0 + D, sku="ROP-CAM")  # the future: not a reason
    standing = contact_standing(shop.database, lucia, now=T0)
    assert standing is not None
    # 3 views x 3 points, barely faded; the order: (10 + 4.99) / 2 = 5 + 2.495.
    assert _texts(standing, "score", "en") == [
        "+9: viewed Camiseta ×3 (this week)",
        "+5: ordered Vaquero ×1 (earlier)",
        "+2: spent 49.90 (earlier)",
    ]
    assert _texts(standing, "score", "es")[0] == "+9: vio Camiseta ×3 (esta semana)"
    assert _texts(standing, "phase", "en") == ["Phase III: 1 order"]
    # 60 days: R4; 1 order: F1; 49.90: M1 -> FM 1 with R4: potential.
    assert _texts(standing, "rfm", "en") == [
        "Potential: last order 60 days ago (R4), 1 order (F1), 49.90 spent (M1)"
    ]
    assert _texts(standing, "rfm", "es") == [
        "Prometedores: último pedido hace 60 días (R4), 1 pedido (F1), 49.90 gastados (M1)"
    ]
    assert standing.rfm_group == "potential"


def test_phase_reasons_before_buying(shop: Shop) -> None:
    ana = shop.contact("Ana", phase="customer")  # set by a flow: kept
    shop.event(ana, "page_view", T0, sku="ROP-CAM")
    ben = shop.contact("Ben")
    shop.event(ben, "inquiry", T0, sku="ROP-CAM")
    nobody = shop.contact("Nadie")
    ana_standing = contact_standing(shop.database, ana, now=T0)
    assert _texts(ana_standing, "phase", "en") == [
        "Stays in III · Customer: set by an automation, a journey does not go back",
        "Phase I: 1 product view; 3 views or a question bring phase II",
    ]
    assert _texts(contact_standing(shop.database, ben, now=T0), "phase", "en") == [
        "Phase II: asked 1 question"
    ]
    none = contact_standing(shop.database, nobody, now=T0)
    assert _texts(none, "score", "en") == ["No points yet: no recent activity."]
    assert _texts(none, "rfm", "en") == ["No RFM group: no orders yet"]
    assert contact_standing(shop.database, 999, now=T0) is None
