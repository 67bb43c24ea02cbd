"""The one place the data layer asks for the time: aware UTC, as SQLModel stores it."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)
