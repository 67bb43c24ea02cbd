"""Benchmark: the results report for a month at shop scale (not part of the test suite).

    python bench/bench_results.py                  # 100k contacts, 1M events
    python bench/bench_results.py --contacts 20000 --events 200000

Works on a copy of the synthetic shop (bench/make_shop.py, in bench/out/) to which it adds,
once, 90 days of automation history: cart, browse and cross-sell flows (the cart flow with a
holdout group) whose runs, steps and sent messages follow the shop's own add-to-cart, product
views and orders. Prints the median time of `build_report` for the last full 30 days and for
a quarter, in ms and against two floors measured in the same run: the period's orders
summed (activity_event by type and time) and its sent messages counted per flow (outbox).
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"

from bench.bench_shops import shop_copy  # noqa: E402
from shopnurture.data.database import Database, open_database  # noqa: E402
from shopnurture.data.sql_values import from_sql_time, sql_time  # noqa: E402
from shopnurture.domain.flows.serialization import flow_to_document  # noqa: E402
from shopnurture.domain.flows.templates import build_template  # noqa: E402
from shopnurture.domain.report_period import ReportPeriod  # noqa: E402
from shopnurture.services.demo_history import with_holdout  # noqa: E402
from shopnurture.services.results import build_report  # noqa: E402

HISTORY_DAYS = 90


def ensure_shop(contacts: int, events: int) -> Path:
    target, made = shop_copy("results", contacts, events)
    if made:
        add_history(target)
    return target


def add_history(path: Path) -> None:
    """Runs, steps and sent messages for 90 days, driven by the shop's own activity."""
    rng = random.Random(3)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("BEGIN")
    end = from_sql_time(
        connection.execute("SELECT max(occurred_at) FROM activity_event").fetchone()[0]
    )
    start = end - timedelta(days=HISTORY_DAYS)
    flows = {}
    for key in ("cart_abandonment", "browse_abandonment", "cross_sell"):
        graph = build_template(key, "es")
        if key == "cart_abandonment":
            graph = with_holdout(graph, 10)
        flows[key] = connection.execute(
            "INSERT INTO flow (name, status, priority, definition, version, activated_at, "
            "created_at, updated_at) VALUES (?, 'active', 50, ?, 1, ?, ?, ?)",
            (graph.name, json.dumps(flow_to_document(graph)), sql_time(start), sql_time(start),
             sql_time(start)),
        ).lastrowid  # fmt: skip
    plans = []  # (flow key, contact, moment, message nodes)
    for contact, at in connection.execute(
        "SELECT contact_id, occurred_at FROM activity_event WHERE type = 'add_to_cart' "
        "AND occurred_at >= ?", (sql_time(start),)):  # fmt: skip
        plans.append(("cart_abandonment", contact, from_sql_time(at) + timedelta(hours=1),
                      ["reminder_1", "reminder_2"]))  # fmt: skip
    for contact, at in connection.execute(
        "SELECT contact_id, occurred_at FROM activity_event WHERE type = 'page_view' "
        "AND occurred_at >= ? AND id % 8 = 0", (sql_time(start),)):  # fmt: skip
        plans.append(("browse_abandonment", contact, from_sql_time(at) + timedelta(hours=2),
                      ["reminder"]))  # fmt: skip
    for contact, at in connection.execute(
        "SELECT contact_id, occurred_at FROM activity_event WHERE type = 'order' "
        "AND occurred_at >= ?", (sql_time(start),)):  # fmt: skip
        plans.append(("cross_sell", contact, from_sql_time(at) + timedelta(hours=6), ["suggest"]))
    next_run = (connection.execute("SELECT coalesce(max(id), 0) FROM flow_run").fetchone()[0]) + 1
    runs, steps, messages = [], [], []
    for key, contact, moment, nodes in plans:
        run_id, flow_id = next_run, flows[key]
        next_run += 1
        held = key == "cart_abandonment" and rng.random() < 0.10
        runs.append((run_id, flow_id, contact, sql_time(moment),
                     "holdout" if held else "completed"))  # fmt: skip
        steps.append((run_id, flow_id, "trigger", "passed", sql_time(moment)))
        if key == "cart_abandonment":
            steps.append((run_id, flow_id, "holdout", "holdout" if held else "passed",
                          sql_time(moment)))  # fmt: skip
        if held:
            continue
        for number, node in enumerate(nodes):
            at = moment + timedelta(days=number)
            status = "sent" if rng.random() > 0.05 else "skipped"
            steps.append((run_id, flow_id, node, "message", sql_time(at)))
            messages.append((run_id, flow_id, contact, node, status,
                             None if status == "sent" else "frequency_cap", f"b:{run_id}:{node}",
                             sql_time(at), sql_time(at) if status == "sent" else None,
                             sql_time(at), sql_time(at)))  # fmt: skip
    connection.executemany(
        "INSERT INTO flow_run (id, flow_id, contact_id, flow_version, status, context, "
        "entered_at, exit_reason) VALUES (?, ?, ?, 1, 'exited', '{}', ?, ?)", runs)  # fmt: skip
    connection.executemany(
        "INSERT INTO flow_step (run_id, flow_id, node_id, outcome, at) VALUES (?, ?, ?, ?, ?)",
        steps,
    )
    connection.executemany(
        "INSERT INTO outbox_message (run_id, flow_id, contact_id, node_id, channel, recipient, "
        "body_text, status, reason, attempts, idempotency_key, due_at, sent_at, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, 'email', 'x', '', ?, ?, 1, ?, ?, ?, ?, ?)",
        messages,
    )
    connection.execute("COMMIT")
    connection.execute("ANALYZE")
    connection.close()
    print(f"history: {len(runs):,} runs, {len(steps):,} steps, {len(messages):,} messages")


