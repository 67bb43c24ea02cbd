"""Counting a segment reads activity through its indexes (EXPLAIN QUERY PLAN): never a scan
of activity_event; order totals from the partial index of order lines; a batch of flow steps
looks only at its contacts."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from shopnurture.data.database import open_database
from shopnurture.data.segments import compile_segment
from shopnurture.domain.segments import ActivityFilter, Group, Rule

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _plan(path: Path, group: Group, only: list[int] | None = None) -> list[str]:
    query = compile_segment(group, now=NOW, only_contact_ids=only)
    sql, params = query.positional(query.count_sql())
    connection = sqlite3.connect(path)
    try:
        return [row[3] for row in connection.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
    finally:
        connection.close()


def _did(event: str | None, at_least: int = 1, days: int | None = None, **extra: object) -> Rule:
    activity = ActivityFilter(event, at_least, days, **extra)  # type: ignore[arg-type]
    return Rule("activity", "did", activity=activity)


def test_key_plans_use_the_indexes(database_path: Path) -> None:
    open_database(database_path).close()
    viewed = _plan(database_path, Group("all", (_did("page_view", 3, 7, sku="X"),)))
    assert any("USING COVERING INDEX ix_activity_type_time_contact" in line for line in viewed)
    orders = _plan(
        database_path,
        Group("all", (Rule("order_count", "ge", 2), Rule("total_spent", "ge", 10_000))),
    )
    assert any("ix_activity_order_lines" in line for line in orders)
    assert any("SEARCH c USING INTEGER PRIMARY KEY" in line for line in orders)  # customers drive
    rfm = _plan(database_path, Group("all", (Rule("rfm", "in", ("lost",)),)))
    assert any("ix_activity_order_lines" in line for line in rfm)
    inactive = Rule("activity", "did_not", activity=ActivityFilter(None, 1, 180))
    quiet = _plan(database_path, Group("all", (inactive,)))
    assert any("ix_activity_contact_time" in line for line in quiet)
    batch = _plan(database_path, Group("all", (_did("add_to_cart", 1, 30),)), only=[1, 2, 3])
    for plans in (viewed, orders, rfm, quiet, batch):
        # Walking the partial index of order lines is fine: it holds only the orders.
        scans = [line for line in plans if line.startswith("SCAN e")]
        assert all("ix_activity_order_lines" in line for line in scans), plans
        assert not [line for line in plans if "SCAN activity_event" in line], plans
    assert any("SEARCH c USING INTEGER PRIMARY KEY" in line for line in batch)
