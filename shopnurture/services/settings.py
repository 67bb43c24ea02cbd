"""Plain shop settings: stored values over their defaults."""

from __future__ import annotations

from shopnurture.data.database import Database
from shopnurture.data.settings_store import store_setting, stored_settings
from shopnurture.domain.shop_settings import SETTINGS, clean_setting
from shopnurture.messages import system_language


def read_settings(database: Database) -> dict[str, str]:
    """Every known setting with its stored value, or its default.

    The language, until the owner picks one, is the system's.
    """
    with database.read_session() as session:
        stored = stored_settings(session=session)
    values = {key: stored.get(key, definition.default) for key, definition in SETTINGS.items()}
    if "language" not in stored:
        values["language"] = system_language()
    return values


def change_setting(database: Database, key: str, value: str) -> str:
    """Check and store one setting; returns the value as stored. Raises UserError."""
    cleaned = clean_setting(key, value)
    with database.write_session() as session:
        store_setting(session=session, key=key, value=cleaned)
    return cleaned


def stored_setting(database: Database, key: str) -> str | None:
    """The value the owner stored for `key`, or None when it was never set (default in use)."""
    with database.read_session() as session:
        return stored_settings(session=session).get(key)
