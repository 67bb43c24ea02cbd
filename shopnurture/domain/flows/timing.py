"""Time arithmetic for waits and calendar triggers in the contact's (or shop's) time zone:
aware datetimes in and out, so daylight saving moves the instant, never the chosen clock time."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


@lru_cache(maxsize=512)
def zone(name: str | None, fallback: str = "UTC") -> ZoneInfo:
    for candidate in (name, fallback, "UTC"):
        if not candidate:
            continue
        try:
            return ZoneInfo(candidate)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return ZoneInfo("UTC")


def parse_time(text: str | None, default: time = time(10, 0)) -> time:
    try:
        hours, minutes = str(text).split(":")[:2]
        return time(int(hours), int(minutes))
    except (ValueError, TypeError):
        return default


def duration(params: Mapping[str, Any] | None) -> timedelta:
    params = params or {}
    return timedelta(
        days=float(params.get("days") or 0),
        hours=float(params.get("hours") or 0),
        minutes=float(params.get("minutes") or 0),
    )


def local_moment(day: date, at: time, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, at, tzinfo=tz).astimezone(UTC)


def anniversary_in(year: int, original: date) -> date:
    """The anniversary of `original` in `year`; 29 February is kept on the 28th otherwise."""
    try:
        return original.replace(year=year)
    except ValueError:
        return date(year, 2, 28)


def next_weekday_time(base: datetime, weekdays: list[int], at: time, tz: ZoneInfo) -> datetime:
    """The first moment at or after `base` that falls on one of `weekdays` (0 = Monday) at `at`."""
    allowed = {int(day) % 7 for day in weekdays} or set(range(7))
    local_day = base.astimezone(tz).date()
    for offset in range(0, 8):
        day = local_day + timedelta(days=offset)
        moment = local_moment(day, at, tz)
        if day.weekday() in allowed and moment >= base:
            return moment
    return base


def next_anniversary(
    base: datetime, original: date, offset_days: int, at: time, tz: ZoneInfo
) -> datetime | None:
    """The first moment at or after `base` of (anniversary of `original` + `offset_days`) at `at`.

    Anniversaries start the year after `original` (a signup date is not its own anniversary);
    a birthday's year does not matter since it is always in the past.
    """
    local_year = base.astimezone(tz).year
    for year in range(local_year - 1, local_year + 2):
        if year <= original.year:
            continue
        day = anniversary_in(year, original) + timedelta(days=offset_days)
        moment = local_moment(day, at, tz)
        if moment >= base:
            return moment
    return None


def anniversary_due(
    original: date, days_before: int, at: time, tz: ZoneInfo, start: datetime, end: datetime
) -> datetime | None:
    """The due moment (anniversary minus `days_before`, at `at`) inside (start, end], if any."""
    first = start.astimezone(tz).year - 1
    for year in range(first, end.astimezone(tz).year + 2):
        if year <= original.year:
            continue
        day = anniversary_in(year, original) - timedelta(days=days_before)
        moment = local_moment(day, at, tz)
        if start < moment <= end:
            return moment
    return None


def local_days(start: datetime, end: datetime, slack_days: int = 1) -> Iterator[date]:
    """Every calendar day that (start, end] touches in any time zone (UTC ± `slack_days`)."""
    day = start.astimezone(UTC).date() - timedelta(days=slack_days)
    last = end.astimezone(UTC).date() + timedelta(days=slack_days)
    while day <= last:
        yield day
        day += timedelta(days=1)


def may_strike(at: time, start: datetime, end: datetime) -> bool:
    """Can a wall clock show `at` somewhere in the world during (start, end]?

    Every time zone is a whole number of quarter hours from UTC, so the UTC instants of `at`
    all share its minute within the quarter hour: one such instant in the window suffices.
    """
    if end - start >= timedelta(minutes=15):
        return True
    offset = (at.minute % 15) * 60 + at.second
    first = start.replace(second=0, microsecond=0)
    first -= timedelta(minutes=first.minute % 15)
    first += timedelta(seconds=offset)
    while first <= start:
        first += timedelta(minutes=15)
    return first <= end


def anniversary_month_days(start: datetime, end: datetime, days_before: int) -> set[str]:
    """ "MM-DD" strings of the anniversaries whose due day may fall in (start, end].

    A pre-filter for SQL; `anniversary_due` decides exactly.
    """
    found: set[str] = set()
    for day in local_days(start, end):
        target = day + timedelta(days=days_before)
        found.add(target.strftime("%m-%d"))
        if target.month == 2 and target.day == 28:
            found.add("02-29")  # celebrated on the 28th in common years
    return found


def recurring_moments(
    params: Mapping[str, Any], start: datetime, end: datetime, tz: ZoneInfo
) -> list[datetime]:
    """The moments of a yearly / monthly / weekly recurrence inside (start, end]."""
    if end <= start:
        return []
    start = max(start, end - timedelta(days=400))  # a long sleep still fires each date once
    at = parse_time(params.get("time"))
    every = params.get("every", "yearly")
    moments = []
    day = start.astimezone(tz).date()
    last = end.astimezone(tz).date()
    while day <= last:
        if every == "weekly":
            hit = day.weekday() == int(params.get("weekday", 0)) % 7
        elif every == "monthly":
            hit = day.day == _clamped_day(day, int(params.get("day", 1)))
        else:
            hit = day.month == int(params.get("month", 1)) and day.day == _clamped_day(
                day, int(params.get("day", 1))
            )
        if hit:
            moment = local_moment(day, at, tz)
            if start < moment <= end:
                moments.append(moment)
        day += timedelta(days=1)
    return moments


def _clamped_day(day: date, wanted: int) -> int:
    """Day 31 of a 30-day month is its last day."""
    next_month = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return min(max(wanted, 1), (next_month - timedelta(days=1)).day)
