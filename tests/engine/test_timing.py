"""Waits and calendar moments in local time: anniversaries, recurrences, weekdays."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from shopnurture.domain.flows import timing

MADRID = timing.zone("Europe/Madrid")


def test_29_february_is_celebrated_on_the_28th_in_common_years() -> None:
    start = datetime(2027, 2, 1, tzinfo=UTC)
    due = timing.anniversary_due(
        date(2000, 2, 29), 0, time(10), MADRID, start, start + timedelta(days=40)
    )
    assert due == datetime(2027, 2, 28, 9, 0, tzinfo=UTC)
    assert "02-29" in timing.anniversary_month_days(start, start + timedelta(days=30), 0)


def test_monthly_on_the_31st_falls_on_the_last_day_of_short_months() -> None:
    params = {"every": "monthly", "day": 31, "time": "09:30"}
    start = datetime(2026, 1, 15, tzinfo=UTC)
    moments = timing.recurring_moments(params, start, start + timedelta(days=60), MADRID)
    assert [m.date() for m in moments] == [date(2026, 1, 31), date(2026, 2, 28)]


def test_waiting_until_the_next_weekday_at_a_time() -> None:
    friday_evening = datetime(2026, 3, 6, 20, tzinfo=UTC)
    assert timing.next_weekday_time(friday_evening, [0], time(10), MADRID) == datetime(
        2026, 3, 9, 9, 0, tzinfo=UTC
    )
    assert timing.next_anniversary(
        friday_evening, date(1990, 3, 7), 0, time(10), MADRID
    ) == datetime(2026, 3, 7, 9, 0, tzinfo=UTC)


@settings(max_examples=300, deadline=None)
@given(
    start_minutes=st.integers(0, 60 * 24 * 30),
    length=st.integers(1, 40),
    at=st.times(),
    zone_name=st.sampled_from(["Asia/Kathmandu", "Asia/Kolkata", "America/St_Johns",
                               "Pacific/Chatham", "Europe/Madrid", "Pacific/Kiritimati"]),
)  # fmt: skip
def test_the_quarter_hour_gate_never_skips_a_window_where_a_clock_shows_the_time(
    start_minutes: int, length: int, at: time, zone_name: str
) -> None:
    start = datetime(2026, 3, 1, tzinfo=UTC) + timedelta(minutes=start_minutes, seconds=7)
    end = start + timedelta(minutes=length)
    tz = timing.zone(zone_name)
    at = at.replace(microsecond=0)
    local_day = start.astimezone(tz).date()
    hits = [timing.local_moment(local_day + timedelta(days=d), at, tz) for d in (-1, 0, 1)]
    if any(start < moment <= end for moment in hits):
        assert timing.may_strike(at, start, end)
