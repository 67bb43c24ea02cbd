"""RFM groups (champions, loyal, potential, at risk, hibernating, lost) from a customer's orders.

Recency, frequency and money are each scored 1-5 against FIXED thresholds rather than the
shop's quintiles: a small shop's quintiles jump whenever a few customers buy, while "ordered
within 30 days" means the same thing every day and can be explained to the owner. The group
comes from R and the rounded mean of F and M; data/segments.py builds its SQL from
`RFM_GROUP_BY_SCORES`, so the two can never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

RFM_GROUPS = ("champions", "loyal", "potential", "at_risk", "hibernating", "lost")


@dataclass(frozen=True)
class RfmThresholds:
    """Score 5, 4, 3, 2 from the first limit met; else 1."""

    recency_days: tuple[float, float, float, float] = (30, 60, 120, 240)  # at most
    min_orders: tuple[int, int, int, int] = (8, 5, 3, 2)  # at least
    min_spent_cents: tuple[int, int, int, int] = (50_000, 25_000, 10_000, 5_000)  # at least


DEFAULT_THRESHOLDS = RfmThresholds()


@dataclass(frozen=True)
class OrderSummary:
    orders: int
    spent_cents: int
    last_order_at: datetime


@dataclass(frozen=True)
class RfmScores:
    recency: int
    frequency: int
    monetary: int
    days_since_last_order: float
    group: str


def recency_score(days: float, thresholds: RfmThresholds = DEFAULT_THRESHOLDS) -> int:
    for score, limit in zip((5, 4, 3, 2), thresholds.recency_days, strict=True):
        if days <= limit:
            return score
    return 1


def _at_least_score(value: int, limits: tuple[int, int, int, int]) -> int:
    for score, limit in zip((5, 4, 3, 2), limits, strict=True):
        if value >= limit:
            return score
    return 1


def frequency_score(orders: int, thresholds: RfmThresholds = DEFAULT_THRESHOLDS) -> int:
    return _at_least_score(orders, thresholds.min_orders)


def monetary_score(spent_cents: int, thresholds: RfmThresholds = DEFAULT_THRESHOLDS) -> int:
    return _at_least_score(spent_cents, thresholds.min_spent_cents)


def rfm_group(recency: int, frequency: int, monetary: int) -> str:
    """R >= 4 and FM >= 4 champions; R >= 3 and FM >= 3 loyal; R >= 4 potential; R <= 2 and
    FM >= 3 at risk; R = 1 lost; else hibernating. FM is the mean of F and M, rounded up."""
    value = (frequency + monetary + 1) // 2
    if recency >= 4 and value >= 4:
        return "champions"
    if recency >= 3 and value >= 3:
        return "loyal"
    if recency >= 4:
        return "potential"
    if value >= 3:
        return "at_risk"
    if recency == 1:
        return "lost"
    return "hibernating"


# Keyed by R * 10 + FM, where FM = (F + M + 1) // 2: what the SQL twin looks up.
RFM_GROUP_BY_SCORES: dict[int, str] = {
    recency * 10 + value: rfm_group(recency, value, value)
    for recency in range(1, 6)
    for value in range(1, 6)
}


def rfm_scores(
    summary: OrderSummary | None, now: datetime, thresholds: RfmThresholds = DEFAULT_THRESHOLDS
) -> RfmScores | None:
    """None for someone who never ordered: RFM only groups customers."""
    if summary is None or summary.orders <= 0:
        return None
    days = max((now - summary.last_order_at).total_seconds() / 86_400, 0.0)
    recency = recency_score(days, thresholds)
    frequency = frequency_score(summary.orders, thresholds)
    monetary = monetary_score(summary.spent_cents, thresholds)
    return RfmScores(recency, frequency, monetary, days, rfm_group(recency, frequency, monetary))


def order_summary(
    orders: Iterable[tuple[str | None, int | None, datetime]], now: datetime
) -> OrderSummary | None:
    """From order lines (order id, value, moment) up to `now`: lines of one order count once."""
    seen: set[str] = set()
    spent = 0
    last: datetime | None = None
    for position, (order_id, value_cents, occurred_at) in enumerate(orders):
        if occurred_at > now:
            continue
        seen.add(order_id if order_id is not None else f"#line{position}")
        spent += value_cents or 0
        last = occurred_at if last is None or occurred_at > last else last
    if last is None:
        return None
    return OrderSummary(len(seen), spent, last)
