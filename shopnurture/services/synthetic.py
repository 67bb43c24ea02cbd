"""A deterministic synthetic shop (catalogue, customers, their journeys) for demos and benchmarks.

Qt-free. One seeded `random.Random` drives everything: the same arguments give the same shop.
"""

from __future__ import annotations

import heapq
import math
import random
from collections.abc import Iterator
from datetime import datetime, timedelta
from itertools import accumulate
from typing import Any, NamedTuple

from shopnurture.domain.vocabulary import EventType
from shopnurture.services.synthetic_catalogue import (
    CATALOGUE,
    CATEGORY_WEIGHTS,
    CONSUMABLE,
    DURABLE,
    SOFT,
    as_utc,
    generate_products,
)
from shopnurture.services.synthetic_people import ContactMaker, JourneyFacts

__all__ = ["Journey", "generate_journeys", "generate_products"]

DAY = 86_400
MIN_SESSION_GAP = 35 * 60  # analytics split visits after 30 idle minutes: keep visits apart
CART_CHECKOUT_RATE = 0.5  # carts that reach checkout...
CHECKOUT_ORDER_RATE = 0.48  # ...and checkouts paid: 0.5 * 0.48 = 24%, so ~76% are abandoned
AVERAGE_SESSION_EVENTS = 4.0
ACTIVE_SHARE = 0.4  # contacts still visiting these days; the others went quiet at some point

# Plain strings in the hot loop (and in the rows): cheaper to compare than enum members.
_PAGE_VIEW, _CATEGORY_VIEW = EventType.PAGE_VIEW.value, EventType.CATEGORY_VIEW.value
_ADD_TO_CART, _CHECKOUT = EventType.ADD_TO_CART.value, EventType.CHECKOUT_STARTED.value
_ORDER, _REVIEW = EventType.ORDER.value, EventType.REVIEW.value
_INQUIRY, _SIGNUP, _REFERRAL = (
    EventType.INQUIRY.value,
    EventType.SIGNUP.value,
    EventType.REFERRAL.value,
)
_REPLENISH = "replenish"  # a follow-up visit to buy a consumable again
_SOURCES = ("google", "instagram", "direct", "newsletter", "facebook", "tiktok", "whatsapp")
_SOURCE_CUMULATIVE = tuple(accumulate((30, 16, 20, 12, 9, 7, 6)))
_RATINGS, _RATING_CUMULATIVE = (5, 4, 3, 2, 1), tuple(accumulate((50, 25, 10, 7, 8)))
_REVIEW_DAYS = {SOFT: (7, 14), DURABLE: (21, 35), CONSUMABLE: (10, 20)}  # DOMAIN.md's waits

# A visit is drafted as tuples (offset_seconds, type, sku, category, quantity, value_cents,
# order_id, rating, duration_seconds); it becomes rows once placed in time.
_Draft = list[tuple[Any, ...]]
_NEW_ORDER = "new"  # replaced by the next order number when the visit is placed
_FILL_BELOW = 7  # a cart visit takes the whole remaining budget when this little is left


class Journey(NamedTuple):
    """One `contact` row and its `activity_event` rows in time order, ready for bulk inserts."""

    contact: dict[str, Any]
    events: list[dict[str, Any]]


def generate_journeys(
    *,
    seed: int,
    contact_count: int,
    event_count: int,
    now: datetime,
    days: int = 365,
    first_contact_id: int = 1,
    consent_source: str = "synthetic",
    recency_days: float = 1.5,
) -> Iterator[Journey]:
    """`contact_count` journeys with exactly `event_count` events, all in the `days` before `now`.

    Times are aware UTC (a naive `now` is read as UTC). Contacts get consecutive ids from
    `first_contact_id`; events have no `id`. Every contact has at least one event, so
    `event_count` must be at least `contact_count`. The contacts still active last came by
    `recency_days` before `now` on average. Order ids are unique but numbered contact by
    contact, not in time order.
    """
    if event_count < contact_count:
        raise ValueError("event_count must be at least contact_count")
    simulator = _ShopSimulator(random.Random(seed), now, days, consent_source, recency_days)
    budgets = simulator.event_budgets(contact_count, event_count)
    for offset, budget in enumerate(budgets):
        yield simulator.journey(first_contact_id + offset, budget)


