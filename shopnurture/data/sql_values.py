"""Values for the engine's hand-written SQL: times exactly as SQLModel stores them (UTC text),
id lists as one JSON parameter."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import lru_cache


# A tick writes the same few moments (its "now", due times) thousands of times: cache them.
@lru_cache(maxsize=8192)
def sql_time(moment: datetime) -> str:
    """'YYYY-MM-DD HH:MM:SS.ffffff' in UTC: what SQLModel writes, and sorts as it should."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def sql_time_or_none(moment: datetime | None) -> str | None:
    return sql_time(moment) if moment is not None else None


def from_sql_time(text: str | datetime | None) -> datetime | None:
    if text is None:
        return None
    if isinstance(text, datetime):
        return text if text.tzinfo else text.replace(tzinfo=UTC)
    return _parse_utc(text)


@lru_cache(maxsize=8192)
def _parse_utc(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def json_list(values: Iterable[object]) -> str:
    """One parameter for `IN (SELECT value FROM json_each(?))`, however many values."""
    return json.dumps(list(values), separators=(",", ":"))
