"""Why a contact has their lead score, phase and RFM group: reasons as message codes with
parameters ("+10: viewed Camiseta ×3 (this week)"), rendered in the owner's language."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from shopnurture.domain.rfm import DEFAULT_THRESHOLDS, RfmThresholds, order_summary, rfm_scores
from shopnurture.domain.scoring import (
    CONSIDERATION_PRODUCT_VIEWS,
    PHASE_RANK,
    ScoredEvent,
    ScoreRules,
    decay,
    phase_from_events,
    spend_points,
)
from shopnurture.domain.vocabulary import EventType

WEEK_DAYS, MONTH_DAYS = 7, 30
_PRODUCTLESS = {EventType.CHECKOUT_STARTED.value, EventType.SIGNUP.value, EventType.REFERRAL.value}


@dataclass(frozen=True)
class Reason:
    topic: str  # score, phase or rfm
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    points: int | None = None


def _period(age_days: float) -> str:
    if age_days <= WEEK_DAYS:
        return "explain.period.week"
    if age_days <= MONTH_DAYS:
        return "explain.period.month"
    return "explain.period.earlier"


def _signed(points: int) -> str:
    return f"{points:+d}"


def default_money(cents: int) -> str:
    return f"{cents / 100:.2f}"


def explain_score(
    events: Iterable[ScoredEvent],
    now: datetime,
    rules: ScoreRules,
    *,
    adjustment: int = 0,
    money: Callable[[int], str] = default_money,
) -> list[Reason]:
    """The score's parts, biggest first: activity grouped by kind, product and period (this
    week, this month, earlier), the money spent, and points given by automations."""
    groups: dict[tuple[str, str, str], list[float]] = {}  # key -> [points, count]
    spend: dict[str, list[float]] = {}  # period -> [points, cents]
    for event in events:
        if event.occurred_at > now:
            continue
        age = (now - event.occurred_at).total_seconds() / 86_400
        weight, period = decay(age, rules), _period(age)
        label = "" if event.type in _PRODUCTLESS else _label(event)
        entry = groups.setdefault((event.type, label, period), [0.0, 0])
        entry[0] += rules.points.get(event.type, 0) * weight
        entry[1] += 1
        extra = spend_points(event, rules)
        if extra:
            paid = spend.setdefault(period, [0.0, 0])
            paid[0] += extra * weight
            paid[1] += event.value_cents or 0
    reasons = []
    for (kind, label, period), (points, count) in groups.items():
        rounded = math.floor(points + 0.5)
        if rounded == 0:
            continue
        params: dict[str, Any] = {"points": _signed(rounded), "count": int(count),
                                  "period_code": period}  # fmt: skip
        if label:
            params["product"] = label
        else:
            params["product_code"] = "explain.something"
        reasons.append(Reason("score", f"explain.score.{kind}", params, rounded))
    for period, (points, cents) in spend.items():
        rounded = math.floor(points + 0.5)
        if rounded:
            params = {"points": _signed(rounded), "amount": money(int(cents)),
                      "period_code": period}  # fmt: skip
            reasons.append(Reason("score", "explain.score.spend", params, rounded))
    if adjustment:
        reasons.append(
            Reason("score", "explain.score.adjustment", {"points": _signed(adjustment)}, adjustment)
        )
    reasons.sort(key=lambda reason: -abs(reason.points or 0))
    return reasons or [Reason("score", "explain.score.none")]


def _label(event: ScoredEvent) -> str:
    if event.type == EventType.CATEGORY_VIEW:
        return event.category or event.product or ""
    return event.product or event.sku or event.category or ""


def explain_phase(events: Sequence[ScoredEvent], stored_phase: str | None) -> list[Reason]:
    """What put the contact in their phase (DOMAIN.md's rules, see domain/scoring.py)."""
    views = sum(1 for e in events if e.type == EventType.PAGE_VIEW and e.sku)
    inquiries = sum(1 for e in events if e.type == EventType.INQUIRY)
    orders = {e.order_id or f"#{i}" for i, e in enumerate(events) if e.type == EventType.ORDER}
    derived = phase_from_events(events)
    reasons = []
    if derived == "customer":
        reasons.append(Reason("phase", "explain.phase.customer", {"count": len(orders)}))
    elif inquiries:
        reasons.append(Reason("phase", "explain.phase.consideration_inquiry", {"count": inquiries}))
    elif derived == "consideration":
        reasons.append(Reason("phase", "explain.phase.consideration_views",
                              {"count": views, "needed": CONSIDERATION_PRODUCT_VIEWS}))  # fmt: skip
    else:
        reasons.append(Reason("phase", "explain.phase.awareness",
                              {"count": views, "needed": CONSIDERATION_PRODUCT_VIEWS}))  # fmt: skip
    if stored_phase in PHASE_RANK and PHASE_RANK[stored_phase] > PHASE_RANK[derived]:
        reasons.insert(
            0, Reason("phase", "explain.phase.kept", {"phase_code": f"phase.{stored_phase}"})
        )
    return reasons


def explain_rfm(
    events: Iterable[ScoredEvent],
    now: datetime,
    *,
    thresholds: RfmThresholds = DEFAULT_THRESHOLDS,
    money: Callable[[int], str] = default_money,
) -> Reason:
    summary = order_summary(
        ((e.order_id, e.value_cents, e.occurred_at) for e in events if e.type == EventType.ORDER),
        now,
    )
    scores = rfm_scores(summary, now, thresholds)
    if scores is None or summary is None:
        return Reason("rfm", "explain.rfm.none")
    params = {
        "group_code": f"rfm.group.{scores.group}",
        "days": math.floor(scores.days_since_last_order),
        "recency": scores.recency,
        "orders": summary.orders,
        "frequency": scores.frequency,
        "amount": money(summary.spent_cents),
        "monetary": scores.monetary,
        "rfm_group": scores.group,
    }
    return Reason("rfm", "explain.rfm.group", params)


def explain_contact(
    events: Sequence[ScoredEvent],
    now: datetime,
    rules: ScoreRules,
    *,
    stored_phase: str | None = None,
    adjustment: int = 0,
    money: Callable[[int], str] = default_money,
) -> list[Reason]:
    """Score reasons, then phase reasons, then the RFM group."""
    past = [event for event in events if event.occurred_at <= now]
    return [
        *explain_score(past, now, rules, adjustment=adjustment, money=money),
        *explain_phase(past, stored_phase),
        explain_rfm(past, now, money=money),
    ]
