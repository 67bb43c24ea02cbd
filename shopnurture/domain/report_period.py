"""The period a results report covers (whole days in the shop's time zone) and how its
charts split it into days or weeks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

PRESETS = ("last_7_days", "last_30_days", "this_month", "last_month")
# Up to this many days a chart has a bar per day; longer periods get a bar per week.
DAILY_UP_TO_DAYS = 31
# Fewer days than this into a month and the dashboard opens on the last 30 days instead.
FULL_ENOUGH_MONTH_DAYS = 7


@dataclass(frozen=True)
class ReportPeriod:
    """From `first` to `last`, both days included, in the shop's local calendar."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError("the period ends before it starts")

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def bounds(self, zone: ZoneInfo) -> tuple[datetime, datetime]:
        """[start, end) in aware UTC: local midnight of `first` to local midnight after `last`."""
        start = datetime.combine(self.first, time(0), zone).astimezone(UTC)
        end = datetime.combine(self.last + timedelta(days=1), time(0), zone).astimezone(UTC)
        return start, end

    @property
    def granularity(self) -> str:
        return "day" if self.days <= DAILY_UP_TO_DAYS else "week"

    def buckets(self, granularity: str | None = None) -> list[date]:
        """The first day of every bucket (a day, or a week starting on Monday)."""
        granularity = granularity or self.granularity
        current = bucket_start(self.first, granularity)
        found = []
        while current <= self.last:
            found.append(current)
            current += timedelta(days=1 if granularity == "day" else 7)
        return found


def bucket_start(day: date, granularity: str) -> date:
    return day if granularity == "day" else day - timedelta(days=day.weekday())


def local_bucket(moment: datetime, zone: ZoneInfo, granularity: str) -> date:
    return bucket_start(moment.astimezone(zone).date(), granularity)


def default_preset(today: date) -> str:
    """This month, once it has a week behind it; before that, the last 30 days (on the 2nd,
    "this month" would show two days of nearly nothing)."""
    return "this_month" if today.day >= FULL_ENOUGH_MONTH_DAYS else "last_30_days"


def preset_period(name: str, today: date) -> ReportPeriod:
    """this_month (so far), last_month, last_7_days and last_30_days (today included)."""
    if name == "this_month":
        return ReportPeriod(today.replace(day=1), today)
    if name == "last_month":
        last = today.replace(day=1) - timedelta(days=1)
        return ReportPeriod(last.replace(day=1), last)
    if name in ("last_7_days", "last_30_days"):
        days = 7 if name == "last_7_days" else 30
        return ReportPeriod(today - timedelta(days=days - 1), today)
    raise ValueError(f"unknown period preset {name!r}")
