"""What to show a contact next: products bought together with theirs (co-purchase counts with
a minimum support), what they viewed lately, then best sellers of their categories. Never a
product that is out of stock or that they already bought."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported lazily: domain.flows' message texts import this module
    from shopnurture.domain.flows.facts import ProductFact

# "Customers who bought X also bought Y" needs at least this many such customers.
MIN_SUPPORT = 2
DEFAULT_COUNT = 3
MAX_COUNT = 12

BOUGHT_TOGETHER = "bought_together"
VIEWED = "viewed"
BEST_SELLER = "best_seller"


@dataclass(frozen=True)
class Recommendation:
    sku: str
    reason: str  # bought_together, viewed or best_seller
    because_sku: str | None = None  # the product of theirs that led here
    support: int = 0  # customers who bought both / bought it


def recommend(
    *,
    bought: Iterable[str],
    viewed: Sequence[str],
    co_purchases: Mapping[str, Mapping[str, int]],
    best_sellers: Mapping[str | None, Sequence[tuple[str, int]]],
    products: Mapping[str, ProductFact],
    count: int = DEFAULT_COUNT,
    min_support: int = MIN_SUPPORT,
) -> list[Recommendation]:
    """Up to `count` products, best first.

    `co_purchases`: their product -> other product -> customers who bought both;
    `viewed`: most recent first; `best_sellers`: category -> (sku, buyers), best first
    (the key None holds the whole shop's).
    """
    owned = set(bought)
    chosen: list[Recommendation] = []
    seen: set[str] = set()

    def take(candidate: Recommendation) -> bool:
        product = products.get(candidate.sku)
        if candidate.sku in owned or candidate.sku in seen or product is None:
            return False
        if not product.in_stock:
            return False
        seen.add(candidate.sku)
        chosen.append(candidate)
        return len(chosen) >= count

    pairs = [
        (support, other, mine)
        for mine, others in co_purchases.items()
        if mine in owned
        for other, support in others.items()
        if support >= min_support
    ]
    for support, other, mine in sorted(pairs, key=lambda p: (-p[0], p[1])):
        if take(Recommendation(other, BOUGHT_TOGETHER, mine, support)):
            return chosen
    for sku in viewed:
        if take(Recommendation(sku, VIEWED)):
            return chosen
    interests: list[str | None] = []
    for sku in [*viewed, *sorted(owned)]:
        category = products[sku].category if sku in products else None
        if category and category not in interests:
            interests.append(category)
    for category in [*interests, None]:
        for sku, buyers in best_sellers.get(category, ()):
            if take(Recommendation(sku, BEST_SELLER, None, buyers)):
                return chosen
    return chosen


class ProductList:
    """A template variable that is both a list and a function: `{% for p in
    recommendations %}` gives the default count, `recommendations(5)` asks for five."""

    def __init__(self, fetch: Callable[[int], list[dict[str, Any]]]) -> None:
        self._fetch = fetch
        self._cache: dict[int, list[dict[str, Any]]] = {}

    def __call__(self, count: int = DEFAULT_COUNT) -> list[dict[str, Any]]:
        count = max(0, min(int(count), MAX_COUNT))
        if count not in self._cache:
            self._cache[count] = self._fetch(count)
        return self._cache[count]

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self())

    def __len__(self) -> int:
        return len(self())

    def __bool__(self) -> bool:
        return bool(self())


SAMPLE_RECOMMENDATIONS = ProductList(
    lambda count: [
        {
            "sku": "CAF-DES",
            "name": "Descalcificador para cafeteras",
            "price": "9,90 €",
            "link": "https://ejemplo.es/producto/CAF-DES",
            "image_url": "https://ejemplo.es/img/CAF-DES.jpg",
        }  # fmt: skip
    ][:count]
)
