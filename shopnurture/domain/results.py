"""What each flow earned in a period: the attribution windows, the shapes of the figures
(per flow and per node) and how raw counts become them. Pure; data/results.py reads the rows."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from shopnurture.domain.lift import Lift

# DOMAIN.md: "a small push can win back up to 20 % of them" (abandoned carts).
CART_RECOVERY_REFERENCE = 0.20
EMAIL_WINDOW_KEY = "results.email_window_days"
SMS_WINDOW_KEY = "results.sms_window_days"


@dataclass(frozen=True)
class AttributionWindows:
    """How long after a message an order still counts as its doing (last touch)."""

    email_days: float = 5.0
    sms_days: float = 1.0

    @classmethod
    def from_settings(cls, settings: Mapping[str, str]) -> AttributionWindows:
        default = cls()
        return cls(
            float(settings.get(EMAIL_WINDOW_KEY) or default.email_days),
            float(settings.get(SMS_WINDOW_KEY) or default.sms_days),
        )

    def days_for(self, channel: str) -> float:
        return self.sms_days if channel == "sms" else self.email_days

    @property
    def longest(self) -> float:
        return max(self.email_days, self.sms_days)


@dataclass(frozen=True)
class AttributedOrder:
    """An order (all its lines) and the message that gets the credit: the latest one sent to
    the contact before it whose window still covered it."""

    contact_id: int
    order_key: str
    at: datetime
    value_cents: int
    message_id: int
    flow_id: int | None
    node_id: str | None
    channel: str


@dataclass(frozen=True)
class MessageCount:
    flow_id: int | None
    node_id: str | None
    channel: str
    status: str
    reason: str | None
    count: int


@dataclass
class Outcomes:
    """The counters shared by a flow and each of its nodes."""

    sent: int = 0
    failed: int = 0
    queued: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    messaged_contacts: int = 0
    converted: int = 0  # contacts with at least one order credited here
    orders: int = 0
    revenue_cents: int = 0

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    @property
    def conversion_rate(self) -> float | None:
        return self.converted / self.messaged_contacts if self.messaged_contacts else None

    def count(self, row: MessageCount) -> None:
        if row.status == "sent":
            self.sent += row.count
        elif row.status == "failed":
            self.failed += row.count
        elif row.status == "skipped":
            reason = row.reason or "unknown"
            self.skipped[reason] = self.skipped.get(reason, 0) + row.count
        else:
            self.queued += row.count

    def outcome_json(self) -> dict[str, Any]:
        return {
            "sent": self.sent, "failed": self.failed, "queued": self.queued,
            "skipped": self.skipped_total, "skipped_by_reason": dict(sorted(self.skipped.items())),
            "messaged_contacts": self.messaged_contacts, "converted": self.converted,
            "orders": self.orders, "revenue_cents": self.revenue_cents,
        }  # fmt: skip


@dataclass
class NodeResult(Outcomes):
    node_id: str = ""
    kind: str = ""
    label: str = ""
    reached: int = 0  # runs that passed the node in the period
    steps: dict[str, int] = field(default_factory=dict)  # outcome -> runs

    def as_json(self) -> dict[str, Any]:
        return {
            "node_id": self.node_id, "kind": self.kind, "label": self.label,
            "reached": self.reached, "steps": dict(sorted(self.steps.items())),
            **self.outcome_json(),
        }  # fmt: skip


@dataclass
class CartFigures:
    carts: int = 0  # cart-flow runs that entered (the holdout group left out)
    reminded: int = 0  # ... that got at least one message
    recovered: int = 0  # ... followed by an order within a message's window

    @property
    def rate(self) -> float | None:
        return self.recovered / self.reminded if self.reminded else None


@dataclass
class FlowResult(Outcomes):
    flow_id: int = 0
    name: str = ""
    status: str = ""
    entered: int = 0
    carts: CartFigures | None = None
    lift: Lift | None = None
    nodes: list[NodeResult] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        carts = self.carts
        return {
            "flow_id": self.flow_id, "name": self.name, "status": self.status,
            "entered": self.entered, **self.outcome_json(),
            "carts": None if carts is None else {
                "carts": carts.carts, "reminded": carts.reminded, "recovered": carts.recovered,
                "recovery_rate": None if carts.rate is None else round(carts.rate, 6),
            },
            "lift": None if self.lift is None else self.lift.as_json(),
            "nodes": [node.as_json() for node in self.nodes],
        }  # fmt: skip


def credit_orders(
    orders: list[AttributedOrder],
) -> dict[tuple[int | None, str | None], tuple[set[int], int, int]]:
    """(flow, node) -> (contacts converted, orders, revenue); node None holds the flow total."""
    credit: dict[tuple[int | None, str | None], tuple[set[int], int, int]] = {}
    for order in orders:
        for key in ((order.flow_id, None), (order.flow_id, order.node_id)):
            contacts, count, revenue = credit.get(key, (set(), 0, 0))
            contacts.add(order.contact_id)
            credit[key] = (contacts, count + 1, revenue + order.value_cents)
    return credit


def apply_credit(target: Outcomes, credit: tuple[set[int], int, int] | None) -> None:
    if credit is not None:
        contacts, orders, revenue = credit
        target.converted, target.orders, target.revenue_cents = len(contacts), orders, revenue


def series_by_bucket(points: list[tuple[date, int]], buckets: list[date]) -> list[int]:
    """Sums of (bucket, amount) pairs laid out over `buckets` (zeros where nothing happened)."""
    index = {bucket: position for position, bucket in enumerate(buckets)}
    values = [0] * len(buckets)
    for bucket, amount in points:
        if bucket in index:
            values[index[bucket]] += amount
    return values
