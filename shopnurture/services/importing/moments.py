"""Cells of local time ("2026-03-01 10:15:00") to the stored UTC text, fast: the shop's UTC
offset is worked out once per local hour instead of once per cell.

Exactly `utc_text(parse_moment(value, zone))`, which answers every other shape (and says
why a cell is not a moment); a property test proves the two agree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta, tzinfo
from typing import Any

from shopnurture.data.imports import utc_text
from shopnurture.domain.cell_cleaning import CellInvalid, parse_moment
from shopnurture.services.importing.columns import Column, blank_answer

# "YYYY-MM-DD HH" + ":MM[:SS[.ffffff]]" (or "T" for the space): no offset, so the time is the
# shop's own. The two parts are checked apart, each distinct part once.
_LOCAL_HOUR = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}$", re.ASCII)
_MINUTES = re.compile(r"^:[0-5]\d(?::[0-5]\d(?:\.\d{1,6})?)?$", re.ASCII)
_LAST_IN_HOUR = timedelta(minutes=59, seconds=59, microseconds=999_999)
_HOUR = timedelta(hours=1)
_MAX_REMEMBERED = 100_000
# How a tail of ":MM" or ":MM:SS" goes on in the stored text (longer ones pad the fraction).
_TAIL_END = {3: ":00.000000", 6: ".000000"}


class UtcTexts:
    """Call with a cell: its moment as stored text (UTC). Raises CellInvalid like
    `parse_moment`. `column` answers a whole column at once."""

    def __init__(self, zone: tzinfo) -> None:
        self.zone = zone
        self._hours: dict[str, str] = {}
        """"YYYY-MM-DD HH" -> that hour in UTC as stored ("YYYY-MM-DD HH"), for the hours
        whose offset is steady and whole hours: minutes and seconds stay as written."""
        self._odd_hours: dict[str, timedelta | None] = {}
        """Other hours: their steady offset (India, Newfoundland), or None when the clock
        jumps or repeats in them, or when they are no hour at all."""
        self._tails: dict[str, str] = {}
        """":MM[:SS[.f]]" -> ":MM:SS.ffffff", for the tails of the right shape."""

    def __call__(self, value: Any) -> str:
        if value.__class__ is str:
            try:
                return self._hours[value[:13]] + self._tails[value[13:]]
            except KeyError:
                pass
            fast = self._fast(value)
            if fast is not None:
                return fast
        return utc_text(parse_moment(value, self.zone))

    def column(self, cells: Sequence[Any]) -> Column:
        """The answer for each cell: its stored text, None for a blank cell, or the
        CellInvalid it gives."""
        hours, tails = self._hours, self._tails
        answers: list[Any] = []
        append = answers.append
        others: list[Any] = []  # answers of the cells off the fast path
        for cell in cells:
            try:
                append(hours[cell[:13]] + tails[cell[13:]])
            except (KeyError, TypeError):
                other = self._answer(cell)
                others.append(other)
                append(other)
        return Column(
            answers,
            has_blank=None in others,
            has_invalid=any(isinstance(other, CellInvalid) for other in others),
        )

    def _answer(self, cell: Any) -> Any:
        if blank_answer(cell):
            return None
        try:
            return self(cell)
        except CellInvalid as error:
            return error

    def _fast(self, value: str) -> str | None:
        """The text for a local time of the usual shape (learning its hour and tail), or
        None for the slow path."""
        prefix, tail = value[:13], value[13:]
        stored_tail = self._tails.get(tail)
        if stored_tail is None:
            if not _MINUTES.match(tail):
                return None
            stored_tail = tail + _TAIL_END[len(tail)] if len(tail) < 7 else tail.ljust(13, "0")
            if len(self._tails) > _MAX_REMEMBERED:
                self._tails.clear()
            self._tails[tail] = stored_tail
        hour = self._hours.get(prefix)
        if hour is not None:
            return hour + stored_tail
        if prefix not in self._odd_hours:
            found = self._utc_hour(prefix)
            if isinstance(found, str):
                if len(self._hours) > _MAX_REMEMBERED:
                    self._hours.clear()
                self._hours[prefix] = found
                return found + stored_tail
            if len(self._odd_hours) > _MAX_REMEMBERED:
                self._odd_hours.clear()
            self._odd_hours[prefix] = found
        offset = self._odd_hours[prefix]
        if offset is None:
            return None
        return (datetime.fromisoformat(value) - offset).isoformat(" ", "microseconds")

    def _utc_hour(self, prefix: str) -> str | timedelta | None:
        """The hour in UTC as stored when the offset is steady and whole hours; the offset
        when steady but not whole hours; None for the slow path."""
        if not _LOCAL_HOUR.match(prefix):
            return None
        try:
            start = datetime.fromisoformat(f"{prefix[:10]} {prefix[11:13]}:00")
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
