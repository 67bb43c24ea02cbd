"""The text a contact is found by (names, email, phone with and without "+", city, tags,
folded to lower case without accents), computed fast for many contacts at once.

`search_texts` gives exactly `data.contacts.search_text_for` of each row (a test proves
it), a part at a time: folding works character by character, so each part can be folded
alone, and the parts that repeat (names, cities, tags) are folded once. The text depends
only on the six values of `search_key`: a text worked out earlier (by an import's helper
process, say) is still right for a row whose key is the same.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from operator import itemgetter
from typing import Any

from shopnurture.domain.contact_fields import fold_for_search

SearchKey = tuple[Any, Any, Any, Any, Any, Any]


search_key: Callable[[dict[str, Any]], SearchKey] = itemgetter(
    "first_name", "last_name", "email", "phone", "city", "tags"
)
"""The values the search text is made of, from a row that has all six."""


@lru_cache(maxsize=100_000)
def _folded(part: str) -> str:
    return part.lower() if part.isascii() else fold_for_search(part)


def _folded_once(part: str) -> str:
    """`_folded` for parts rarely seen twice (emails, phones): no cache to churn."""
    return part.lower() if part.isascii() else fold_for_search(part)


# How each part of the text is folded: names, cities and tags repeat, the rest not.
_PART_FOLDS = (_folded, _folded, _folded_once, _folded_once, _folded_once, _folded, _folded)


def search_text(values: dict[str, Any]) -> str:
    return search_texts([values])[0]


def search_texts(rows: Sequence[dict[str, Any]]) -> list[str]:
    """The search text of each row (a dict with some of the `search_key` fields)."""
    phones = [row.get("phone") or "" for row in rows]
    parts = (
        [row.get("first_name") for row in rows],
        [row.get("last_name") for row in rows],
        [row.get("email") for row in rows],
        phones,
        [phone.lstrip("+") for phone in phones],
        [row.get("city") for row in rows],
        [(row.get("tags") or "").replace(",", " ") for row in rows],
    )
    folded = [
        [fold(part) if part else None for part in column]
        for fold, column in zip(_PART_FOLDS, parts, strict=True)
    ]
    return [
        " ".join([part for part in row_parts if part is not None])
        for row_parts in zip(*folded, strict=True)
    ]
