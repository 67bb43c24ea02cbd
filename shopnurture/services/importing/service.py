"""The import API for the GUI wizard and the CLI: look at a file, preview its mapping, run
the import in one transaction (all valid rows or nothing), remember mappings.

Runs on any thread but the GUI's: `run_import` takes seconds on big files and reports
progress through its callback; `is_cancelled` (or any exception it raises) rolls back.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from shopnurture.data import imports as import_data
from shopnurture.data.database import Database
from shopnurture.domain.cell_cleaning import is_blank
from shopnurture.domain.import_fields import IDENTITY_FIELDS, ImportKind
from shopnurture.errors import UserError
from shopnurture.services.collector import young_collections_only
from shopnurture.services.importing.mapping import (
    HEADER_SEARCH_ROWS,
    Columns,
    apply_overrides,
    clean_mapping,
    find_columns,
    find_layout,
    guess_kind,
    header_signature,
    suggest_mapping,
)
from shopnurture.services.importing.pipeline import ImportPipeline, row_blocks
from shopnurture.services.importing.readers import SheetRows, open_source, read_sheet
from shopnurture.services.importing.report import ImportReport
from shopnurture.services.settings import read_settings

PREVIEW_ROWS = 20
Progress = Callable[[int, int], None]


class ImportCancelled(UserError):
    """Raised inside `run_import` when `is_cancelled()` said yes; nothing was imported."""

    def __init__(self) -> None:
        super().__init__("import.cancelled")


@dataclass(frozen=True)
class Preview:
    sheet_names: list[str]
    sheet: str
    header_row: int
    """1-based row number of the header, as the spreadsheet program shows it."""
    headers: list[str]
    sample_rows: list[list[Any]]
    """The first data rows, one value per header (dates as date/datetime, numbers as float)."""
    guessed_kind: ImportKind | None
    kind: ImportKind | None
    suggested_mapping: dict[str, str | None]
    """Header -> canonical field (None: not imported); empty when no kind is known."""
    layout_name: str | None
    """"Shopify customers", "WooCommerce orders"... when the file is a known export."""
    remembered: bool
    """The mapping is the one the owner chose before for files with this header."""
    total_rows: int
    """Rows in the sheet (for CSV, lines in the file), for a progress estimate."""


def inspect_file(path: Path | str) -> list[str]:
    """The sheet names of a workbook (a CSV has one, named after the file). Raises UserError."""
    return open_source(path).sheet_names


def _open_table(path: Path | str, sheet: str | None) -> tuple[Any, SheetRows, Columns, list]:
    source = open_source(path)
    sheet_rows = read_sheet(source, sheet)
    head = list(islice(sheet_rows.rows, HEADER_SEARCH_ROWS + PREVIEW_ROWS))
    if not any(not is_blank(cell) for row in head for cell in row):
        raise UserError("import.file_empty", path=str(path))
    columns = find_columns(head, sheet_rows.first_column)
    if columns is None:
        raise UserError("import.no_header", path=str(path))
    return source, sheet_rows, columns, head


def _aligned(row: list[Any], positions: list[int]) -> list[Any]:
    width = len(row)
    return [row[position] if position < width else None for position in positions]


def preview(
    path: Path | str,
    *,
    sheet: str | None = None,
    kind: ImportKind | str | None = None,
    database: Database | None = None,
) -> Preview:
    """The file's header, first rows and suggested mapping (remembered when `database` has
    one for this header). `kind` None: the guessed kind is used for the suggestion."""
    source, sheet_rows, columns, head = _open_table(path, sheet)
    data = [row for row in head[columns.header_row :] if any(not is_blank(c) for c in row)]
    sample = [_aligned(row, columns.positions) for row in data[:PREVIEW_ROWS]]
    guessed = guess_kind(columns.names)
    chosen = ImportKind(kind) if kind is not None else guessed
    mapping: dict[str, str | None] = {}
    remembered = False
    if chosen is not None:
        stored = remembered_mapping(database, columns.names, chosen) if database else None
        remembered = stored is not None
        mapping = stored if stored is not None else suggest_mapping(columns.names, sample, chosen)
    layout = find_layout(columns.names)
    return Preview(
        sheet_names=source.sheet_names,
        sheet=sheet if sheet is not None else source.sheet_names[0],
        header_row=columns.header_row,
        headers=columns.names,
        sample_rows=sample,
        guessed_kind=guessed,
        kind=chosen,
        suggested_mapping=mapping,
        layout_name=layout.name if layout is not None else None,
        remembered=remembered,
        total_rows=sheet_rows.total_rows,
    )


def remembered_mapping(
    database: Database, headers: list[str], kind: ImportKind | str
) -> dict[str, str | None] | None:
    kind = ImportKind(kind)
    with database.read_session() as session:
        stored = import_data.stored_mapping(
            session=session, kind=kind.value, signature=header_signature(headers)
        )
    if stored is None:
        return None
    cleaned = clean_mapping(stored, kind)
    return {header: cleaned.get(header) for header in headers}


def remember_mapping(
    database: Database,
    headers: list[str],
    kind: ImportKind | str,
    mapping: dict[str, str | None],
    *,
    now: datetime | None = None,
) -> None:
    """Keep the owner's mapping for the next file with the same header."""
    kind = ImportKind(kind)
    with database.write_session() as session:
        import_data.store_mapping(
            session=session,
            kind=kind.value,
            signature=header_signature(headers),
            headers=headers,
            mapping=clean_mapping(mapping, kind),
            now=now or datetime.now(UTC),
        )


