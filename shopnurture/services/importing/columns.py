"""Cleaning a chunk of rows column by column: each distinct cell value of a column is
cleaned once (an activity file repeats its event types, SKUs, amounts and customers on
every line), and the per-row work left is C-speed list building.

The answer for a cell is its clean value, None for a blank cell (absent from the record,
as `RowCleaner.clean` leaves it), or the CellInvalid that `RowCleaner` would report.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from shopnurture.domain.cell_cleaning import CellInvalid

# Past this many remembered answers a column forgets them (at a chunk's start): a column of
# unique values (order numbers, moments) must not grow without end.
MAX_ANSWERS = 50_000
_NONE_TYPE = type(None)


@dataclass(frozen=True)
class Column:
    """A column's answers; the flags are False when no answer is blank / invalid, so the
    usual chunk is not scanned for them."""

    answers: list[Any]
    has_blank: bool
    has_invalid: bool

    def blank_rows(self) -> set[int]:
        if not self.has_blank:
            return set()
        return {index for index, answer in enumerate(self.answers) if answer is None}

    def filled_rows(self) -> set[int]:
        if self.has_blank and self.answers.count(None) == len(self.answers):
            return set()
        return {index for index, answer in enumerate(self.answers) if answer is not None}

    def invalid_rows(self) -> set[int]:
        if not self.has_invalid:
            return set()
        return {
            index for index, answer in enumerate(self.answers) if isinstance(answer, CellInvalid)
        }


def blank_answer(cell: Any) -> bool:
    """A cell `RowCleaner` leaves out of the record."""
    return cell is None or cell == "" or (cell.__class__ is str and not cell.strip())


class ColumnCleaner:
    """One column's cleaner with the answers it has given, by cell value."""

    def __init__(self, clean: Callable[[Any], Any]) -> None:
        self.clean = clean
        self._answers: dict[Any, Any] = {}
        self._blank_keys: set[Any] = set()
        self._invalid_keys: set[Any] = set()

    def column(self, cells: Sequence[Any], *, all_text: bool = False) -> Column:
        """The answers for `cells`. `all_text`: the cells are strings or None."""
        answers = self._answers
        if len(answers) > MAX_ANSWERS:
            answers.clear()
            self._blank_keys.clear()
            self._invalid_keys.clear()
        keys = cells
        if not all_text:
            kinds = set(map(type, cells))
            kinds.discard(_NONE_TYPE)
            if kinds and kinds != {str}:
                # 1 == 1.0 == True as dict keys, but not as cells: "1" and "yes" are
                # different texts. Other than text, a cell is keyed with its type.
                keys = list(zip(map(type, cells), cells, strict=True))
        try:  # a column of repeated values knows them all after a while: one pass
            found = list(map(answers.__getitem__, keys))
        except KeyError:
            for key in set(keys).difference(answers):
                self._learn(key, key[1] if keys is not cells else key)
            found = list(map(answers.__getitem__, keys))
        return Column(
            found,
            has_blank=bool(self._blank_keys) and not self._blank_keys.isdisjoint(keys),
            has_invalid=bool(self._invalid_keys) and not self._invalid_keys.isdisjoint(keys),
        )

    def _learn(self, key: Any, cell: Any) -> None:
        if blank_answer(cell):
            answer = None
            self._blank_keys.add(key)
        else:
            try:
                answer = self.clean(cell)
            except CellInvalid as error:
                answer = error
                self._invalid_keys.add(key)
        self._answers[key] = answer


def cells_at(rows: Sequence[Sequence[Any]], positions: Sequence[int]) -> list[Sequence[Any]]:
    """The columns at `positions` of `rows`, one sequence of cells per column; a row too
    short for a position has None there (a blank cell)."""
    if not positions or not rows:
        return [[] for _ in positions]
    widest = max(positions) + 1
    if min(map(len, rows)) < widest:
        rows = [
            row if len(row) >= widest else [*row, *([None] * (widest - len(row)))] for row in rows
        ]
    columns = list(zip(*rows, strict=False))  # stops at the narrowest row, wide enough
    return [columns[position] for position in positions]
