"""An import's big inserts, run on a helper thread while the import thread cleans the next
chunk: the rows are staged in a temporary table, then one `INSERT ... SELECT` moves them
with all the index work. SQLite runs that one statement without Python's GIL, so the two
threads use both cores. All of it inside the import's one transaction.

The rule that keeps this safe: only one thread uses the connection at a time. Whoever
touches the database during an import calls `ImportBatches.wait()` first.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import Any

from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from shopnurture.data.imports import (
    CONTACT_INSERT_COLUMNS,
    EVENT_COLUMNS,
    SEARCH_TRIGGER,
    as_sql_rows,
    search_trigger_sql,
)

_CONSENT_COLUMNS = (
    "contact_id", "channel", "status", "source", "source_detail", "occurred_at", "recorded_at",
)  # fmt: skip
# Staging tables without types (values are kept exactly as bound) nor indexes.
_STAGES = {
    "import_event": EVENT_COLUMNS,
    "import_contact": CONTACT_INSERT_COLUMNS,
    "import_consent": _CONSENT_COLUMNS,
}


def _insert(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def _move(target: str, stage: str, columns: Sequence[str], *, ignore: bool = False) -> str:
    names = ", ".join(columns)
    verb = "INSERT OR IGNORE" if ignore else "INSERT"
    return f"{verb} INTO {target} ({names}) SELECT {names} FROM temp.{stage} ORDER BY rowid"


class ImportBatches:
    """The helper thread's work, one batch at a time; `events_added` counts the events it
    inserted (those already stored, by de-duplication key, are left out)."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.events_added = 0
        self._thread: threading.Thread | None = None
        self._failure: BaseException | None = None

    def wait(self) -> None:
        """Until the batch in flight is written; raises what writing it raised."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self._failure is not None:
            failure, self._failure = self._failure, None
            raise failure

    def finish(self) -> None:
        """Let the batch in flight end, whatever it raises (the import is failing)."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def insert_events(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """Event tuples in `imports.EVENT_COLUMNS` order, de-duplicated by their key."""
        if not rows:
            return
        self._stage("import_event", rows)
        self._start(self._move_events)

    def insert_contacts(
        self, rows: Sequence[dict[str, Any]], consent_entries: Sequence[dict[str, Any]]
    ) -> None:
        """New contacts (ids consecutive, above every stored id), indexed for search in one
        statement with the search trigger suspended, then their consent-log entries."""
        if not rows and not consent_entries:
            return
        self._stage("import_contact", as_sql_rows(rows, CONTACT_INSERT_COLUMNS))
        self._stage("import_consent", as_sql_rows(consent_entries, _CONSENT_COLUMNS))
        trigger_sql = search_trigger_sql(self.connection) if rows else None
        ids = [row["id"] for row in rows]
        span = (min(ids), max(ids)) if ids else (0, -1)
        self._start(lambda connection: _move_contacts(connection, trigger_sql, span))

    def _stage(self, table: str, rows: Sequence[tuple[Any, ...]]) -> None:
        self.wait()
        if rows:
            self.connection.exec_driver_sql(_insert(f"temp.{table}", _STAGES[table]), list(rows))

    def _start(self, work: Callable[[Connection], None]) -> None:
        def run() -> None:
            try:
                work(self.connection)
            except BaseException as error:  # handed to the import thread by `wait`
                self._failure = error

        self._thread = threading.Thread(target=run, name="import-batch", daemon=True)
        self._thread.start()

    def _move_events(self, connection: Connection) -> None:
        moved = connection.exec_driver_sql(
            _move("activity_event", "import_event", EVENT_COLUMNS, ignore=True)
        )
        self.events_added += max(moved.rowcount, 0)
        connection.exec_driver_sql("DELETE FROM temp.import_event")


def _move_contacts(connection: Connection, trigger_sql: str | None, span: tuple[int, int]) -> None:
    if trigger_sql is not None:
        connection.exec_driver_sql(f"DROP TRIGGER {SEARCH_TRIGGER}")
    connection.exec_driver_sql(_move("contact", "import_contact", CONTACT_INSERT_COLUMNS))
    if trigger_sql is not None:
        connection.exec_driver_sql(
            "INSERT INTO contact_search (rowid, search_text) "
            "SELECT id, search_text FROM contact WHERE id BETWEEN ? AND ?",
            span,
        )
        connection.exec_driver_sql(trigger_sql)
    connection.exec_driver_sql(_move("consent_log", "import_consent", _CONSENT_COLUMNS))
    connection.exec_driver_sql("DELETE FROM temp.import_contact")
    connection.exec_driver_sql("DELETE FROM temp.import_consent")


@contextmanager
def import_batches(*, session: Session) -> Iterator[ImportBatches]:
    """The staging tables (in memory) and the helper for the `with` block; the batch in
    flight is always finished before the block ends, whichever way it ends."""
    connection = session.connection()
    # Staged rows in memory, not in a temporary file. SQLite refuses the change inside a
    # transaction once this connection has used temporary tables: then they stay on file.
    with suppress(SQLAlchemyError):
        connection.exec_driver_sql("PRAGMA temp_store = MEMORY")
    for table, columns in _STAGES.items():
        connection.exec_driver_sql(
            f"CREATE TEMP TABLE IF NOT EXISTS {table} ({', '.join(columns)})"
        )
    batches = ImportBatches(connection)
    try:
        yield batches
        batches.wait()
    finally:
        batches.finish()
        # A connection too broken for this is being rolled back anyway.
        with suppress(SQLAlchemyError):
            for table in _STAGES:
                connection.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{table}")
