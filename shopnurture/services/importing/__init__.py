"""Importing contacts, activity, orders and products from spreadsheets (Qt-free).

The GUI wizard and the CLI use: `inspect_file`, `preview`, `run_import`,
`remember_mapping` / `remembered_mapping` and `write_error_report`.
"""

from __future__ import annotations

from shopnurture.domain.import_fields import FIELDS, ImportKind
from shopnurture.services.importing.report import ImportReport, RowError, write_error_report
from shopnurture.services.importing.service import (
    ImportCancelled,
    Preview,
    inspect_file,
    preview,
    remember_mapping,
    remembered_mapping,
    run_import,
)

__all__ = [
    "FIELDS",
    "ImportCancelled",
    "ImportKind",
    "ImportReport",
    "Preview",
    "RowError",
    "inspect_file",
    "preview",
    "remember_mapping",
    "remembered_mapping",
    "run_import",
    "write_error_report",
]
