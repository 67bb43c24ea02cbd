"""Recommendations for contacts, for the contact page and for message templates
(`recommendations(3)`): name, price, link and picture of each product. Any thread may call."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session

from shopnurture.data.database import Database
from shopnurture.data.engine_facts import load_products
from shopnurture.data.recommendations import (
    best_sellers,
    bought_skus,
    co_purchase_counts,
    recently_viewed,
)
from shopnurture.data.settings_store import stored_settings
from shopnurture.domain.flows.facts import ProductFact
from shopnurture.domain.recommendations import (
    DEFAULT_COUNT,
    MIN_SUPPORT,
    ProductList,
    Recommendation,
    recommend,
)
from shopnurture.services.engine.rendering import Shop, money

BEST_SELLER_DAYS = 90


@dataclass(frozen=True)
class RecommendedProduct:
    recommendation: Recommendation
    product: ProductFact
    because_name: str = ""  # the name of the contact's product that led here

    def as_json(self) -> dict[str, Any]:
        r = self.recommendation
        return {"sku": r.sku, "name": self.product.name, "reason": r.reason,
                "because_sku": r.because_sku, "support": r.support,
                "price_cents": self.product.price_cents}  # fmt: skip


class Recommender:
    """Recommendations for any number of contacts within one session: co-purchase counts and
    best sellers are read once and shared (a tick may render thousands of messages)."""

    def __init__(
        self,
        session: Session,
        now: datetime,
        products: dict[str, ProductFact] | None = None,
        min_support: int = MIN_SUPPORT,
    ) -> None:
        self.session = session
        self.now = now
        self.products = products if products is not None else load_products(session=session)
        self.min_support = min_support
        self._co_purchases: dict[str, dict[str, int]] = {}
        self._best: dict[str | None, list[tuple[str, int]]] | None = None
        self._links: tuple[str, str] | None = None

    def for_contact(self, contact_id: int, count: int = DEFAULT_COUNT) -> list[RecommendedProduct]:
        bought = bought_skus(session=self.session, contact_id=contact_id)
        missing = bought - set(self._co_purchases)
        if missing:
            found = co_purchase_counts(session=self.session, skus=missing)
            for sku in missing:
                self._co_purchases[sku] = found.get(sku, {})
        if self._best is None:
            since = self.now - timedelta(days=BEST_SELLER_DAYS)
            self._best = best_sellers(session=self.session, since=since)
        chosen = recommend(
            bought=bought,
            viewed=recently_viewed(session=self.session, contact_id=contact_id),
            co_purchases={sku: self._co_purchases[sku] for sku in bought},
            best_sellers=self._best,
            products=self.products,
            count=count,
            min_support=self.min_support,
        )
        return [
            RecommendedProduct(r, self.products[r.sku], self._name(r.because_sku)) for r in chosen
        ]

    def _name(self, sku: str | None) -> str:
        product = self.products.get(sku or "")
        return (product.name or product.sku) if product is not None else (sku or "")

    def template_variable(self, contact_id: int, shop: Shop, language: str) -> ProductList:
        """`recommendations` for a message to this contact (computed only if the text asks)."""

        def fetch(count: int) -> list[dict[str, Any]]:
            return [
                self.merge_fields(item.product, shop, language)
                for item in self.for_contact(contact_id, count)
            ]

        return ProductList(fetch)

    def merge_fields(self, product: ProductFact, shop: Shop, language: str) -> dict[str, Any]:
        link, image = self._link_patterns()
        return {
            "sku": product.sku,
            "name": product.name or product.sku,
            "price": money(product.price_cents, shop.currency, language),
            "link": link.replace("{sku}", product.sku) if link else "",
            "image_url": image.replace("{sku}", product.sku) if image else "",
        }

    def _link_patterns(self) -> tuple[str, str]:
        if self._links is None:
            stored = stored_settings(session=self.session)
            self._links = (
                stored.get("shop.product_url") or "",
                stored.get("shop.product_image_url") or "",
            )
        return self._links


def recommendations_for_contact(
    database: Database, contact_id: int, *, now: datetime, count: int = DEFAULT_COUNT
) -> list[RecommendedProduct]:
    """For the contact page (a worker thread)."""
    with database.read_session() as session:
        return Recommender(session, now).for_contact(contact_id, count)
