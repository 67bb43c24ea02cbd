"""The import loop: clean rows chunk by chunk, merge contacts, write events or products,
report progress, count what happened. All inside the caller's one write transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from datetime import datetime, tzinfo
from itertools import islice
from typing import Any

from sqlmodel import Session

from shopnurture.domain.import_fields import (
    NOT_BOUGHT_STATUSES,
    ORDER_LEVEL_FIELDS,
    ImportKind,
    fold_header,
)
from shopnurture.domain.vocabulary import EventType
from shopnurture.services.collector import collect_young
from shopnurture.services.importing.bulk_activity import BulkActivity, SortedChunk
from shopnurture.services.importing.clean_worker import (
    CleanedRow,
    CleaningHelper,
    CleaningSpec,
    SearchHints,
    clean_row,
    clean_rows,
    helper_is_worthwhile,
)
from shopnurture.services.importing.contact_merge import ContactMerger
from shopnurture.services.importing.report import ImportReport, RowError
from shopnurture.services.importing.writers import EventWriter, ProductWriter

BlockToImport = tuple[int, int, list[list[Any]] | None, list[CleanedRow] | None, SearchHints]
"""First row number, size, and either the raw rows or the rows cleaned by the helper (with
their search hints)."""

# Rows per chunk: big enough for fast executemany, small enough to keep memory flat and
# to notice Cancel within a fraction of a second.
CHUNK_ROWS = 20_000
# Rows read in one call to the reader, written in C: it holds the GIL while it reads, and
# the GUI thread must not wait for a whole chunk.
_READ_STEP = 500
MAX_REPORTED_ERRORS = 10_000


class ImportPipeline:
    def __init__(
        self,
        *,
        kind: ImportKind,
        columns: list[tuple[int, str, str]],
        default_country: str,
        zone: tzinfo,
        now: datetime,
        consent_detail: str,
    ) -> None:
        self.kind = kind
        self.now = now
        self.consent_detail = consent_detail
        self.spec = CleaningSpec(
            columns=tuple(columns),
            default_country=default_country,
            zone=zone,
            today=now.date(),
            kind=kind,
        )
        self.cleaner = self.spec.row_cleaner()
        self.bulk = (
            BulkActivity.for_import(self.cleaner, zone) if kind is ImportKind.ACTIVITY else None
        )
        self._current_order: tuple[str, dict[str, Any]] | None = None

    def run(
        self,
        session: Session,
        blocks: Iterable[tuple[int, list[list[Any]]]],
        *,
        total_rows: int,
        progress: Callable[[int, int], None] | None,
        check_cancelled: Callable[[], None],
        all_text: bool = False,
    ) -> ImportReport:
        """Import `blocks` of rows, each given with the row number of its first row.
        `all_text`: every cell is a string or None (a CSV file)."""
        report = ImportReport(kind=self.kind.value)
        merger = (
            None
            if self.kind is ImportKind.PRODUCTS
            else ContactMerger(session, now=self.now, consent_detail=self.consent_detail)
        )
        events = EventWriter(session, now=self.now)
        products = ProductWriter(session, now=self.now)
        effective = 0
        helper = self._helper(total_rows)
        with helper if helper is not None else nullcontext():
            stream: Iterable[BlockToImport] = (
                (
                    (first_row, size, None, cleaned, hints)
                    for first_row, size, cleaned, hints in helper.cleaned(blocks)
                )
                if helper is not None
                else ((first_row, len(rows), rows, None, {}) for first_row, rows in blocks)
            )
            for first_row, size, rows, cleaned, hints in stream:
                check_cancelled()
                effective += self._block(
                    first_row, rows, cleaned, hints, all_text, merger, events, products, report
                )
                if progress is not None:
                    last_row = first_row + size - 1
                    progress(min(last_row, total_rows), max(total_rows, last_row))
        if merger is None:
            report.created, report.updated, effective = products.write()
        else:
            report.contacts_created = len(merger.created_ids)
            report.contacts_updated = len(merger.updated_ids)
            if self.kind is ImportKind.CONTACTS:
                report.created, report.updated = report.contacts_created, report.contacts_updated
                effective = merger.rows_with_effect
        report.skipped = report.read - effective
        return report

    def _helper(self, total_rows: int) -> CleaningHelper | None:
        """A helper process cleaning rows ahead, for big files of the kinds cleaned row by
        row (activity has its own column-wise path, see bulk_activity.py)."""
        if self.bulk is not None or not helper_is_worthwhile(total_rows, CHUNK_ROWS):
            return None
        return CleaningHelper(self.spec, self.cleaner)

    def _block(
        self,
        first_row: int,
        rows: list[list[Any]] | None,
        cleaned: list[CleanedRow] | None,
        hints: SearchHints,
        all_text: bool,
        merger: ContactMerger | None,
        events: EventWriter,
        products: ProductWriter,
        report: ImportReport,
    ) -> int:
        """Import one block of rows, given raw (`rows`) or already cleaned (`cleaned`).
        Returns how many of its rows added or changed something."""
        collect_young()  # see services/collector.py
        if cleaned is None:
            assert rows is not None
            if self.bulk is not None and merger is not None:
                return self._activity_in_bulk(
                    self.bulk, first_row, rows, all_text, merger, events, report
                )
            cleaned = clean_rows(self.cleaner, first_row, rows)
        records = self._valid(enumerate(cleaned, first_row), report)
        collect_young()  # the records are young: half of the chunk's collection now
        if self.kind is ImportKind.PRODUCTS:
            for row_number, record in records:
                products.add(row_number, record)
            return 0
        if merger is None:
            return 0
        return self._people(merger, events, records, report, hints)

    def _valid(
        self, numbered: Iterable[tuple[int, CleanedRow]], report: ImportReport
    ) -> list[tuple[int, dict[str, Any]]]:
        """The valid records of these cleaned rows (with their row numbers); the problems
        of the others go to `report`."""
        cleaner = self.cleaner
        orders = self.kind is ImportKind.ORDERS
        records = []
        for row_number, (record, problems) in numbered:
            if record is None:
                report.read += 1  # cells only in columns that are not imported
                continue
            if not record and not problems:
                continue
            report.read += 1
            if orders:  # (other kinds had `missing` checked with the cleaning)
                self._carry_order_fields(record)
                if not problems:
                    missing = cleaner.missing(record, row_number)
                    if missing is not None:
                        problems = [missing]
            if problems:
                if len(report.errors) < MAX_REPORTED_ERRORS:
                    report.errors.extend(problems)
                continue
            records.append((row_number, record))
        return records

    def _carry_order_fields(self, record: dict[str, Any]) -> None:
        """A line of a multi-line order without the order's fields gets them from its first
        line (Shopify exports, and WooCommerce exporters set to fill only the first row)."""
        order_id = record.get("order_id")
        current = self._current_order
        if current is not None and (order_id is None or order_id == current[0]):
            for field, value in current[1].items():
                record.setdefault(field, value)
            return
        if order_id is not None:
            carried = {field: record[field] for field in ORDER_LEVEL_FIELDS if field in record}
            carried["order_id"] = order_id
            self._current_order = (order_id, carried)

    def _people(
        self,
        merger: ContactMerger,
        events: EventWriter,
        records: list[tuple[int, dict[str, Any]]],
        report: ImportReport,
        hints: SearchHints,
    ) -> int:
        """Merge the chunk's people; for activity and orders, write their events.
        Returns how many rows of the chunk added or changed something."""
        targets = merger.resolve(records, hints)
        merger.flush()
        if self.kind is ImportKind.CONTACTS:
            for target in targets:
                if isinstance(target, RowError) and len(report.errors) < MAX_REPORTED_ERRORS:
                    report.errors.append(target)
            return 0
        new_events = []
        for (_, record), target in zip(records, targets, strict=True):
            if isinstance(target, RowError):
                if len(report.errors) < MAX_REPORTED_ERRORS:
                    report.errors.append(target)
                continue
            if self.kind is ImportKind.ORDERS:
                if fold_header(record.get("status") or "") in NOT_BOUGHT_STATUSES:
                    continue
                event_type = EventType.ORDER.value
                _fill_line_value(record)
            else:
                event_type = record["event"]
            new_events.append((target, event_type, record))
        added = events.write(new_events)
        report.created += added
        return added

    def _activity_in_bulk(
        self,
        bulk: BulkActivity,
        first_row: int,
        rows: list[list[Any]],
        all_text: bool,
        merger: ContactMerger,
        events: EventWriter,
        report: ImportReport,
    ) -> int:
        """An activity chunk, its common rows in bulk: as `_clean` then `_people` would do
        it, with the same errors in the same order. Returns how many events were added."""
        sorted_chunk = bulk.sort(rows, all_text=all_text)
        slow = sorted(sorted_chunk.slow)
        report.read += sorted_chunk.size - len(slow)
        records = {
            row_number - first_row: record
            for row_number, record in self._valid(
                (
                    (first_row + index, clean_row(self.cleaner, rows[index], first_row + index))
                    for index in slow
                ),
                report,
            )
        }
        targets = self._bulk_targets(sorted_chunk, first_row, rows, records, merger, report)
        merger.flush()
        if records:
            selected = [
                target if index not in records else None for index, target in enumerate(targets)
            ]
        else:
            selected = targets
        event_rows = bulk.event_rows(sorted_chunk, selected, events.created_text)
        if records:  # rows of the row-by-row path go back in their place
            in_bulk = iter(event_rows)
            event_rows = [
                events.row(target, records[index]["event"], records[index])
                if index in records
                else next(in_bulk)
                for index, target in enumerate(targets)
                if target is not None
            ]
        added = events.insert(event_rows)
        report.created += added
        return added

    def _bulk_targets(
        self,
        sorted_chunk: SortedChunk,
        first_row: int,
        rows: list[list[Any]],
        records: dict[int, dict[str, Any]],
        merger: ContactMerger,
        report: ImportReport,
    ) -> list[int | None]:
        """The contact of each row (None: no event). A row about a known contact needs no
        merge; runs of the others go through `merger.resolve` in file order, since each may
        create or change a contact that later rows name."""
        identities = sorted_chunk.identities()
        slow = sorted_chunk.slow
        known = {identity: merger.known_contact(*identity) for identity in set(identities)}
        if not slow and None not in known.values():
            return list(map(known.__getitem__, identities))
        targets: list[int | None] = [None] * len(identities)
        index = 0
        while index < len(identities):
            run: list[int] = []
            while index < len(identities):
                if index in slow:
                    if index in records:
                        run.append(index)
                    index += 1
                    continue
                identity = identities[index]
                if identity not in known:
                    known[identity] = merger.known_contact(*identity)
                target = known[identity]
                if target is None:
                    run.append(index)
                elif run:
                    break  # known before the run's merges: ask again after them
                else:
                    targets[index] = target
                index += 1
            if not run:
                continue
            for position in run:  # rows of the bulk path need their record now
                if position not in records:
                    records[position] = self.cleaner.clean(rows[position], first_row + position)[0]
            resolved = merger.resolve(
                [(first_row + position, records[position]) for position in run]
            )
            for position, target in zip(run, resolved, strict=True):
                if isinstance(target, RowError):
                    if len(report.errors) < MAX_REPORTED_ERRORS:
                        report.errors.append(target)
                else:
                    targets[position] = target
            known.clear()
        return targets


def _fill_line_value(record: dict[str, Any]) -> None:
    """An order line's value: its total when given, else unit price × quantity."""
    if "value" not in record and "price" in record:
        record["value"] = record["price"] * record.get("quantity", 1)
    record.setdefault("quantity", 1)


def row_blocks(
    first_rows: list[list[Any]], rest: Iterator[list[Any]], first_number: int
) -> Iterator[tuple[int, list[list[Any]]]]:
    """`first_rows` then `rest` in blocks of CHUNK_ROWS rows, each with the row number of
    its first row (`first_number` for the first)."""
    pending = list(first_rows)
    exhausted = False
    while True:
        while not exhausted and len(pending) < CHUNK_ROWS:
            step = list(islice(rest, _READ_STEP))
            pending.extend(step)
            exhausted = len(step) < _READ_STEP
        if not pending:
            return
        block, pending = pending[:CHUNK_ROWS], pending[CHUNK_ROWS:]
        yield first_number, block
        first_number += len(block)
