"""Cleaning and validating a contact's fields: email, phone (E.164), tags, birthday..."""

from __future__ import annotations

import unicodedata
from datetime import date
from zoneinfo import available_timezones

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from shopnurture.errors import ValidationError

_TIME_ZONES: frozenset[str] | None = None


def normalize_email(raw: str | None) -> str | None:
    """The address in its canonical form (lower-case domain), or None for an empty value.

    Raises ValidationError for anything a mail server would refuse.
    """
    value = (raw or "").strip()
    if not value:
        return None
    try:
        result = validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        # The library's reason is English-only prose; the owner gets one clear sentence.
        raise ValidationError("email", "contact.email_invalid") from None
    return result.normalized.lower()


def normalize_phone(raw: str | None, default_country: str) -> str | None:
    """The number in E.164 (+34612345678), or None for an empty value.

    Numbers without a prefix are read as numbers of `default_country` (e.g. "ES").
    """
    value = (raw or "").strip()
    if not value:
        return None
    if value.startswith("00"):
        value = "+" + value[2:]
    try:
        parsed = phonenumbers.parse(value, default_country.upper())
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is None or not phonenumbers.is_valid_number(parsed):
        raise ValidationError("phone", "contact.phone_invalid", country=default_country.upper())
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def format_phone_for_display(e164: str | None) -> str:
    """`+34 612 34 56 78` style, for tables and forms; the stored value stays E.164."""
    if not e164:
        return ""
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def normalize_tags(raw: str | list[str] | None) -> list[str]:
    """Tags as a sorted list of unique, trimmed, lower-case words (commas separate them)."""
    if raw is None:
        return []
    parts = raw.split(",") if isinstance(raw, str) else list(raw)
    return sorted({part.strip().lower() for part in parts if part and part.strip()})


def validate_birthday(value: date | None, today: date) -> date | None:
    if value is not None and value > today:
        raise ValidationError("birthday", "contact.birthday_future")
    return value


def validate_language(value: str | None) -> str | None:
    cleaned = (value or "").strip().lower()
    if not cleaned:
        return None
    cleaned = cleaned.split("-")[0].split("_")[0]
    if cleaned not in ("es", "en"):
        raise ValidationError("language", "contact.language_invalid", value=value)
    return cleaned


def validate_country(value: str | None) -> str | None:
    cleaned = (value or "").strip().upper()
    if not cleaned:
        return None
    if cleaned not in phonenumbers.SUPPORTED_REGIONS:
        raise ValidationError("country", "contact.country_invalid", value=value)
    return cleaned


def validate_time_zone(value: str | None) -> str | None:
    global _TIME_ZONES
    cleaned = (value or "").strip()
    if not cleaned:
        return None
    if _TIME_ZONES is None:
        _TIME_ZONES = frozenset(available_timezones())
    if cleaned not in _TIME_ZONES:
        raise ValidationError("time_zone", "contact.time_zone_invalid", value=value)
    return cleaned


def fold_for_search(*parts: str | None) -> str:
    """Lower-case text without accents, so that "jose" finds "José" and "nunez" "Núñez"."""
    text = " ".join(part for part in parts if part)
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
