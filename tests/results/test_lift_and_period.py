"""The statistics of the lift and the calendar of a report, checked against published values."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from shopnurture.domain.lift import measure_lift, newcombe_difference, wilson_interval
from shopnurture.domain.report_period import ReportPeriod, preset_period


def test_wilson_and_newcombe_match_newcombe_1998() -> None:
    # Newcombe, Statistics in Medicine 17 (1998): 81/263 -> 0.2553 to 0.3662 (Wilson);
    # 56/70 vs 48/80 -> 0.0524 to 0.3339 and 9/10 vs 3/10 -> 0.1705 to 0.8090 (method 10).
    assert [round(x, 4) for x in wilson_interval(81, 263)] == [0.2553, 0.3662]
    assert [round(x, 4) for x in newcombe_difference(56, 70, 48, 80)] == [0.2, 0.0524, 0.3339]
    assert [round(x, 4) for x in newcombe_difference(9, 10, 3, 10)] == [0.6, 0.1705, 0.809]


def test_verdicts() -> None:
    assert measure_lift(100, 30, 100, 10, 5).verdict == "positive"
    assert measure_lift(100, 10, 100, 30, 5).verdict == "negative"
    assert measure_lift(200, 10, 200, 20, 5).verdict == "not_enough_data"  # CI up to +0.0024
    # A clear difference, but a control group of 10 is too small to say.
    assert measure_lift(100, 60, 10, 0, 5).verdict == "not_enough_data"
    assert measure_lift(0, 0, 0, 0, 5).verdict == "not_enough_data"


def test_periods_and_buckets() -> None:
    today = date(2026, 3, 10)
    assert preset_period("this_month", today) == ReportPeriod(date(2026, 3, 1), today)
    assert preset_period("last_month", today) == ReportPeriod(date(2026, 2, 1), date(2026, 2, 28))
    assert preset_period("last_7_days", today).first == date(2026, 3, 4)
    assert preset_period("last_30_days", today).days == 30
    start, end = ReportPeriod(date(2026, 3, 1), date(2026, 3, 31)).bounds(ZoneInfo("Europe/Madrid"))
    # Madrid is UTC+1 in winter and UTC+2 from 29 March (summer time).
    assert (start.isoformat(), end.isoformat()) == (
        "2026-02-28T23:00:00+00:00", "2026-03-31T22:00:00+00:00",
    )  # fmt: skip
    quarter = ReportPeriod(date(2026, 1, 1), date(2026, 3, 31))
    assert quarter.granularity == "week" and quarter.buckets()[0] == date(2025, 12, 29)
    with pytest.raises(ValueError):
        ReportPeriod(date(2026, 3, 2), date(2026, 3, 1))