def _check_mapping(mapping: dict[str, str | None], kind: ImportKind) -> None:
    fields = {field for field in mapping.values() if field}
    if kind is ImportKind.PRODUCTS:
        required: tuple[str, ...] = ("sku",)
    else:
        if not fields & set(IDENTITY_FIELDS):
            raise UserError("import.missing_identity")
        required = {
            ImportKind.ACTIVITY: ("event", "timestamp"),
            ImportKind.ORDERS: ("order_id", "timestamp"),
        }.get(kind, ())
    for field in required:
        if field not in fields:
            raise UserError("import.missing_field", field=field)


def run_import(
    database: Database,
    path: Path | str,
    *,
    kind: ImportKind | str,
    sheet: str | None = None,
    mapping: dict[str, str | None] | None = None,
    overrides: dict[str, str | None] | None = None,
    dry_run: bool = False,
    default_country: str | None = None,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    now: datetime | None = None,
    remember: bool = True,
) -> ImportReport:
    """Import the sheet's rows in one transaction; rows with invalid cells are reported and
    skipped, the others are all committed (or, with `dry_run`, only counted).

    `mapping`: header -> field for every column (the wizard's final mapping); None uses
    the remembered or suggested one. `overrides` corrects single columns on top (the
    CLI's --map). A given mapping is remembered for the next file with this header.
    Raises UserError (nothing imported) when the file cannot be imported at all, and
    ImportCancelled when `is_cancelled()` returns True.
    """
    kind = ImportKind(kind)
    now = now or datetime.now(UTC)
    settings = read_settings(database)
    source, sheet_rows, columns, head = _open_table(path, sheet)
    first_rows = [
        _aligned(row, columns.positions)
        for row in head[columns.header_row :][:PREVIEW_ROWS]
        if any(not is_blank(cell) for cell in row)
    ]
    chosen = mapping if mapping is not None else remembered_mapping(database, columns.names, kind)
    if chosen is None:
        chosen = suggest_mapping(columns.names, first_rows, kind)
    chosen = clean_mapping({header: chosen.get(header) for header in columns.names}, kind)
    if overrides:
        chosen = apply_overrides(chosen, overrides, kind)
    _check_mapping(chosen, kind)
    mapped = [
        (position, header, chosen[header])
        for position, header in zip(columns.positions, columns.names, strict=True)
        if chosen.get(header)
    ]
    pipeline = ImportPipeline(
        kind=kind,
        columns=mapped,
        default_country=(default_country or settings["country"]).upper(),
        zone=ZoneInfo(settings["timezone"]),
        now=now,
        consent_detail=json.dumps(
            {"file": Path(path).name, "sha256": source.sha256, "date": now.date().isoformat()},
            ensure_ascii=False,
        ),
    )
    blocks = row_blocks(head[columns.header_row :], sheet_rows.rows, columns.header_row + 1)
    with young_collections_only(), database.write_session() as session:
        with import_data.import_cache(session=session):
            report = pipeline.run(
                session,
                blocks,
                all_text=sheet_rows.all_text,
                total_rows=sheet_rows.total_rows,
                progress=progress,
                check_cancelled=lambda: _check_cancelled(is_cancelled),
            )
            if (mapping is not None or overrides) and remember and not dry_run:
                import_data.store_mapping(
                    session=session,
                    kind=kind.value,
                    signature=header_signature(columns.names),
                    headers=columns.names,
                    mapping=chosen,
                    now=now,
                )
        if dry_run:
            session.rollback()
    report.dry_run = dry_run
    report.file_sha256 = source.sha256
    return report


def _check_cancelled(is_cancelled: Callable[[], bool] | None) -> None:
    if is_cancelled is not None and is_cancelled():
        raise ImportCancelled()
