"""The flow editor's picker choices in one read (run it off the GUI thread)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from shopnurture.data.database import Database
from shopnurture.data.editor_choices import (
    category_choices,
    coupon_list_choices,
    product_choices,
    tag_choices,
)
from shopnurture.services.segments import list_segments


@dataclass(frozen=True)
class EditorChoices:
    products: list[tuple[str, str, str | None]] = field(default_factory=list)  # sku, name, category
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    coupon_lists: list[str] = field(default_factory=list)
    segments: list[tuple[int, str]] = field(default_factory=list)  # saved segments: id, name

    def product_name(self, sku: str) -> str:
        return next((name for code, name, _ in self.products if code == sku), sku)


def load_editor_choices(database: Database) -> EditorChoices:
    with database.read_session() as session:
        choices = EditorChoices(
            products=product_choices(session=session),
            categories=category_choices(session=session),
            tags=tag_choices(session=session),
            coupon_lists=coupon_list_choices(session=session),
        )
    saved = [(segment.id, segment.name) for segment in list_segments(database)]
    return replace(choices, segments=saved)
