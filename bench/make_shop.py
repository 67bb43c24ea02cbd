"""Create a big synthetic shop database for benchmarks: `python bench/make_shop.py OUT.sqlite`.

Migrates with `open_database`, then fills with the raw sqlite3 module (executemany in large
transactions, no fsync) because going through the ORM would take minutes instead of seconds.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sqlite3
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from multiprocessing.queues import Queue
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script from a source checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shopnurture.data.database import open_database  # noqa: E402
from shopnurture.data.tables import ActivityEvent, Contact  # noqa: E402
from shopnurture.services.synthetic import generate_journeys, generate_products  # noqa: E402

CONTACT_TABLE = Contact.__table__  # type: ignore[attr-defined]
EVENT_TABLE = ActivityEvent.__table__  # type: ignore[attr-defined]
CONTACT_COLUMNS = tuple(column.name for column in CONTACT_TABLE.columns)
# Spelled out because `_rows` builds event tuples by hand, the hottest loop of the fill.
EVENT_COLUMNS = (
    "contact_id", "type", "occurred_at", "sku", "product", "category", "quantity", "value_cents",
    "order_id", "rating", "duration_seconds", "source", "dedup_key", "created_at",
)  # fmt: skip
if set(EVENT_COLUMNS) != {column.name for column in EVENT_TABLE.columns} - {"id"}:
    raise SystemExit("activity_event changed: update EVENT_COLUMNS and _rows in make_shop.py")
BATCH_EVENTS = 100_000


def sql_value(value: Any) -> Any:
    """Dates and times as SQLAlchemy stores them in SQLite (UTC text), so the app reads them."""
    if isinstance(value, datetime):
        return _utc_text(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def _rows(
    contacts: int, events: int, seed: int, now: datetime, days: int
) -> Iterator[tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]]:
    """Batches of (contact rows, event rows) as tuples in the columns' order, SQL-ready."""
    contact_rows: list[tuple[Any, ...]] = []
    event_rows: list[tuple[Any, ...]] = []
    for contact, journey_events in generate_journeys(
        seed=seed, contact_count=contacts, event_count=events, now=now, days=days
    ):
        contact_rows.append(tuple(sql_value(contact[name]) for name in CONTACT_COLUMNS))
        for event in journey_events:
            occurred = _utc_text(event["occurred_at"])
            event_rows.append((
                event["contact_id"], event["type"], occurred, event["sku"], event["product"],
                event["category"], event["quantity"], event["value_cents"], event["order_id"],
                event["rating"], event["duration_seconds"], event["source"], None, occurred,
            ))  # fmt: skip
        if len(event_rows) >= BATCH_EVENTS:
            yield contact_rows, event_rows
            contact_rows, event_rows = [], []
    yield contact_rows, event_rows


def _produce(queue: Queue[Any], *arguments: Any) -> None:
    """In a second process: generating is CPU-bound, so it overlaps with SQLite's writing."""
    try:
        for batch in _rows(*arguments):
            queue.put(batch)
        queue.put(None)
    except BaseException as error:  # the parent must not wait forever for a dead producer
        queue.put(error)
        raise


def fill_shop(
    path: Path, *, contacts: int, events: int, seed: int, now: datetime, days: int = 365
) -> None:
    """Migrate a new database at `path` and fill it with a synthetic shop."""
    open_database(path).close()
    connection = sqlite3.connect(path, isolation_level=None)
    queue: Queue[Any] = multiprocessing.Queue(maxsize=4)
    producer = multiprocessing.Process(
        target=_produce, args=(queue, contacts, events, seed, now, days), daemon=True
    )
    producer.start()
    try:
        # Nobody else has the file yet: a crash only loses a database we would rebuild anyway.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")  # 256 MiB for building the indexes
        if connection.execute("SELECT count(*) FROM contact").fetchone()[0]:
            raise SystemExit(f"{path} already has contacts; give a new file")
        connection.execute("BEGIN")
        # Building each index once from all rows beats updating it on every insert.
        # Likewise the contact search index (FTS5, fed by a trigger): one rebuild at the end.
        deferred = connection.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN ('contact', "
            "'activity_event') AND sql IS NOT NULL AND (type = 'index' OR (type = 'trigger' "
            "AND sql LIKE '%AFTER INSERT%' AND sql LIKE '%contact_search%'))"
        ).fetchall()
        for kind, name, _ in deferred:
            connection.execute(f'DROP {kind.upper()} "{name}"')
        products = generate_products(now=now)
        product_columns = tuple(products[0])
        connection.executemany(
            _insert_sql("product", product_columns),
            [tuple(sql_value(row[name]) for name in product_columns) for row in products],
        )
        contact_sql = _insert_sql("contact", CONTACT_COLUMNS)
        event_sql = _insert_sql("activity_event", EVENT_COLUMNS)
        while (batch := queue.get()) is not None:
            if isinstance(batch, BaseException):
                raise RuntimeError("generating the shop failed") from batch
            contact_rows, event_rows = batch
            connection.executemany(contact_sql, contact_rows)
            connection.executemany(event_sql, event_rows)
        for _, _, sql in deferred:
            connection.execute(sql)
        if any(kind == "trigger" for kind, _, _ in deferred):
            connection.execute("INSERT INTO contact_search (contact_search) VALUES ('rebuild')")
        connection.execute("COMMIT")
        connection.execute("PRAGMA journal_mode = WAL")  # as the app expects to find it
    finally:
        connection.close()
        producer.join(timeout=5)
        if producer.is_alive():
            producer.terminate()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the SQLite file to create (must not exist)")
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--days", type=int, default=365, help="history length (default 365)")
    args = parser.parse_args(argv)
    if args.out.exists():
        parser.error(f"{args.out} already exists")
    now = datetime.now(UTC).replace(microsecond=0)
    started = time.perf_counter()
    fill_shop(
        args.out, contacts=args.contacts, events=args.events, seed=args.seed, now=now,
        days=args.days,
    )  # fmt: skip
    elapsed = time.perf_counter() - started
    size_mb = args.out.stat().st_size / 1_000_000
    print(
        f"{args.contacts:,} contacts and {args.events:,} events in {elapsed:.1f} s "
        f"({size_mb:.0f} MB): {args.out}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
