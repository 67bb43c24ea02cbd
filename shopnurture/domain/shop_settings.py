"""The plain (non-secret) settings of a shop: their defaults and how a value is checked.

Secrets (SMTP password, SMS token) are never settings: they live in the OS keyring.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers

from shopnurture.errors import UserError


@dataclass(frozen=True)
class SettingDefinition:
    key: str
    default: str
    clean: Callable[[str], str]
    """Returns the value to store, or raises ValueError with a message code as its reason."""


def _non_empty(value: str) -> str:
    cleaned = value.strip()
    if not cleaned:
        raise ValueError("settings.reason.not_empty")
    return cleaned


def _language(value: str) -> str:
    cleaned = value.strip().lower()
    if cleaned not in ("es", "en"):
        raise ValueError("settings.reason.language")
    return cleaned


def _time_zone(value: str) -> str:
    cleaned = value.strip()
    try:
        if not cleaned or "/" not in cleaned and cleaned != "UTC":
            raise ZoneInfoNotFoundError(cleaned)
        ZoneInfo(cleaned)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError("settings.reason.timezone") from None
    return cleaned


def _country(value: str) -> str:
    cleaned = value.strip().upper()
    if cleaned not in phonenumbers.SUPPORTED_REGIONS:
        raise ValueError("settings.reason.country")
    return cleaned


def _currency(value: str) -> str:
    cleaned = value.strip().upper()
    if len(cleaned) != 3 or not cleaned.isalpha():
        raise ValueError("settings.reason.currency")
    return cleaned


def _hours(value: str) -> str:
    cleaned = value.strip().replace(",", ".")
    try:
        hours = float(cleaned)
    except ValueError:
        hours = -1.0
    if not 0 <= hours <= 24 * 30:
        raise ValueError("settings.reason.hours")
    return f"{hours:g}"


def _time_range(value: str) -> str:
    start, separator, end = value.replace(" ", "").partition("-")

    def clock(text: str) -> str:
        hours, _, minutes = text.partition(":")
        if not (hours.isdigit() and (minutes or "0").isdigit()):
            raise ValueError("settings.reason.time_range")
        h, m = int(hours), int(minutes or 0)
        if not (0 <= h <= 23 and 0 <= m <= 59):
            raise ValueError("settings.reason.time_range")
        return f"{h:02d}:{m:02d}"

    if not separator:
        raise ValueError("settings.reason.time_range")
    return f"{clock(start)}-{clock(end)}"


SETTINGS: dict[str, SettingDefinition] = {
    definition.key: definition
    for definition in (
        SettingDefinition("shop_name", "Mi tienda", _non_empty),
        SettingDefinition("timezone", "Europe/Madrid", _time_zone),
        SettingDefinition("country", "ES", _country),
        SettingDefinition("language", "es", _language),
        SettingDefinition("currency", "EUR", _currency),
        # The sending rules of the automation engine (domain/sending_rules.py reads them).
        SettingDefinition("engine.email_cap_hours", "16", _hours),
        SettingDefinition("engine.sms_cap_hours", "24", _hours),
        SettingDefinition("engine.quiet_hours", "21:00-09:00", _time_range),
        SettingDefinition("engine.stale_hours", "24", _hours),
    )
}


def clean_setting(key: str, value: str) -> str:
    """The value to store for `key`; raises UserError for an unknown key or a bad value."""
    definition = SETTINGS.get(key)
    if definition is None:
        raise UserError("settings.unknown_key", key=key, known=", ".join(sorted(SETTINGS)))
    try:
        return definition.clean(value)
    except ValueError as error:
        raise UserError(
            "settings.invalid_value", key=key, value=value, reason_code=str(error)
        ) from None