class _ShopSimulator:
    def __init__(
        self, rng: random.Random, now: datetime, days: int, consent_source: str, recency: float
    ) -> None:
        self.rng = rng
        self.recency = recency * DAY
        now = as_utc(now).replace(microsecond=0)
        self.start = now - timedelta(days=days)
        self.horizon = days * DAY  # `now`, in seconds after `start`
        self.people = ContactMaker(rng, now, consent_source)
        self.products = {entry.sku: entry for entry in CATALOGUE}
        self.by_category: dict[str, list[str]] = {}
        for entry in CATALOGUE:
            self.by_category.setdefault(entry.category, []).append(entry.sku)
        self.categories = list(CATEGORY_WEIGHTS)
        self.category_cumulative = list(accumulate(CATEGORY_WEIGHTS.values()))
        self.order_number = 0

    def event_budgets(self, contact_count: int, event_count: int) -> list[int]:
        """Events per contact: heavy-tailed (a few very active customers), summing exactly."""
        rng = self.rng
        weights = [min(rng.paretovariate(1.7), 40.0) for _ in range(contact_count)]
        scale = (event_count - contact_count) / sum(weights) if weights else 0.0
        budgets = [1 + int(weight * scale) for weight in weights]
        for _ in range(event_count - sum(budgets)):  # rounding leftovers, fewer than contacts
            budgets[rng.randrange(contact_count)] += 1
        return budgets

    def journey(self, contact_id: int, budget: int) -> Journey:
        rng = self.rng
        country = self.people.pick_country()
        wholesale = rng.random() < 0.02
        interests = rng.choices(self.categories, cum_weights=self.category_cumulative, k=2)
        facts = JourneyFacts()
        events = self._events(contact_id, budget, interests, wholesale, facts)
        created = events[0]["occurred_at"]
        contact = self.people.contact(
            contact_id, country, created, wholesale=wholesale, facts=facts
        )
        return Journey(contact, events)

    # -- the activity --------------------------------------------------------------------------

    def _events(
        self,
        contact_id: int,
        budget: int,
        interests: list[str],
        wholesale: bool,
        facts: JourneyFacts,
    ) -> list[dict[str, Any]]:
        """Visits placed forward in time, closer together as the budget must fit before `last`."""
        rng = self.rng
        horizon = self.horizon
        first = rng.uniform(0, horizon - min(horizon * 0.9, budget * DAY * 1.5))
        if rng.random() < ACTIVE_SHARE:
            last = horizon - min(rng.expovariate(1 / self.recency), (horizon - first) * 0.5)
        else:
            last = first + (horizon - first) * rng.uniform(0.4, 0.95)
        last = min(last, horizon - 600)
        cart_share = rng.uniform(0.1, 0.6)  # some only window-shop, others fill carts
        pending: list[tuple[float, int, str, str]] = []  # follow-ups: (when, order, type, sku)
        events: list[dict[str, Any]] = []
        remaining, clock = budget, first
        while remaining > 0:
            start = first
            if events:
                sessions_left = remaining / AVERAGE_SESSION_EVENTS
                gap = (last - clock) * rng.uniform(0.15, 0.9) / (sessions_left + 1)
                start = clock + max(gap, MIN_SESSION_GAP)
            source = rng.choices(_SOURCES, cum_weights=_SOURCE_CUMULATIVE)[0]
            if pending and pending[0][0] < start:
                when, _, kind, sku = heapq.heappop(pending)
                start = max(when, clock + MIN_SESSION_GAP)
                source = "email"  # the shop's reminder or review request brought them back
                if kind == _REPLENISH:
                    draft = self._cart_session(remaining, sku, wholesale, direct=True)
                else:  # a review or a referral
                    rating = None
                    if kind == _REVIEW:
                        rating = rng.choices(_RATINGS, cum_weights=_RATING_CUMULATIVE)[0]
                    draft = [(0, kind, sku, None, None, None, None, rating, None)]
            elif rng.random() < cart_share:
                sku = self._pick_product(interests)
                draft = self._cart_session(remaining, sku, wholesale, direct=False)
            else:
                draft = self._browse_session(remaining, interests, first_visit=not events)
            span = draft[-1][0]
            if len(draft) == remaining:  # the final visit lands on the contact's last active day
                start = max(start, last - span)
            if events and start + span > horizon - 60:  # no time left: older visits instead
                self._backfill(contact_id, remaining, interests, events, facts)
                break
            self._place(contact_id, int(start), source, draft, events, pending, facts)
            remaining -= len(draft)
            clock = start + span
        return events

    def _backfill(
        self,
        contact_id: int,
        remaining: int,
        interests: list[str],
        events: list[dict[str, Any]],
        facts: JourneyFacts,
    ) -> None:
        """The visits reached `now` with budget left: spend it on browsing before the first."""
        rng = self.rng
        earliest = (events[0]["occurred_at"] - self.start).total_seconds()
        placed: list[tuple[int, _Draft]] = []
        while remaining > 0:
            draft = self._browse_session(remaining, interests, first_visit=False)
            earliest -= MIN_SESSION_GAP + draft[-1][0] + rng.uniform(0, DAY)
            placed.append((int(earliest), draft))
            remaining -= len(draft)
        earlier: list[dict[str, Any]] = []
        for start, draft in reversed(placed):
            self._place(contact_id, start, "google", draft, earlier, [], facts)
        events[:0] = earlier

    def _place(
        self,
        contact_id: int,
        start: int,
        source: str,
        draft: _Draft,
        events: list[dict[str, Any]],
        pending: list[tuple[float, int, str, str]],
        facts: JourneyFacts,
    ) -> None:
        rng = self.rng
        base = self.start
        products = self.products
        order_id = None
        if not events:
            facts.first_source = source
        for offset, kind, sku, category, quantity, value, order, rating, duration in draft:
            at = start + offset
            occurred = base + timedelta(seconds=at)
            product = products[sku] if sku else None
            if order == _NEW_ORDER and order_id is None:
                self.order_number += 1
                order_id = f"PED-{self.order_number:07d}"
                facts.ordered = True
                facts.orders += 1
                low, high = _REVIEW_DAYS[product.kind]
                if rng.random() < 0.35:  # one review request per order, timed by product kind
                    self._schedule(pending, at + rng.uniform(low, high) * DAY, _REVIEW, sku)
            events.append({
                "contact_id": contact_id,
                "type": kind,
                "occurred_at": occurred,
                "sku": sku,
                "product": product.name if product else None,
                "category": product.category if product else category,
                "quantity": quantity,
                "value_cents": value,
                "order_id": order_id if order else None,
                "rating": rating,
                "duration_seconds": duration,
                "source": source,
                "dedup_key": None,
                "created_at": occurred,
            })  # fmt: skip
            if kind == _ORDER:
                facts.spent_cents += value
                if product.kind == CONSUMABLE and rng.random() < 0.55:
                    # Back for more shortly before the pack runs out (DOMAIN.md replenishment).
                    supply = product.units_per_pack * quantity / product.units_per_day
                    lasts = supply - product.shipping_days - rng.uniform(0, 6)
                    self._schedule(pending, at + max(lasts, 5) * DAY, _REPLENISH, sku)
            elif kind in (_ADD_TO_CART, _CHECKOUT, _INQUIRY):
                facts.considered = True
            elif kind == _PAGE_VIEW and sku:
                views = facts.product_views[sku] = facts.product_views.get(sku, 0) + 1
                if views >= 3:  # coming back to one product again and again: comparing
                    facts.considered = True
            elif kind == _SIGNUP:
                facts.signed_up = True
            elif kind == _REVIEW and rating >= 4 and rng.random() < 0.2:
                self._schedule(pending, at + rng.uniform(1, 10) * DAY, _REFERRAL, sku)

    def _schedule(self, pending: list[Any], when: float, kind: str, sku: str) -> None:
        if when < self.horizon - 600:
            heapq.heappush(pending, (when, len(pending), kind, sku))

    def _pick_product(self, interests: list[str]) -> str:
        rng = self.rng
        if rng.random() < 0.85:
            category = rng.choice(interests)
        else:
            category = rng.choices(self.categories, cum_weights=self.category_cumulative)[0]
        return rng.choice(self.by_category[category])

    def _seconds_on_page(self, mu: float, sigma: float) -> int:
        # Log-normal: most visits are short, a few pages stay open for long.
        return min(1800, max(3, int(math.exp(self.rng.gauss(mu, sigma)))))

    def _browse_session(self, limit: int, interests: list[str], *, first_visit: bool) -> _Draft:
        """A guide or a category, some of its products; maybe a question, maybe a signup."""
        rng = self.rng
        size = min(limit, rng.choice((1, 2, 2, 3, 3, 4, 5, 6)))
        signup = first_visit and rng.random() < 0.55
        inquiry = size - signup >= 3 and rng.random() < 0.07  # asks after seeing a product
        sku = self._pick_product(interests)
        draft: _Draft = []
        clock = 0
        for position in range(size - signup - inquiry):
            if position == 0 and rng.random() < 0.2:  # a guide or blog post, no product
                duration = self._seconds_on_page(4.5, 0.7)
                draft.append((clock, _PAGE_VIEW, None, None, None, None, None, None, duration))
            elif position == 0:
                duration = self._seconds_on_page(3.0, 0.8)
                category = self.products[sku].category
                draft.append((clock, _CATEGORY_VIEW, None, category, None, None, None, None,
                              duration))  # fmt: skip
            else:
                if rng.random() > 0.3:  # otherwise the same product again
                    sku = rng.choice(self.by_category[self.products[sku].category])
                duration = self._seconds_on_page(3.7, 1.0)
                draft.append((clock, _PAGE_VIEW, sku, None, None, None, None, None, duration))
            clock += duration + rng.randrange(2, 40)
        if inquiry:
            draft.append((clock, _INQUIRY, sku, None, None, None, None, None, None))
            clock += rng.randrange(30, 300)
        if signup:
            draft.append((clock, _SIGNUP, None, None, None, None, None, None, None))
        return draft

    def _cart_session(self, limit: int, sku: str, wholesale: bool, *, direct: bool) -> _Draft:
        """Views, cart adds (maybe the upgrade or a related item), checkout, maybe an order.

        Near the end of the budget (`limit` small) the visit takes all that is left, with more
        product views, so that a contact's last visit can be a cart as often as any other.
        """
        rng = self.rng
        product = self.products[sku]
        if not direct and product.upgrade_sku and rng.random() < 0.1:  # took the upsell
            sku, product = product.upgrade_sku, self.products[product.upgrade_sku]
        lines = [sku]
        if product.related_skus and rng.random() < 0.25:  # plus a related item
            lines.append(rng.choice(product.related_skus.split(",")))
        views = 0 if direct else rng.choice((1, 1, 2, 3))
        if views + 2 * len(lines) + 1 > limit:
            # No room in the budget for this cart whatever its outcome: the visit stays a
            # browse (deciding before the outcome keeps the abandonment rate unbiased).
            return self._browse_session(limit, [product.category], first_visit=False)
        checkout = rng.random() < CART_CHECKOUT_RATE
        paid = checkout and rng.random() < CHECKOUT_ORDER_RATE
        if limit <= _FILL_BELOW:
            views = limit - len(lines) * (1 + paid) - checkout
        draft: _Draft = []
        clock = 0
        for _ in range(views):
            duration = self._seconds_on_page(3.9, 0.9)
            draft.append((clock, _PAGE_VIEW, sku, None, None, None, None, None, duration))
            clock += duration + rng.randrange(2, 30)
        priced = []
        for line in lines:
            consumable = self.products[line].kind == CONSUMABLE
            quantity = rng.choice((1, 1, 1, 2, 3)) if consumable else 1
            quantity *= rng.randrange(5, 21) if wholesale else 1
            priced.append((line, quantity, self.products[line].price_cents * quantity))
            draft.append((clock, _ADD_TO_CART, line, None, quantity, priced[-1][2], None, None,
                          None))  # fmt: skip
            clock += rng.randrange(10, 240)
        if checkout:
            items, total = sum(p[1] for p in priced), sum(p[2] for p in priced)
            draft.append((clock, _CHECKOUT, None, None, items, total, None, None, None))
            clock += rng.randrange(60, 600)
        if paid:
            for line, quantity, value in priced:
                draft.append((clock, _ORDER, line, None, quantity, value, _NEW_ORDER, None, None))
        return draft
