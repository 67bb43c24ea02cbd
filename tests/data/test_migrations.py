"""Migrations: the migrated schema is the one tables.py describes, and upgrades keep every row."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import SQLModel

import shopnurture.data.tables  # noqa: F401  (registers the tables)
from shopnurture.data.database import open_database
from shopnurture.data.migrations import (
    MIGRATIONS,
    SEARCH_INDEX_TABLES,
    Migration,
    latest_version,
)
from shopnurture.errors import DatabaseOpenError


def _columns(connection: sqlite3.Connection, table: str) -> dict[str, bool]:
    """Column name -> NOT NULL, as SQLite sees it."""
    return {
        row[1]: bool(row[3]) or bool(row[5])
        for row in connection.execute(f"PRAGMA table_info('{table}')")
    }


def _indexes(connection: sqlite3.Connection, table: str) -> dict[str, tuple[bool, tuple[str, ...]]]:
    found = {}
    for row in connection.execute(f"PRAGMA index_list('{table}')"):
        name, unique, origin = row[1], bool(row[2]), row[3]
        if origin != "c":  # automatic indexes of PRIMARY KEY / UNIQUE constraints
            continue
        columns = tuple(info[2] for info in connection.execute(f"PRAGMA index_info('{name}')"))
        found[name] = (unique, columns)
    return found


def test_migrated_schema_matches_the_table_classes(database_path: Path) -> None:
    open_database(database_path).close()
    connection = sqlite3.connect(database_path)
    tables = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    assert tables - SEARCH_INDEX_TABLES == set(SQLModel.metadata.tables)
    for name, table in SQLModel.metadata.tables.items():
        on_disk = _columns(connection, name)
        expected = {column.name: (not column.nullable) for column in table.columns}
        assert on_disk == expected, name
        expected_indexes = {
            index.name: (bool(index.unique), tuple(column.name for column in index.columns))
            for index in table.indexes
        }
        assert _indexes(connection, name) == expected_indexes, name


def test_versions_are_consecutive() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


def _fill_every_table(connection: sqlite3.Connection) -> dict[str, int]:
    """Put rows in every table that exists at this version; returns the counts per table."""
    now = datetime(2026, 11, 1, 10, 0, tzinfo=UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    statements = {
        "contact": (
            "INSERT INTO contact (id, email, first_name, last_name, search_text, created_at, "
            "updated_at) VALUES (?, ?, 'Lucía', 'Núñez Peña', ?, ?, ?)",
            [
                (i, f"lucia{i}@example.es", f"lucia nunez pena lucia{i}@example.es", now, now)
                for i in range(1, 51)
            ],
        ),
        "activity_event": (
            "INSERT INTO activity_event (contact_id, type, occurred_at, created_at) "
            "VALUES (?, 'page_view', ?, ?)",
            [(1 + i % 50, now, now) for i in range(500)],
        ),
        "product": (
            "INSERT INTO product (sku, name, created_at, updated_at) VALUES (?, 'Café', ?, ?)",
            [(f"SKU-{i}", now, now) for i in range(20)],
        ),
        "flow": (
            "INSERT INTO flow (id, name, created_at, updated_at) VALUES (?, 'Carrito', ?, ?)",
            [(1, now, now)],
        ),
        "flow_run": (
            "INSERT INTO flow_run (flow_id, contact_id, entered_at) VALUES (1, ?, ?)",
            [(i, now) for i in range(1, 11)],
        ),
        "outbox_message": (
            "INSERT INTO outbox_message (channel, idempotency_key, due_at, created_at, updated_at) "
            "VALUES ('email', ?, ?, ?, ?)",
            [(f"key-{i}", now, now, now) for i in range(5)],
        ),
        "consent_log": (
            "INSERT INTO consent_log "
            "(contact_id, channel, status, source, occurred_at, recorded_at) "
            "VALUES (?, 'email', 'granted', 'test', ?, ?)",
            [(i, now, now) for i in range(1, 6)],
        ),
        "setting": (
            "INSERT INTO setting (key, value, updated_at) VALUES ('shop_name', 'La Tiendita', ?)",
            [(now,)],
        ),
    }
    existing = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    counts = {}
    for table, (sql, rows) in statements.items():
        if table in existing:
            connection.executemany(sql, rows)
            counts[table] = len(rows)
    connection.commit()
    return counts


def _dump(path: Path, tables: list[str]) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(path)
    try:
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            for table in tables
        }
    finally:
        connection.close()


# A stand-in for the next real migration, so the upgrade path is exercised even while the
# released history has a single version. Real later migrations are covered by the loop below.
_NEXT = Migration(
    latest_version() + 1,
    "test: a new column with a default",
    lambda connection: connection.execute(
        "ALTER TABLE contact ADD COLUMN nickname VARCHAR NOT NULL DEFAULT ''"
    ),
)


@pytest.mark.parametrize("start_version", range(1, latest_version() + 1))
def test_every_earlier_version_upgrades_with_every_row_intact(
    tmp_path: Path, start_version: int
) -> None:
    history = [*MIGRATIONS, _NEXT]
    path = tmp_path / "old.sqlite"
    open_database(path, migrations=history[:start_version]).close()
    connection = sqlite3.connect(path)
    counts = _fill_every_table(connection)
    connection.close()
    before = _dump(path, list(counts))

    open_database(path, migrations=history).close()

    after = _dump(path, list(counts))
    for table in counts:
        assert len(after[table]) == counts[table]
        # Old columns keep their values (new columns, if any, are appended at the end).
        assert [row[: len(before[table][0])] for row in after[table]] == before[table], table
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == _NEXT.version
    # Contacts that existed before the search index are found through it.
    found = connection.execute(
        "SELECT count(*) FROM contact WHERE id IN "
        "(SELECT rowid FROM contact_search WHERE search_text LIKE '%nunez%')"
    ).fetchone()[0]
    assert found == counts["contact"]
    backups = list(tmp_path.glob(f"old.v{start_version}.*.backup.sqlite"))
    assert len(backups) == 1
    assert _dump(backups[0], list(counts)) == before


def test_a_failing_migration_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite"
    open_database(path).close()
    connection = sqlite3.connect(path)
    counts = _fill_every_table(connection)
    connection.close()
    before = _dump(path, list(counts))

    def half_then_fail(connection: sqlite3.Connection) -> None:
        connection.execute("DELETE FROM activity_event")
        connection.execute("ALTER TABLE no_such_table ADD COLUMN x")

    broken = [*MIGRATIONS, Migration(latest_version() + 1, "broken", half_then_fail)]
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(path, migrations=broken)
    assert caught.value.code == "db.migration_failed"
    assert _dump(path, list(counts)) == before
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == latest_version()
    assert "backup" in caught.value.message("en")


def test_consent_log_is_append_only(database_path: Path) -> None:
    open_database(database_path).close()
    connection = sqlite3.connect(database_path)
    _fill_every_table(connection)
    for statement in ("UPDATE consent_log SET status = 'withdrawn'", "DELETE FROM consent_log"):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            connection.execute(statement)
    assert connection.execute("SELECT count(*) FROM consent_log").fetchone()[0] == 5
