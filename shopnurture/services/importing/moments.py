"""Cells of local time ("2026-03-01 10:15:00") to the stored UTC text, fast: the shop's UTC
offset is worked out once per local hour instead of once per cell.

Exactly `utc_text(parse_moment(value, zone))`, which answers every other shape (and says
why a cell is not a moment); a property test proves the two agree.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, tzinfo
from typing import Any

from shopnurture.data.imports import utc_text
from shopnurture.domain.cell_cleaning import parse_moment

# "YYYY-MM-DD HH:MM[:SS[.ffffff]]" (or with "T"): no offset, so the time is the shop's own.
_LOCAL_TIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:[0-5]\d(?::[0-5]\d(?:\.\d{1,6})?)?$", re.ASCII
)
_LAST_IN_HOUR = timedelta(minutes=59, seconds=59, microseconds=999_999)
_HOUR = timedelta(hours=1)
_UNKNOWN = object()
# What follows the hour in the stored text, by what follows it in the cell (":MM" or ":MM:SS").
_TAIL_END = {3: ":00.000000", 6: ".000000"}


class UtcTexts:
    """Call with a cell: its moment as stored text (UTC). Raises CellInvalid like
    `parse_moment`."""

    def __init__(self, zone: tzinfo) -> None:
        self.zone = zone
        self._hours: dict[str, Any] = {}
        """The cell's first 13 characters ("YYYY-MM-DD HH") -> the stored text of that hour
        in UTC when the offset is whole hours; the offset when it is steady but not whole
        hours (India, Newfoundland); None when the clock jumps or repeats in that hour."""

    def __call__(self, value: Any) -> str:
        if value.__class__ is str and _LOCAL_TIME.match(value):
            hour = self._hours.get(value[:13], _UNKNOWN)
            if hour is _UNKNOWN:
                hour = self._hours[value[:13]] = self._utc_hour(value[:10], value[11:13])
            if hour.__class__ is str:
                # Whole-hour offsets keep minutes and seconds: only the hour part changes.
                tail = value[13:]
                return hour + (
                    tail + _TAIL_END[len(tail)] if len(tail) < 7 else tail.ljust(13, "0")
                )
            if hour is not None:
                return (datetime.fromisoformat(value) - hour).isoformat(" ", "microseconds")
        return utc_text(parse_moment(value, self.zone))

    def _utc_hour(self, day: str, hour: str) -> str | timedelta | None:
        try:
            start = datetime.fromisoformat(f"{day} {hour}:00")
        except ValueError:
            return None  # 2026-02-30, hour 24...: the slow path says why
        if not 1900 <= start.year <= 9000:
            return None
        offsets = {
            moment.replace(tzinfo=self.zone, fold=fold).utcoffset()
            for moment in (start, start + _LAST_IN_HOUR)
            for fold in (0, 1)
        }
        if len(offsets) != 1:
            return None
        offset = offsets.pop()
        if offset is None:
            return None
        if offset % _HOUR:
            return offset
        return (start - offset).isoformat(" ")[:13]
