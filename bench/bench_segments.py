"""Benchmark: counting typical segments at shop scale (not part of the test suite).

    python bench/bench_segments.py                  # 100k contacts, 1M events
    python bench/bench_segments.py --contacts 20000 --events 200000

Works on a migrated copy of the synthetic shop (bench/make_shop.py, in bench/out/). Each
segment is counted several times; the median is printed in ms and against two floors
measured in the same run: `SELECT count(*)` over contact, and over activity_event.
Target (issue 7): <= 200 ms per count at 100k contacts and 1M events.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"

from bench.bench_shops import shop_copy  # noqa: E402
from shopnurture.data.database import Database, open_database  # noqa: E402
from shopnurture.data.segments import compile_segment, count_segment  # noqa: E402
from shopnurture.data.sql_values import from_sql_time  # noqa: E402
from shopnurture.domain.segments import ActivityFilter, Group, Rule  # noqa: E402

TARGET_MS = 200.0


def ensure_shop(contacts: int, events: int) -> Path:
    return shop_copy("segments", contacts, events)[0]


def _did(event: str | None, at_least: int = 1, days: int | None = None, **extra: object) -> Rule:
    return Rule("activity", "did", activity=ActivityFilter(event, at_least, days, **extra))  # type: ignore[arg-type]


def _did_not(event: str | None, days: int | None = None) -> Rule:
    return Rule("activity", "did_not", activity=ActivityFilter(event, 1, days))


def typical_segments(top_sku: str, top_category: str) -> dict[str, Group]:
    return {
        "vip tag and email consent": Group(
            "all", (Rule("tags", "has", "vip"), Rule("accepts_email", "is_true"))
        ),
        "score >= 20, phase II": Group(
            "all", (Rule("score", "ge", 20), Rule("phase", "in", ("consideration",)))
        ),
        "viewed product 3+ times in 7 days, no order in 7 days": Group(
            "all", (_did("page_view", 3, 7, sku=top_sku), _did_not("order", 7))
        ),
        "carted in 30 days and did not order in 30 days": Group(
            "all", (_did("add_to_cart", 1, 30), _did_not("order", 30))
        ),
        "category view 2+ in 90 days OR order >= 50 in 365 days": Group(
            "any",
            (
                _did("category_view", 2, 90, category=top_category),
                _did("order", 1, 365, min_value_cents=5000),
            ),
        ),
        "2+ orders and spent >= 100 (ever)": Group(
            "all", (Rule("order_count", "ge", 2), Rule("total_spent", "ge", 10_000))
        ),
        "RFM champions or loyal": Group("all", (Rule("rfm", "in", ("champions", "loyal")),)),
        "RFM at risk, Madrid or Barcelona, accepts SMS": Group(
            "all",
            (
                Rule("rfm", "in", ("at_risk",)),
                Rule("city", "in", ("Madrid", "Barcelona")),
                Rule("accepts_sms", "is_true"),
            ),
        ),
        "no activity at all in 180 days": Group("all", (_did_not(None, 180),)),
    }


def _median_ms(action: Callable[[], object], repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def run(database: Database, repeat: int) -> list[tuple[str, float, int]]:
    with database.read_session() as session:
        connection = session.connection()
        last = connection.exec_driver_sql("SELECT max(occurred_at) FROM activity_event").scalar()
        now = from_sql_time(last)
        assert now is not None
        top_sku, top_category = connection.exec_driver_sql(
            "SELECT sku, category FROM activity_event WHERE type = 'page_view' AND sku IS NOT "
            "NULL AND occurred_at >= ? GROUP BY sku ORDER BY count(*) DESC LIMIT 1",
            (str(now - timedelta(days=7)).replace("+00:00", ""),),
        ).one()
        floors = {}
        for name, sql in (
            ("contact", "SELECT count(*) FROM contact"),
            ("events", "SELECT count(*) FROM activity_event"),
            # Every contact row read (what a rule on a contact field costs at least).
            ("rows", "SELECT count(*) FROM contact WHERE length(tags) >= 0"),
        ):
            floors[name], _ = _median_ms(
                lambda q=sql: connection.exec_driver_sql(q).scalar(), repeat
            )
        print(
            f"floors: count(*) contact {floors['contact']:.1f} ms, count(*) activity_event "
            f"{floors['events']:.1f} ms, every contact row read {floors['rows']:.1f} ms"
        )
        results = []
        for name, group in typical_segments(top_sku, top_category).items():
            query = compile_segment(group, now=now)
            elapsed, count = _median_ms(lambda q=query: count_segment(session=session, query=q),
                                        repeat)  # fmt: skip
            verdict = "ok" if elapsed <= TARGET_MS else "SLOW"
            print(
                f"{elapsed:7.1f} ms  x{elapsed / floors['events']:5.1f} count(*) events  "
                f"x{elapsed / floors['rows']:4.1f} contact rows  "
                f"{count:>7} contacts  {verdict}  {name}"
            )
            results.append((name, elapsed, int(count)))  # type: ignore[call-overload]
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    path = ensure_shop(args.contacts, args.events)
    database = open_database(path)  # migrates the copy (adds the segment tables)
    try:
        results = run(database, args.repeat)
    finally:
        database.close()
    worst = max(elapsed for _, elapsed, _ in results)
    print(f"worst segment count: {worst:.1f} ms (target <= {TARGET_MS:.0f} ms)")
    return 0 if worst <= TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
