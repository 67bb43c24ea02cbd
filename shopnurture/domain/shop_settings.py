"""The plain (non-secret) settings of a shop: their defaults and how a value is checked.

Secrets (SMTP password, SMS token) are never settings: they live in the OS keyring.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers

from shopnurture.domain.scoring import ScoreRules, score_rules_settings
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


def _days(value: str) -> str:
    cleaned = value.strip().replace(",", ".")
    try:
        days = float(cleaned)
    except ValueError:
        days = -1.0
    if not 0 <= days <= 90:
        raise ValueError("settings.reason.days")
    return f"{days:g}"


def _url_pattern(value: str) -> str:
    """Empty, or an https address with {sku} where the product's SKU goes."""
    cleaned = value.strip()
    if cleaned and (not cleaned.startswith(("https://", "http://")) or "{sku}" not in cleaned):
        raise ValueError("settings.reason.url_pattern")
    return cleaned


def _whole_in(low: int, high: int, reason: str) -> Callable[[str], str]:
    def clean(value: str) -> str:
        try:
            number = float(value.strip().replace(",", "."))
        except ValueError:
            raise ValueError(reason) from None
        if number != int(number) or not low <= number <= high:
            raise ValueError(reason)
        return str(int(number))

    return clean


def _score_settings() -> tuple[SettingDefinition, ...]:
    """The lead score's points table (domain/scoring.py reads it with `score_rules_from`)."""
    defaults = score_rules_settings(ScoreRules())
    points = _whole_in(-1000, 1000, "settings.reason.points")
    limits = {
        "score.half_life_days": _whole_in(1, 3650, "settings.reason.half_life"),
        "score.cents_per_point": _whole_in(0, 10_000_000, "settings.reason.cents_per_point"),
    }
    return tuple(
        SettingDefinition(key, default, limits.get(key, points))
        for key, default in defaults.items()
    )


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
        *_score_settings(),
        # Results: an order within these days after a message counts as its doing.
        SettingDefinition("results.email_window_days", "5", _days),
        SettingDefinition("results.sms_window_days", "1", _days),
        # Where a product's page and picture are, for links in messages ({sku} is replaced).
        SettingDefinition("shop.product_url", "", _url_pattern),
        SettingDefinition("shop.product_image_url", "", _url_pattern),
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
