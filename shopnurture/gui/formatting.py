"""Dates, times and money shown in the user's locale (QLocale's default, set by i18n)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTimeZone


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def format_datetime(value: datetime | None) -> str:
    """An aware UTC datetime shown in the computer's local time."""
    if value is None:
        return ""
    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def format_money(cents: int | None, currency: str) -> str:
    if cents is None:
        return ""
    locale = QLocale()
    symbol = {"EUR": "€", "USD": "US$"}.get(currency, currency)
    return locale.toCurrencyString(cents / 100, symbol)
