"""Opening the shop file: pragmas, refusals that change nothing, and concurrent writers."""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from shopnurture.data.database import open_database
from shopnurture.data.migrations import latest_version
from shopnurture.errors import DatabaseOpenError, UserError


def test_new_database_is_migrated_with_wal_and_foreign_keys(database_path: Path) -> None:
    database = open_database(database_path)
    with database.read_session() as session:
        connection = session.connection()
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
        assert connection.execute(text("PRAGMA user_version")).scalar() == latest_version()
    database.close()


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "clientes.sqlite"
    content = b"Nombre;Correo\nAna;ana@example.com\n" * 100
    path.write_bytes(content)
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(path)
    assert caught.value.code == "db.not_sqlite"
    assert "no es una base de datos" in caught.value.message("es")
    assert path.read_bytes() == content
    assert not (tmp_path / "clientes.sqlite-wal").exists()


def test_a_damaged_sqlite_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(path)
    assert caught.value.code in {"db.corrupt", "db.not_sqlite"}
    assert path.read_bytes() == before


def test_a_read_only_database_is_refused(
    database_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(database_path).close()
    before = database_path.read_bytes()
    # The tests run as root, which ignores file modes: emulate what a normal user sees.
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if Path(p) == database_path else real_access(p, mode)
    )
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(database_path)
    assert caught.value.code == "db.read_only"
    assert "solo lectura" in caught.value.message("es")
    assert database_path.read_bytes() == before


def test_a_database_from_a_newer_version_is_refused_unchanged(database_path: Path) -> None:
    open_database(database_path).close()
    connection = sqlite3.connect(database_path)
    connection.execute(f"PRAGMA user_version = {latest_version() + 5}")
    connection.close()
    before = database_path.read_bytes()
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(database_path)
    assert caught.value.code == "db.too_new"
    assert str(latest_version() + 5) in caught.value.message("en")
    assert database_path.read_bytes() == before


def test_a_database_locked_by_another_program_gets_a_clear_message(
    database_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(database_path).close()
    # Pretend it is an older schema, so opening must write, while another process holds
    # an exclusive lock.
    other = sqlite3.connect(database_path, isolation_level=None)
    other.execute("PRAGMA user_version = 0")
    other.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr("shopnurture.data.database.OPEN_LOCK_TIMEOUT_SECONDS", 0.3)
    try:
        with pytest.raises(DatabaseOpenError) as caught:
            open_database(database_path)
        assert caught.value.code == "db.locked"
        assert "en uso por otro programa" in caught.value.message("es")
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_two_threads_writing_at_once_never_fail_with_locked(database: object) -> None:
    """The GUI thread and a worker both write; BEGIN IMMEDIATE queues them instead."""
    with database.write_session() as session:
        session.connection().execute(
            text(
                "INSERT INTO setting (key, value, updated_at) VALUES ('counter', '0', '2026-01-01')"
            )
        )
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            for _ in range(200):
                with database.write_session() as session:
                    connection = session.connection()
                    value = int(
                        connection.execute(
                            text("SELECT value FROM setting WHERE key='counter'")
                        ).scalar()
                    )
                    connection.execute(
                        text("UPDATE setting SET value = :v WHERE key = 'counter'"),
                        {"v": str(value + 1)},
                    )
        except BaseException as error:  # collected and asserted below
            errors.append(error)

    threads = [threading.Thread(target=writer) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with database.read_session() as session:
        final = (
            session.connection()
            .execute(text("SELECT value FROM setting WHERE key='counter'"))
            .scalar()
        )
    # Read-modify-write under the write lock: no update is lost.
    assert int(final) == 800


def test_a_full_disk_is_reported_and_the_transaction_rolled_back(database: object) -> None:
    from shopnurture.data.tables import Setting

    with database.write_session() as session:
        session.connection().execute(
            text("INSERT INTO setting (key, value, updated_at) VALUES ('a', 'kept', '2026-01-01')")
        )
    with pytest.raises(UserError) as caught:
        with database.write_session() as session:
            connection = session.connection()
            page_count = connection.execute(text("PRAGMA page_count")).scalar()
            # Emulates a full disk: SQLite may not grow the file any further.
            connection.execute(text(f"PRAGMA max_page_count = {page_count}"))
            connection.execute(text("UPDATE setting SET value = 'changed' WHERE key = 'a'"))
            connection.execute(
                text("INSERT INTO setting (key, value, updated_at) VALUES (:k, :v, '2026-01-01')"),
                [{"k": f"k{i}", "v": "x" * 2000} for i in range(2000)],
            )
    assert caught.value.code == "db.disk_full"
    with database.read_session() as session:
        rows = session.exec(text("SELECT key, value FROM setting")).all()
    assert [tuple(row) for row in rows] == [("a", "kept")]
    assert Setting.__tablename__ == "setting"
