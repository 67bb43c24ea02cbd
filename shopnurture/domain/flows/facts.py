"""What the engine knows about a contact when it decides a step: the contact, its recent
activity, the catalogue; and the event filters that triggers, waits and goals share."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any


@dataclass(frozen=True)
class EventFact:
    id: int
    type: str
    occurred_at: datetime
    sku: str | None = None
    category: str | None = None
    value_cents: int | None = None
    order_id: str | None = None
    rating: int | None = None
    duration_seconds: int | None = None
    source: str | None = None

    def as_context(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "occurred_at": to_text(self.occurred_at),
            "sku": self.sku,
            "value_cents": self.value_cents,
            "rating": self.rating,
        }


@dataclass(frozen=True)
class ContactFacts:
    id: int
    email: str | None = None
    phone: str | None = None
    first_name: str = ""
    last_name: str = ""
    language: str | None = None
    time_zone: str | None = None
    country: str | None = None
    city: str | None = None
    tags: tuple[str, ...] = ()
    email_consent: str = "unknown"
    sms_consent: str = "unknown"
    lead_score: int = 0
    phase: str = "awareness"
    birthday: date | None = None
    created_at: datetime | None = None
    order_count: int | None = None
    segments: frozenset[int] = frozenset()  # saved segments (that flows ask about) they are in


@dataclass(frozen=True)
class ProductFact:
    sku: str
    name: str = ""
    category: str | None = None
    price_cents: int | None = None
    stock: int | None = None
    kind: str | None = None
    units_per_pack: int | None = None
    units_per_day: float | None = None
    shipping_days: int | None = None
    upgrade_sku: str | None = None
    related_skus: tuple[str, ...] = ()

    @property
    def in_stock(self) -> bool:
        """Unknown stock counts as available: the owner did not tell us otherwise."""
        return self.stock is None or self.stock > 0

    def supply(self, quantity: int | None) -> timedelta | None:
        """How long `quantity` packs last at the stated daily use, if it is a consumable."""
        if not self.units_per_pack or not self.units_per_day or self.units_per_day <= 0:
            return None
        return timedelta(days=max(quantity or 1, 1) * self.units_per_pack / self.units_per_day)


@dataclass(frozen=True)
class StepFacts:
    """Everything one step may look at. `events` are the contact's, oldest first, up to now."""

    contact: ContactFacts
    events: Sequence[EventFact]
    products: Mapping[str, ProductFact]
    now: datetime
    shop_time_zone: str
    stale_after: timedelta


@lru_cache(maxsize=8192)
def to_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


@lru_cache(maxsize=8192)
def from_text(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _as_list(value: Any) -> list[Any]:
    if value is None or value == "":
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def event_matches(
    spec: Mapping[str, Any],
    event: EventFact,
    *,
    context_skus: Iterable[str] = (),
    products: Mapping[str, ProductFact] | None = None,
) -> bool:
    """Does `event` pass an event filter (types, product, category, value, source, rating...)?

    `same_products` / `upgrade_products` compare with the products the run is about.
    """
    types = _as_list(spec.get("types"))
    if types and event.type not in types:
        return False
    skus = _as_list(spec.get("sku"))
    if skus and event.sku not in skus:
        return False
    categories = [str(c).casefold() for c in _as_list(spec.get("category"))]
    if categories and (event.category or "").casefold() not in categories:
        return False
    sources = [str(s).casefold() for s in _as_list(spec.get("source"))]
    if sources and (event.source or "").casefold() not in sources:
        return False
    for key, actual, at_least in (
        ("min_value_cents", event.value_cents, True),
        ("min_duration_seconds", event.duration_seconds, True),
        ("min_rating", event.rating, True),
        ("max_rating", event.rating, False),
    ):
        limit = spec.get(key)
        if limit is None:
            continue
        if actual is None or (actual < limit if at_least else actual > limit):
            return False
    catalogue = products or {}
    if spec.get("same_products") and event.sku not in set(context_skus):
        return False
    if spec.get("upgrade_products"):
        upgrades = {catalogue[sku].upgrade_sku for sku in context_skus if sku in catalogue} - {None}
        if event.sku not in upgrades:
            return False
    if spec.get("has_upgrade"):
        product = catalogue.get(event.sku or "")
        if product is None or not product.upgrade_sku or product.upgrade_sku not in catalogue:
            return False
    return True
