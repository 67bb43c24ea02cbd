"""Opening the shop's SQLite file: checks, migrations with backup, engine and sessions.

Any thread may call `read_session()` / `write_session()`; each call gives that thread its
own Session. Write sessions start with `BEGIN IMMEDIATE`, so two writers (the GUI thread
and a worker) queue on SQLite's busy timeout instead of failing with "database is locked".
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from shopnurture.data.migrations import MIGRATIONS, Migration
from shopnurture.domain.text_folding import fold_text
from shopnurture.errors import DatabaseOpenError, UserError

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_SECONDS = 30.0
# How long opening waits for another program's write lock before saying it is in use.
OPEN_LOCK_TIMEOUT_SECONDS = 5.0


class Database:
    """One shop's database file, opened and migrated. Create it with `open_database`."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._write_engine = engine.execution_options(sqlite_begin="IMMEDIATE")

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A session for reading; it sees one consistent snapshot until it ends."""
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write_session(self) -> Iterator[Session]:
        """A session whose transaction holds the write lock; commits on success.

        A full disk becomes a UserError("db.disk_full") and the transaction rolls back.
        """
        with Session(self._write_engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except OperationalError as error:
                session.rollback()
                if _is_disk_full(error):
                    raise UserError("db.disk_full") from None
                raise

    def close(self) -> None:
        self.engine.dispose()


def _is_disk_full(error: BaseException) -> bool:
    text = str(getattr(error, "orig", error)).lower()
    return "database or disk is full" in text or "disk i/o error" in text


def open_database(path: Path | str, *, migrations: list[Migration] | None = None) -> Database:
    """Open (creating if needed) the shop database at `path` and bring its schema up to date.

    Raises DatabaseOpenError, with nothing on disk changed, when the file is not SQLite, is
    damaged, read-only, locked by another program or from a newer shopnurture.
    """
    migrations = migrations if migrations is not None else MIGRATIONS
    path = Path(path).expanduser().resolve()
    _check_file(path)
    _migrate(path, migrations)
    return Database(path, _create_engine(path))


def _check_file(path: Path) -> None:
    shown = str(path)
    if path.exists():
        if path.is_dir():
            raise DatabaseOpenError("db.not_sqlite", path=shown)
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
        if header and header != SQLITE_HEADER:
            raise DatabaseOpenError("db.not_sqlite", path=shown)
        # SQLite writes -wal and -shm files beside the database: the folder must be writable.
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise DatabaseOpenError("db.read_only", path=shown)
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseOpenError("db.cannot_create", path=shown, reason=error.strerror) from None
    if not os.access(path.parent, os.W_OK):
        raise DatabaseOpenError("db.read_only", path=shown)


def _connect_raw(path: Path, timeout: float) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def _migrate(path: Path, migrations: list[Migration]) -> None:
    shown = str(path)
    latest = migrations[-1].version
    try:
        connection = _connect_raw(path, OPEN_LOCK_TIMEOUT_SECONDS)
    except sqlite3.Error as error:
        raise DatabaseOpenError("db.cannot_create", path=shown, reason=str(error)) from None
    try:
        try:
            current = connection.execute("PRAGMA user_version").fetchone()[0]
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as error:
            raise _open_error(error, shown) from None
        if current > latest:
            raise DatabaseOpenError("db.too_new", path=shown, found=current, supported=latest)
        if current == latest:
            return
        backup = _backup_before_migration(connection, path, current) if current > 0 else None
        try:
            connection.execute("BEGIN IMMEDIATE")
            # Re-read under the lock: another process may have migrated meanwhile.
            current = connection.execute("PRAGMA user_version").fetchone()[0]
            for migration in migrations:
                if migration.version > current:
                    log.info("migrating %s to schema %d", path.name, migration.version)
                    migration.apply(connection)
                    connection.execute(f"PRAGMA user_version = {int(migration.version)}")
            connection.execute("COMMIT")
        except sqlite3.Error as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            if _is_locked(error):
                raise DatabaseOpenError("db.locked", path=shown) from None
            if backup is None:
                raise _open_error(error, shown) from None
            raise DatabaseOpenError(
                "db.migration_failed", path=shown, reason=str(error), backup=str(backup)
            ) from None
        connection.execute("PRAGMA journal_mode = WAL")
    finally:
        connection.close()


def _backup_before_migration(connection: sqlite3.Connection, path: Path, version: int) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.stem}.v{version}.{stamp}.backup{path.suffix or '.sqlite'}")
    counter = 1
    while backup.exists():
        counter += 1
        backup = backup.with_name(f"{backup.stem}-{counter}{backup.suffix}")
    try:
        target = sqlite3.connect(backup)
        with target:
            connection.backup(target)
        target.close()
    except sqlite3.Error as error:
        backup.unlink(missing_ok=True)
        raise _open_error(error, str(path)) from None
    log.info("backed up %s to %s before migrating", path.name, backup.name)
    return backup


def _is_locked(error: BaseException) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


def _open_error(error: sqlite3.Error, shown: str) -> DatabaseOpenError:
    text = str(error).lower()
    if _is_locked(error):
        return DatabaseOpenError("db.locked", path=shown)
    if "not a database" in text:
        return DatabaseOpenError("db.not_sqlite", path=shown)
    if "readonly" in text or "read-only" in text:
        return DatabaseOpenError("db.read_only", path=shown)
    if getattr(error, "sqlite_errorcode", None) == errno.ENOSPC or "full" in text:
        return DatabaseOpenError("db.disk_full")
    return DatabaseOpenError("db.corrupt", path=shown)


def _create_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_SECONDS, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy's "begin" event (below) issue BEGIN, so writers can ask for IMMEDIATE.
        dbapi_connection.isolation_level = None
        for pragma in (
            "PRAGMA journal_mode = WAL",
            "PRAGMA foreign_keys = ON",
            "PRAGMA synchronous = NORMAL",
            f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}",
        ):
            dbapi_connection.execute(pragma)
        # Rules compare text without case or accents, exactly as the Python side does.
        dbapi_connection.create_function("fold", 1, fold_text, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine
