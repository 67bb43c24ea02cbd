"""Finding contacts by any part of their name, email, phone, city or tags.

Words of three letters or more are looked up in the FTS5 trigram index `contact_search`
(migration 2), so a rare match costs no table scan. When a search matches very many
contacts, walking the list in its sort order and testing each row finds a page sooner,
so that plan is used instead. Shorter words are always tested row by row.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import and_, column, func, select, table
from sqlmodel import Session

from shopnurture.data.tables import Contact
from shopnurture.domain.contact_fields import fold_for_search

CONTACT_TABLE = Contact.__table__  # type: ignore[attr-defined]
SEARCH_INDEX = table("contact_search", column("rowid"), column("search_text"))

# Above this many matches, a search is "dense": scanning in sort order fills a page quickly.
DENSE_MATCHES = 2000
_PHONE_LIKE = re.compile(r"^[\d\s+().-]+$")
_TRIGRAM = 3


def search_words(search: str) -> list[str]:
    """The folded words of a search; a phone number typed with spaces counts as one word."""
    text = search.strip()
    if _PHONE_LIKE.match(text) and any(ch.isdigit() for ch in text):
        return [re.sub(r"[\s().-]", "", text)]
    return fold_for_search(text).split()


def _like(text_column: Any, word: str) -> Any:
    if "%" in word or "_" in word or "\\" in word:
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return text_column.like(f"%{escaped}%", escape="\\")
    return text_column.like(f"%{word}%")


def _indexable(word: str) -> bool:
    # The trigram index serves LIKE only for 3+ characters and without an ESCAPE clause.
    return len(word) >= _TRIGRAM and not any(ch in word for ch in "%_\\")


def _index_matches(words: list[str]) -> Any:
    return select(SEARCH_INDEX.c.rowid).where(
        and_(*(_like(SEARCH_INDEX.c.search_text, word) for word in words))
    )


def _row_conditions(words: list[str]) -> list[Any]:
    return [_like(CONTACT_TABLE.c.search_text, word) for word in words]


def search_condition(*, session: Session, search: str, for_count: bool = False) -> Any | None:
    """A WHERE condition on `contact` for `search`, or None when the search is empty."""
    words = search_words(search)
    if not words:
        return None
    indexed = [word for word in words if _indexable(word)]
    others = [word for word in words if not _indexable(word)]
    if not indexed:
        return and_(*_row_conditions(words))
    matches = _index_matches(indexed)
    if not for_count:
        probe = select(func.count()).select_from(matches.limit(DENSE_MATCHES).subquery())
        if session.connection().execute(probe).scalar_one() >= DENSE_MATCHES:
            return and_(*_row_conditions(words))
    return and_(CONTACT_TABLE.c.id.in_(matches), *_row_conditions(others))
