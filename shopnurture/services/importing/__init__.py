"""Importing contacts, activity, orders and products from spreadsheets (Qt-free).

The GUI wizard and the CLI use: `inspect_file`, `preview`, `run_import`,
`remember_mapping` / `remembered_mapping` and `write_error_report`.

The names load on first use, so that a process cleaning rows for an import (see
`clean_worker`) can import `cleaning` without the database layer.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from shopnurture.domain.import_fields import FIELDS, ImportKind
    from shopnurture.services.importing.report import (
        ImportReport,
        RowError,
        write_error_report,
    )
    from shopnurture.services.importing.service import (
        ImportCancelled,
        Preview,
        inspect_file,
        preview,
        remember_mapping,
        remembered_mapping,
        run_import,
    )

_HOMES = {
    "FIELDS": "shopnurture.domain.import_fields",
    "ImportKind": "shopnurture.domain.import_fields",
    "ImportReport": "shopnurture.services.importing.report",
    "RowError": "shopnurture.services.importing.report",
    "write_error_report": "shopnurture.services.importing.report",
    "ImportCancelled": "shopnurture.services.importing.service",
    "Preview": "shopnurture.services.importing.service",
    "inspect_file": "shopnurture.services.importing.service",
    "preview": "shopnurture.services.importing.service",
    "remember_mapping": "shopnurture.services.importing.service",
    "remembered_mapping": "shopnurture.services.importing.service",
    "run_import": "shopnurture.services.importing.service",
}

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


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value
