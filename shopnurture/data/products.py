"""Product queries: the catalogue list and stock changes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select, update
from sqlmodel import Session

from shopnurture.data.clock import utc_now
from shopnurture.data.tables import Product

PRODUCT_TABLE = Product.__table__  # type: ignore[attr-defined]


def list_products(*, session: Session, search: str = "") -> list[Product]:
    statement = select(Product).order_by(Product.category, Product.name)  # type: ignore[arg-type]
    if search.strip():
        pattern = f"%{search.strip()}%"
        statement = statement.where(
            Product.name.ilike(pattern) | Product.sku.ilike(pattern)  # type: ignore[attr-defined]
        )
    return list(session.scalars(statement))


def set_stock(*, session: Session, product_id: int, stock: int | None) -> None:
    session.connection().execute(
        update(PRODUCT_TABLE)
        .where(PRODUCT_TABLE.c.id == product_id)
        .values(stock=stock, updated_at=utc_now())
    )


def add_products(*, session: Session, products: list[dict[str, Any]]) -> None:
    if not products:
        return
    now = utc_now()
    rows = [{"created_at": now, "updated_at": now, **product} for product in products]
    session.connection().execute(insert(PRODUCT_TABLE), rows)
