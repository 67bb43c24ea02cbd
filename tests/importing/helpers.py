"""Writing small spreadsheets for the import tests, and reading back what the shop holds."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl

NOW_TEXT = "2026-11-23T10:00:00+00:00"


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], *, sheet: str = "Hoja1") -> Path:
    workbook = openpyxl.Workbook()
    worksheet = workbook.active
    worksheet.title = sheet
    for row in rows:
        worksheet.append(list(row))
    workbook.save(path)
    return path


def write_csv(
    path: Path,
    rows: Sequence[Sequence[Any]],
    *,
    delimiter: str = ",",
    encoding: str = "utf-8",
) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def rows_of(database_path: Path, sql: str, *parameters: Any) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(database_path)
    try:
        return connection.execute(sql, parameters).fetchall()
    finally:
        connection.close()


def snapshot(database_path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, to prove an import left the shop exactly as it was."""
    connection = sqlite3.connect(database_path)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' "
                "AND name NOT LIKE 'contact_search%' ORDER BY name"
            )
        ]
        return {
            table: connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
            for table in tables
        }
    finally:
        connection.close()
