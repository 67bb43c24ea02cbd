"""What an import did: counts, and the rows it skipped with why; the error report as .xlsx."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from shopnurture.messages import render_message


@dataclass(frozen=True)
class RowError:
    """One problem of one row: `row` as the spreadsheet numbers it, `column` its header."""

    row: int
    column: str
    value: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, language: str = "en") -> str:
        return render_message(self.code, language, **self.params)

    def as_json(self, language: str = "en") -> dict[str, Any]:
        return {
            "row": self.row,
            "column": self.column,
            "value": self.value,
            "message": self.message(language),
        }


@dataclass
class ImportReport:
    """`created`/`updated` count the kind's own records (contacts, events or products);
    for activity and orders the contacts met on the way are counted apart."""

    kind: str
    read: int = 0
    created: int = 0
    updated: int = 0
    skipped: int = 0
    errors: list[RowError] = field(default_factory=list)
    contacts_created: int = 0
    contacts_updated: int = 0
    dry_run: bool = False
    file_sha256: str = ""

    def as_json(self, language: str = "en") -> dict[str, Any]:
        """The stable shape printed by `shopnurture import --json`."""
        return {
            "read": self.read,
            "created": self.created,
            "updated": self.updated,
            "skipped": self.skipped,
            "errors": [error.as_json(language) for error in self.errors],
        }


def write_error_report(report: ImportReport, path: Path | str, *, language: str = "en") -> None:
    """The skipped rows as an .xlsx the owner opens in Excel: row, column, value, problem."""
    from shopnurture.services.exporting import write_table

    headers = [
        render_message(f"import.report.{name}", language)
        for name in ("row", "column", "value", "problem")
    ]
    rows = (
        [error.row, error.column, error.value, error.message(language)] for error in report.errors
    )
    write_table(
        Path(path),
        sheet_title=render_message("import.report.sheet", language),
        headers=headers,
        rows=rows,
        widths=[8, 24, 30, 70],
        language=language,
    )
