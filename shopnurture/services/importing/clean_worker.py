"""Cleaning the rows of a big import in a helper process, so that it uses both cores: while
the import merges and writes one block of rows, the helper cleans the next ones.

The helper gets the raw cells and gives back, per row, exactly what `clean_rows` gives in
this process: it builds its own `RowCleaner` from the same `CleaningSpec`. It is started
with "spawn" (never fork: the app has Qt and database threads), imports only the cleaning
code, and runs at a lower priority than the window. Whatever goes wrong with it (it cannot
start, it dies, a value cannot travel), the rows are cleaned here instead and the import
goes on: the helper only ever saves time.

For contacts, the helper also works out the search text of the contact each row would
make on its own; the merge uses it when the new contact's search fields turn out the same.

Rows travel both ways as pickled bytes, in pieces of a few thousand rows: bytes are one
object for Python's garbage collector, so blocks waiting their turn cost the collector
(which holds the GIL, and so the window) nothing, and are unpickled just before use.
As with any "spawn" process, the program's main module is imported again in the helper:
the app's entry points keep their work under `if __name__ == "__main__":`.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date, tzinfo
from typing import Any

from shopnurture.domain.cell_cleaning import is_blank
from shopnurture.domain.contact_search_text import SearchKey, search_key, search_texts
from shopnurture.domain.import_fields import ImportKind
from shopnurture.services.collector import collect_young
from shopnurture.services.importing.cleaning import CleaningContext, RowCleaner
from shopnurture.services.importing.report import RowError

logger = logging.getLogger(__name__)

# Blocks handed to the helper ahead of the one being merged: enough to keep it busy, few
# enough to keep memory flat on a file of millions of rows.
_AHEAD = 2
# Rows per trip to the helper: (un)pickling a piece holds the GIL, ~5 ms for this many.
_PIECE_ROWS = 2000
# The helper yields the processor to the window (and to the import's own process).
_HELPER_NICENESS = 5

CleanedRow = tuple[dict[str, Any] | None, list[RowError]]
"""A row's record and problems (a missing required value among them, except for orders,
whose lines get the order's values from its first line later). Record None: the row has
cells, but none in the mapped columns (it counts as read and imports nothing); {} with no
problems: a blank row."""
Block = tuple[int, list[list[Any]]]
"""A block of rows, with the row number of its first row."""
SearchHints = dict[int, tuple[SearchKey, str]]
"""By row number: the search text of a contact made from that row alone, with its key
(see ContactMerger.resolve)."""


@dataclass(frozen=True)
class CleaningSpec:
    """Everything a `RowCleaner` is made from (it travels to the helper)."""

    columns: tuple[tuple[int, str, str], ...]
    default_country: str
    zone: tzinfo
    today: date
    kind: ImportKind

    def row_cleaner(self) -> RowCleaner:
        context = CleaningContext(
            default_country=self.default_country, zone=self.zone, today=self.today
        )
        return RowCleaner(list(self.columns), context, self.kind)


def clean_row(cleaner: RowCleaner, row: list[Any], row_number: int) -> CleanedRow:
    record, problems = cleaner.clean(row, row_number)
    if not record:
        if not problems and not all(map(is_blank, row)):
            return None, problems
    elif not problems and cleaner.kind is not ImportKind.ORDERS:
        missing = cleaner.missing(record, row_number)
        if missing is not None:
            problems = [missing]
    return record, problems


def clean_rows(cleaner: RowCleaner, first_row: int, rows: list[list[Any]]) -> list[CleanedRow]:
    return [clean_row(cleaner, row, row_number) for row_number, row in enumerate(rows, first_row)]


# -- in the helper process -------------------------------------------------------------------

_helper_cleaner: tuple[CleaningSpec, RowCleaner] | None = None


def _start_helper() -> None:
    try:
        os.nice(_HELPER_NICENESS)
    except (AttributeError, OSError):  # not on this system: the same priority, still correct
        pass


def _clean_in_helper(spec: CleaningSpec, first_row: int, rows_pickle: bytes) -> bytes:
    """Runs in the helper; keeps one cleaner (and its caches of repeated cells) per spec.
    Returns the pickled cleaned rows and, for contacts, their search hints."""
    global _helper_cleaner
    if _helper_cleaner is None or _helper_cleaner[0] != spec:
        _helper_cleaner = (spec, spec.row_cleaner())
    cleaned = clean_rows(_helper_cleaner[1], first_row, pickle.loads(rows_pickle))
    hints = search_hints(first_row, cleaned) if spec.kind is ImportKind.CONTACTS else {}
    return pickle.dumps((cleaned, hints), pickle.HIGHEST_PROTOCOL)


def search_hints(first_row: int, cleaned: list[CleanedRow]) -> SearchHints:
    """The search text of a new contact made from each valid row alone (the importing
    process uses it when the contact's key turns out the same)."""
    numbers, views = [], []
    for row_number, (record, problems) in enumerate(cleaned, first_row):
        if record and not problems:
            numbers.append(row_number)
            views.append(_as_new_contact(record))
    texts = search_texts(views)
    return {
        row_number: (search_key(view), text)
        for row_number, view, text in zip(numbers, views, texts, strict=True)
    }


def _as_new_contact(record: dict[str, Any]) -> dict[str, Any]:
    """The search fields of a contact made from this record alone, as the merge fills a
    blank contact (ContactMerger._changes): names from the full name when none is given,
    tags sorted without repeats, "" and None where the record says nothing."""
    get = record.get
    first, last = get("first_name") or "", get("last_name") or ""
    full_name = get("full_name")
    if full_name and "first_name" not in record and "last_name" not in record:
        first, last = full_name[0] or "", full_name[1] or ""
    tags = get("tags")
    return {
        "first_name": first,
        "last_name": last,
        "email": get("email") or None,
        "phone": get("phone") or None,
        "city": get("city") or None,
        "tags": ",".join(sorted(set(tags))) if tags else "",
    }


# -- in the importing process ----------------------------------------------------------------


def helper_is_worthwhile(total_rows: int, block_rows: int) -> bool:
    """A second core to use, and more than one block to clean (the importing process cleans
    the first block itself while the helper starts)."""
    return (os.cpu_count() or 1) > 1 and total_rows > block_rows


@dataclass
class _Piece:
    first_row: int
    rows_pickle: bytes
    answer: Future[bytes] | None


class CleaningHelper:
    """Cleans blocks in a helper process, a few blocks ahead of the caller.

    `cleaned(blocks)` yields each block's first row number, size, cleaned rows and search
    hints (for contacts), in order. The first block is cleaned here (the helper is starting
    meanwhile); so is any piece the helper could not clean, and everything after a
    failure. Use as a context manager: leaving stops the helper, also when the import is
    cancelled or fails.
    """

    def __init__(self, spec: CleaningSpec, local_cleaner: RowCleaner) -> None:
        self.spec = spec
        self.local_cleaner = local_cleaner
        self._executor: ProcessPoolExecutor | None = None
        self.pieces_in_helper = 0
        """Pieces the helper cleaned (for tests and the log)."""

    def __enter__(self) -> CleaningHelper:
        try:
            self._executor = ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_helper,
            )
        except (OSError, ValueError, NotImplementedError) as error:
            logger.warning("import: no helper process (%s); cleaning in this one", error)
            self._executor = None
        return self

    def __exit__(self, *_: object) -> None:
        self._stop()
        logger.info("import: %d pieces of rows cleaned in a helper process", self.pieces_in_helper)

    def _stop(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def _give_up(self, error: BaseException) -> None:
        if self._executor is not None:
            logger.warning("import: the helper process failed (%r); cleaning in this one", error)
        self._stop()

    def _send(self, block: Block) -> list[_Piece]:
        first_row, rows = block
        pieces = []
        for start in range(0, len(rows), _PIECE_ROWS):
            piece_rows = rows[start : start + _PIECE_ROWS]
            rows_pickle = pickle.dumps(piece_rows, pickle.HIGHEST_PROTOCOL)
            answer = None
            if self._executor is not None:
                try:
                    answer = self._executor.submit(
                        _clean_in_helper, self.spec, first_row + start, rows_pickle
                    )
                except Exception as error:  # noqa: BLE001 - any failure: clean it here
                    self._give_up(error)
            pieces.append(_Piece(first_row + start, rows_pickle, answer))
        return pieces

    def _receive(self, piece: _Piece) -> tuple[list[CleanedRow], SearchHints]:
        if piece.answer is not None and self._executor is not None:
            try:
                answer: tuple[list[CleanedRow], SearchHints] = pickle.loads(piece.answer.result())
            except Exception as error:  # noqa: BLE001 - a dead helper, an unpicklable value
                self._give_up(error)
            else:
                self.pieces_in_helper += 1
                # A piece's records are young objects: collected now, a piece at a time, a
                # whole block of them would keep the collector (and the GIL) for longer.
                collect_young()
                return answer
        return self._clean_here(piece.first_row, pickle.loads(piece.rows_pickle)), {}

    def _clean_here(self, first_row: int, rows: list[list[Any]]) -> list[CleanedRow]:
        """Clean rows in this process, collecting young objects a piece at a time (the
        records of a whole block at once would keep the collector busy for ~100 ms)."""
        cleaned: list[CleanedRow] = []
        for start in range(0, len(rows), _PIECE_ROWS):
            collect_young()
            piece = rows[start : start + _PIECE_ROWS]
            cleaned.extend(clean_rows(self.local_cleaner, first_row + start, piece))
        return cleaned

    def cleaned(
        self, blocks: Iterable[Block]
    ) -> Iterator[tuple[int, int, list[CleanedRow], SearchHints]]:
        source = iter(blocks)
        first = next(source, None)
        if first is None:
            return
        pending: deque[tuple[int, int, list[_Piece]]] = deque()

        def send_next() -> None:
            block = next(source, None)
            if block is not None:  # only bytes are kept: the block's rows can go
                pending.append((block[0], len(block[1]), self._send(block)))

        for _ in range(_AHEAD):  # the helper starts on these while the first is cleaned here
            send_next()
        yield first[0], len(first[1]), self._clean_here(*first), {}
        while pending:
            first_row, size, pieces = pending.popleft()
            send_next()
            cleaned: list[CleanedRow] = []
            hints: SearchHints = {}
            for piece in pieces:
                piece_rows, piece_hints = self._receive(piece)
                cleaned.extend(piece_rows)
                hints.update(piece_hints)
            yield first_row, size, cleaned, hints