def median_ms(action: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure(path: Path, database: Database, label: str, period: ReportPeriod, rounds: int) -> None:
    start, end = period.bounds(ZoneInfo("Europe/Madrid"))
    raw = sqlite3.connect(path)
    try:
        floor_orders = median_ms(
            lambda: raw.execute(
                "SELECT count(*), sum(value_cents) FROM activity_event WHERE type = 'order' "
                "AND occurred_at >= ? AND occurred_at < ?", (sql_time(start), sql_time(end)),
            ).fetchone(),
            rounds,
        )  # fmt: skip
        floor_outbox = median_ms(
            lambda: raw.execute(
                "SELECT flow_id, count(*) FROM outbox_message WHERE status = 'sent' "
                "AND channel = 'email' AND sent_at >= ? AND sent_at < ? GROUP BY flow_id",
                (sql_time(start), sql_time(end)),
            ).fetchall(),
            rounds,
        )
    finally:
        raw.close()
    report = build_report(database, period)
    measured = median_ms(lambda: build_report(database, period), rounds)
    print(
        f"report for {label} ({period.first} – {period.last}): {measured:.0f} ms "
        f"[{len(report.attributed):,} orders credited of {report.shop_orders:,}, "
        f"{sum(f.sent for f in report.flows):,} messages sent]; floors: orders scan "
        f"{floor_orders:.1f} ms (x{measured / floor_orders:.0f}), sent messages "
        f"per flow {floor_outbox:.1f} ms (x{measured / floor_outbox:.1f})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    path = ensure_shop(args.contacts, args.events)
    database = open_database(path)
    with database.read_session() as session:
        connection = session.connection()
        last = from_sql_time(
            connection.exec_driver_sql("SELECT max(occurred_at) FROM activity_event").scalar_one()
        )
        counts = {
            table: connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
            for table in ("contact", "activity_event", "flow_run", "flow_step", "outbox_message")
        }
    print(", ".join(f"{table} {count:,}" for table, count in counts.items()))
    assert last is not None
    last_day = last.date() - timedelta(days=1)
    for label, days in (("30 days", 30), ("90 days", 90)):
        period = ReportPeriod(last_day - timedelta(days=days - 1), last_day)
        measure(path, database, label, period, args.rounds)
    database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
