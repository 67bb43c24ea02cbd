"""Benchmark: what a tick adds for segments and scores at shop scale (not part of the tests).

    python bench/bench_segment_upkeep.py [copy.sqlite]

On a migrated copy of the synthetic shop (bench/bench_segments.py makes one): the daily fading
of every score that holds activity points, taking the members of a saved segment that
triggers a flow (first take and a later one), and a text rule folded for accents. Figures
in ms, and as ratios against floors measured in the same run (`SELECT count(*)` over the
activity, and the same text rule with SQLite's ASCII-only lower()).
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_segments import ensure_shop  # noqa: E402
from shopnurture.data.database import open_database  # noqa: E402
from shopnurture.data.saved_segments import insert_segment  # noqa: E402
from shopnurture.data.segment_entries import take_segment_entries  # noqa: E402
from shopnurture.data.segments import compile_segment, count_segment, fold_sql  # noqa: E402
from shopnurture.data.sql_values import from_sql_time  # noqa: E402
from shopnurture.domain.segments import Group, Rule, segment_to_json  # noqa: E402
from shopnurture.services.engine.score_fading import fade_scores  # noqa: E402
from shopnurture.services.scoring import refresh_all_scores  # noqa: E402


def timed(action: Callable[[], object], repeat: int = 3) -> float:
    found = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        found.append((time.perf_counter() - started) * 1000)
    return statistics.median(found)


def main() -> None:
    if len(sys.argv) > 1:
        path = Path(sys.argv[1])
    else:
        path = ROOT / "bench" / "out" / "upkeep-100000-1000000.sqlite"
        if not path.exists():
            shutil.copy(ensure_shop(100_000, 1_000_000), path)
    database = open_database(path)
    with database.read_session() as session:
        connection = session.connection()
        latest = connection.exec_driver_sql("SELECT max(occurred_at) FROM activity_event")
        now = from_sql_time(latest.scalar_one()) + timedelta(hours=1)  # type: ignore[operator]
        events = connection.exec_driver_sql("SELECT count(*) FROM activity_event").scalar_one()
        contacts = connection.exec_driver_sql("SELECT count(*) FROM contact").scalar_one()

    def floor() -> None:
        with database.read_session() as session:
            session.connection().exec_driver_sql("SELECT count(*) FROM activity_event").all()

    floor_ms = timed(floor)
    print(f"shop: {contacts} contacts, {events} events; floor count(*) activity {floor_ms:.1f} ms")

    # Every score as of a day before, as the ticks would have left it.
    refresh_all_scores(database, now=now - timedelta(days=1))

    def fade() -> None:
        with database.write_session() as session:
            session.connection().exec_driver_sql(
                "DELETE FROM setting WHERE key = 'engine.scores_faded_at'"
            )
        fade_scores(database, now=now)

    fade_ms = timed(fade, repeat=1)
    print(f"daily fading pass: {fade_ms:.0f} ms ({fade_ms / floor_ms:.1f}x floor)")

    rules = Group("all", (Rule("score", "ge", 20), Rule("city", "eq", "malaga")))
    with database.write_session() as session:
        session.connection().exec_driver_sql("DELETE FROM segment WHERE name = 'bench-upkeep'")
        segment_id = insert_segment(
            session=session, name="bench-upkeep", definition=json.dumps(segment_to_json(rules))
        )

    def take() -> None:
        with database.write_session() as session:
            take_segment_entries(session=session, segment_id=segment_id, now=now)

    first_ms = timed(take, repeat=1)
    later_ms = timed(take)
    print(f"segment entries: first take {first_ms:.0f} ms, later takes {later_ms:.0f} ms "
          f"({later_ms / floor_ms:.1f}x floor)")  # fmt: skip

    def count(rule: Rule, lowered: bool) -> None:
        query = compile_segment(Group("all", (rule,)), now=now)
        if lowered:  # the floor: ASCII-only lower(), what the rule compiled to before
            column = f"coalesce(c.{rule.field}, '')"
            sql = query.sql.replace(fold_sql(column), f"lower({column})")
            query = type(query)(sql, query.params)
        with database.read_session() as session:
            count_segment(session=session, query=query)

    for rule in (Rule("city", "eq", "malaga"), Rule("last_name", "contains", "nunez")):
        folded_ms = timed(lambda rule=rule: count(rule, False))
        lower_ms = timed(lambda rule=rule: count(rule, True))
        print(f"{rule.field} {rule.op}: folded {folded_ms:.0f} ms, lower() {lower_ms:.0f} ms "
              f"({folded_ms / lower_ms:.1f}x)")  # fmt: skip
    with database.write_session() as session:
        session.connection().exec_driver_sql("DELETE FROM segment WHERE id = ?", (segment_id,))
    database.close()


if __name__ == "__main__":
    main()
