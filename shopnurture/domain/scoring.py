"""Lead score and journey phase, derived from a contact's activity; data/scores.py runs the
same formulas in SQL (a test keeps the two in agreement)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from shopnurture.domain.vocabulary import EventType, Phase

POINTS_PREFIX = "score.points."  # settings keys: score.points.<event type>
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
    cents_per_point: int = 1000  # one point per 10 € (or dollars...) ordered; 0: none

    @property
    def points_per_cent(self) -> float:
        return 1 / self.cents_per_point if self.cents_per_point > 0 else 0.0


def score_rules_from(settings: Mapping[str, str]) -> ScoreRules:
    """The points table from settings values (missing keys keep their defaults)."""
    defaults = ScoreRules()
    points = dict(defaults.points)
    for key, value in settings.items():
        if key.startswith(POINTS_PREFIX) and key.removeprefix(POINTS_PREFIX) in points:
            points[key.removeprefix(POINTS_PREFIX)] = int(value)
    return ScoreRules(
        points=points,
        half_life_days=float(settings.get("score.half_life_days", defaults.half_life_days)),
        cents_per_point=int(settings.get("score.cents_per_point", defaults.cents_per_point)),
    )


def score_rules_settings(rules: ScoreRules) -> dict[str, str]:
    """The settings values that store `rules`."""
    values = {f"{POINTS_PREFIX}{event}": str(points) for event, points in rules.points.items()}
    values["score.half_life_days"] = f"{rules.half_life_days:g}"
    values["score.cents_per_point"] = str(rules.cents_per_point)
    return values


@dataclass(frozen=True)
class ScoredEvent:
    type: str
    occurred_at: datetime
    value_cents: int | None = None
    sku: str | None = None
    product: str | None = None  # the rest only for explanations
    category: str | None = None
    order_id: str | None = None


def decay(age_days: float, rules: ScoreRules) -> float:
    """The weight of an event `age_days` old: 1 today, 1/2 after one half-life."""
    return math.exp(-math.log(2) * max(age_days, 0.0) / rules.half_life_days)


def event_points(event: ScoredEvent, rules: ScoreRules) -> float:
    points = float(rules.points.get(event.type, 0))
    return points + spend_points(event, rules)


def spend_points(event: ScoredEvent, rules: ScoreRules) -> float:
    """Profitability: the order's value in points (before fading)."""
    if event.type == EventType.ORDER and event.value_cents:
        return event.value_cents * rules.points_per_cent
    return 0.0


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
