"""The activity behind recommendations: what a contact bought and viewed, which products
were bought by the same customers, and the best sellers of each category."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlmodel import Session

from shopnurture.data.sql_values import json_list, sql_time


def bought_skus(*, session: Session, contact_id: int) -> set[str]:
    rows = session.connection().exec_driver_sql(
        "SELECT DISTINCT sku FROM activity_event WHERE contact_id = ? AND type = 'order' "
        "AND sku IS NOT NULL",
        (contact_id,),
    )
    return {str(sku) for (sku,) in rows}


def recently_viewed(*, session: Session, contact_id: int, limit: int = 10) -> list[str]:
    """The products the contact viewed, most recent first, each once."""
    rows = session.connection().exec_driver_sql(
        "SELECT sku, max(occurred_at) AS last FROM activity_event WHERE contact_id = ? "
        "AND type IN ('page_view', 'add_to_cart') AND sku IS NOT NULL "
        "GROUP BY sku ORDER BY last DESC LIMIT ?",
        (contact_id, limit),
    )
    return [str(sku) for sku, _ in rows]


def co_purchase_counts(*, session: Session, skus: Iterable[str]) -> dict[str, dict[str, int]]:
    """sku -> other sku -> customers who ordered both (at any time), for the given skus."""
    counts: dict[str, dict[str, int]] = {}
    rows = session.connection().exec_driver_sql(
        "WITH buyers AS (SELECT DISTINCT contact_id, sku FROM activity_event "
        "WHERE type = 'order' AND sku IN (SELECT value FROM json_each(?))) "
        "SELECT b.sku, e.sku, count(DISTINCT e.contact_id) FROM buyers b "
        "JOIN activity_event e ON e.contact_id = b.contact_id AND e.type = 'order' "
        "AND e.sku IS NOT NULL AND e.sku <> b.sku GROUP BY b.sku, e.sku",
        (json_list(skus),),
    )
    for mine, other, support in rows:
        counts.setdefault(str(mine), {})[str(other)] = int(support)
    return counts


def best_sellers(
    *, session: Session, since: datetime, per_category: int = 10
) -> dict[str | None, list[tuple[str, int]]]:
    """category -> (sku, customers who ordered it since `since`), best first; None: the shop."""
    rows = session.connection().exec_driver_sql(
        "SELECT p.category, e.sku, count(DISTINCT e.contact_id) AS buyers "
        "FROM activity_event e JOIN product p ON p.sku = e.sku "
        "WHERE e.type = 'order' AND e.occurred_at >= ? GROUP BY p.category, e.sku "
        "ORDER BY buyers DESC, e.sku",
        (sql_time(since),),
    )
    found: dict[str | None, list[tuple[str, int]]] = {}
    for category, sku, buyers in rows:
        for key in (category, None):
            ranked = found.setdefault(key, [])
            if len(ranked) < per_category * (5 if key is None else 1):
                ranked.append((str(sku), int(buyers)))
    return found
