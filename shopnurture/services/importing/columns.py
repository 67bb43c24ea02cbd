"""Cleaning a chunk of rows column by column: each distinct cell value of a column is
cleaned once (an activity file repeats its event types, SKUs, amounts and customers on
every line), and the per-row work left is C-speed list building.

The answer for a cell is its clean value, None for a blank cell (absent from the record,
as `RowCleaner.clean` leaves it), or the CellInvalid that `RowCleaner` would report.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from shopnurture.domain.cell_cleaning import CellInvalid

# Past this many remembered answers a column forgets them (at a chunk's start): a column of
# unique values (order numbers, moments) must not grow without end.
MAX_ANSWERS = 50_000
_NONE_TYPE = type(None)


class ColumnCleaner:
    """One column's cleaner with the answers it has given, by cell value."""

    def __init__(self, clean: Callable[[Any], Any]) -> None:
        self.clean = clean
        self._answers: dict[Any, Any] = {}

    def answers(self, cells: Sequence[Any], *, all_text: bool = False) -> list[Any]:
        """The answer for each cell, in order. `all_text`: the cells are strings or None."""
        answers = self._answers
        if len(answers) > MAX_ANSWERS:
            answers.clear()
        if not all_text:
            kinds = set(map(type, cells))
            kinds.discard(_NONE_TYPE)
            if kinds and kinds != {str}:
                # 1 == 1.0 == True as dict keys, but not as cells: "1" and "yes" are
                # different texts. Other than text, a cell is keyed with its type.
                cells = list(zip(map(type, cells), cells, strict=True))
                for key in set(cells).difference(answers):
                    answers[key] = self._answer(key[1])
                return list(map(answers.__getitem__, cells))
        try:  # a column of repeated values knows them all after a while: one pass
            return list(map(answers.__getitem__, cells))
        except KeyError:
            for cell in set(cells).difference(answers):
                answers[cell] = self._answer(cell)
            return list(map(answers.__getitem__, cells))

    def _answer(self, cell: Any) -> Any:
        if cell is None or cell == "" or (cell.__class__ is str and not cell.strip()):
            return None
        try:
            return self.clean(cell)
        except CellInvalid as error:
            return error


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


def invalid_rows(answers: Sequence[Any]) -> set[int]:
    """Positions of the answers that are CellInvalid (none, mostly: checked at C speed)."""
    kinds = set(map(type, answers))
    if not any(issubclass(kind, CellInvalid) for kind in kinds):
        return set()
    return {index for index, answer in enumerate(answers) if isinstance(answer, CellInvalid)}


def blank_rows(answers: Sequence[Any]) -> set[int]:
    if None not in answers:
        return set()
    return {index for index, answer in enumerate(answers) if answer is None}


def filled_rows(answers: Sequence[Any]) -> set[int]:
    if answers.count(None) == len(answers):
        return set()
    return {index for index, answer in enumerate(answers) if answer is not None}
