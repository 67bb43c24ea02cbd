"""Dates, times and money shown in the user's locale (QLocale's default, set by i18n)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTimeZone


def with_full_year(pattern: str) -> str:
    """Locale short formats write two-digit years (6/2/94); birthdays need all four."""
    if "yyyy" in pattern:
        return pattern
    return pattern.replace("yy", "yyyy")


def short_date_pattern() -> str:
    return with_full_year(QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), short_date_pattern())


def format_datetime(value: datetime | None) -> str:
    """An aware UTC datetime shown in the computer's local time."""
    if value is None:
        return ""
    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())
    locale = QLocale()
    pattern = with_full_year(locale.dateTimeFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(moment, pattern)


def format_money(cents: int | None, currency: str) -> str:
    if cents is None:
        return ""
    symbol = {"EUR": "€", "USD": "US$"}.get(currency, currency)
    return QLocale().toCurrencyString(cents / 100, symbol)
