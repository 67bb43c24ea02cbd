"""Erasing a forgotten contact from the shop's pre-migration backup copies too.

A backup holds an older schema, so the erasure here is schema-agnostic: every row that names
the contact by id or by address goes, in every table that has such a column; the copy is
then vacuumed so nothing lingers in free pages.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

ADDRESS_COLUMNS = ("email", "phone", "recipient", "address")


def backups_of(database_path: Path) -> list[Path]:
    """The copies `open_database` made of this shop before migrating it."""
    suffix = database_path.suffix or ".sqlite"
    pattern = f"{database_path.stem}.v*.backup*{suffix}"
    return sorted(path for path in database_path.parent.glob(pattern) if path.is_file())


def scrub_backup(backup: Path, contact_id: int, addresses: Iterable[str]) -> int:
    """Delete every row about the contact from one backup copy; returns rows deleted."""
    addresses = [address for address in addresses if address]
    connection = sqlite3.connect(backup, isolation_level=None)
    try:
        deleted = _delete_rows(connection, contact_id, addresses)
        connection.execute("VACUUM")
        return deleted
    finally:
        connection.close()


def _delete_rows(connection: sqlite3.Connection, contact_id: int, addresses: list[str]) -> int:
    tables = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    deleted = 0
    connection.execute("BEGIN IMMEDIATE")
    try:
        # The copy is only a backup: the append-only guards of its consent log would
        # otherwise refuse the erasure.
        for (trigger,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%RAISE%'"
        ).fetchall():
            connection.execute(f'DROP TRIGGER "{trigger}"')
        for table in tables:
            columns = {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}
            conditions, parameters = _conditions(table, columns, contact_id, addresses)
            if conditions:
                cursor = connection.execute(
                    f'DELETE FROM "{table}" WHERE {" OR ".join(conditions)}', parameters
                )
                deleted += cursor.rowcount
        _rebuild_search_index(connection)
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return deleted


def _conditions(
    table: str, columns: set[str], contact_id: int, addresses: list[str]
) -> tuple[list[str], list[object]]:
    conditions: list[str] = []
    parameters: list[object] = []
    if table == "contact":
        conditions.append("id = ?")
        parameters.append(contact_id)
    if "contact_id" in columns:
        conditions.append("contact_id = ?")
        parameters.append(contact_id)
    for column in ADDRESS_COLUMNS:
        if column in columns and addresses:
            conditions.append(f'"{column}" IN ({", ".join("?" * len(addresses))})')
            parameters.extend(addresses)
    return conditions, parameters


def _rebuild_search_index(connection: sqlite3.Connection) -> None:
    has_index = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE name = 'contact_search'"
    ).fetchone()
    if has_index:
        connection.execute("INSERT INTO contact_search (contact_search) VALUES ('rebuild')")
