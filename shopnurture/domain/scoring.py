"""Lead score and journey phase, derived from a contact's activity; data/scores.py runs the
same formulas in SQL (a test keeps the two in agreement)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from shopnurture.domain.vocabulary import EventType, Phase

PHASE_RANK = {Phase.AWARENESS.value: 0, Phase.CONSIDERATION.value: 1, Phase.CUSTOMER.value: 2}
CONSIDERATION_PRODUCT_VIEWS = 3


def _default_points() -> dict[str, int]:
    return {
        EventType.PAGE_VIEW: 1,
        EventType.CATEGORY_VIEW: 1,
        EventType.ADD_TO_CART: 4,
        EventType.CHECKOUT_STARTED: 6,
        EventType.ORDER: 10,
        EventType.REVIEW: 4,
        EventType.INQUIRY: 5,
        EventType.SIGNUP: 3,
        EventType.REFERRAL: 8,
    }


@dataclass(frozen=True)
class ScoreRules:
    """Points per event type, fading with a half-life, plus profitability: a point per
    `cents_per_point` ordered, fading too."""

    points: Mapping[str, int] = field(default_factory=_default_points)
    half_life_days: float = 60.0
    cents_per_point: int = 1000  # one point per 10 € (or dollars...) ordered


@dataclass(frozen=True)
class ScoredEvent:
    type: str
    occurred_at: datetime
    value_cents: int | None = None
    sku: str | None = None


def decay(age_days: float, rules: ScoreRules) -> float:
    """The weight of an event `age_days` old: 1 today, 1/2 after one half-life."""
    return math.exp(-math.log(2) * max(age_days, 0.0) / rules.half_life_days)


def event_points(event: ScoredEvent, rules: ScoreRules) -> float:
    points = float(rules.points.get(event.type, 0))
    if event.type == EventType.ORDER and event.value_cents:
        points += event.value_cents / rules.cents_per_point
    return points


def lead_score(
    events: Iterable[ScoredEvent], now: datetime, rules: ScoreRules | None = None
) -> int:
    rules = rules or ScoreRules()
    total = 0.0
    for event in events:
        if event.occurred_at > now:
            continue
        age = (now - event.occurred_at).total_seconds() / 86_400
        total += event_points(event, rules) * decay(age, rules)
    return math.floor(total + 0.5)


def derive_phase(product_views: int, inquiries: int, orders: int) -> str:
    """DOMAIN.md: III customer once they ordered; II consideration after 3 product views or
    an inquiry; else I awareness."""
    if orders > 0:
        return Phase.CUSTOMER.value
    if product_views >= CONSIDERATION_PRODUCT_VIEWS or inquiries > 0:
        return Phase.CONSIDERATION.value
    return Phase.AWARENESS.value


def phase_from_events(events: Iterable[ScoredEvent], current: str | None = None) -> str:
    """The phase the activity shows, never below `current` (a journey does not go back)."""
    views = inquiries = orders = 0
    for event in events:
        if event.type == EventType.PAGE_VIEW and event.sku:
            views += 1
        elif event.type == EventType.INQUIRY:
            inquiries += 1
        elif event.type == EventType.ORDER:
            orders += 1
    derived = derive_phase(views, inquiries, orders)
    if current in PHASE_RANK and PHASE_RANK[current] > PHASE_RANK[derived]:
        return current
    return derived
