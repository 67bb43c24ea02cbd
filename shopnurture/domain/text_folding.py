"""Comparing the owner's words with the contacts' data regardless of case and accents:
"ÁLVAREZ" is "álvarez", "Málaga" is "malaga". The database registers the same function as
SQL `fold(text)` (data/database.py), so rules give the same answer in SQL and in Python."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


def fold_text(text: str | None) -> str | None:
    """Case-folded text without accents (None stays None)."""
    if text is None:
        return None
    if text.isascii():  # most values: no need to decompose
        return text.lower()
    return _fold_accented(text)


@lru_cache(maxsize=65_536)
def _fold_accented(text: str) -> str:
    # Names, cities and tags repeat across contacts: a rule over 100k rows folds each
    # distinct value once.
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def folded(text: object) -> str:
    """`fold_text` of any value, "" for None."""
    return fold_text(str(text) if text is not None else "") or ""
