"""What the flow editor's pickers offer: the catalogue's products and categories, the tags in
use and the imported coupon lists."""

from __future__ import annotations

from sqlmodel import Session


def product_choices(*, session: Session) -> list[tuple[str, str, str | None]]:
    """(sku, name, category) of every product, by name."""
    rows = session.connection().exec_driver_sql(
        "SELECT sku, name, category FROM product ORDER BY name COLLATE NOCASE, sku"
    )
    return [(str(row[0]), str(row[1] or row[0]), row[2]) for row in rows]


def category_choices(*, session: Session) -> list[str]:
    rows = session.connection().exec_driver_sql(
        "SELECT DISTINCT category FROM product WHERE coalesce(category, '') != '' "
        "ORDER BY category COLLATE NOCASE"
    )
    return [str(row[0]) for row in rows]


def tag_choices(*, session: Session) -> list[str]:
    """Every tag some contact has (tags are stored comma-separated per contact)."""
    rows = session.connection().exec_driver_sql(
        "SELECT DISTINCT tags FROM contact WHERE tags != ''"
    )
    found = {tag.strip() for row in rows for tag in str(row[0]).split(",") if tag.strip()}
    return sorted(found, key=str.casefold)


def coupon_list_choices(*, session: Session) -> list[str]:
    rows = session.connection().exec_driver_sql(
        "SELECT DISTINCT list_name FROM coupon_code ORDER BY list_name"
    )
    return [str(row[0]) for row in rows]
