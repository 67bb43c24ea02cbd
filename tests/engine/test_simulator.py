"""What if: the simulator changes nothing in the shop, and what it reports is what the ticks
then do when the same activity arrives."""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from shopnurture.data.database import open_database
from shopnurture.data.outbox import list_outbox
from shopnurture.data.sql_values import sql_time
from shopnurture.services.engine.simulator import copy_database, simulate
from shopnurture.services.engine.tick import run_tick
from tests.engine.shop import T0, Shop, birthday

H, D, M = timedelta(hours=1), timedelta(days=1), timedelta(minutes=1)
FLOWS = ("cart_abandonment", "browse_abandonment", "upsell", "cross_sell", "product_review",
         "replenishment", "birthday", "referral", "nurture_by_phase")  # fmt: skip
SKUS = ("ROP-CAM", "ROP-VAQ", "CAF-MAQ-BAS", "CAF-CAP-100", "CAF-CAP-050")


def _people(shop: Shop, rng: random.Random) -> list[int]:
    people = []
    for number in range(14):
        people.append(
            shop.contact(
                f"P{number}",
                email_consent=rng.choice(["granted", "granted", "unknown", "withdrawn"]),
                sms_consent=rng.choice(["granted", "unknown"]),
                time_zone=rng.choice(["Europe/Madrid", "America/Mexico_City", None]),
                birthday=birthday(3, rng.randrange(3, 25)) if number % 2 else None,
                phase="awareness",
            )
        )
    return people


def _activity(
    rng: random.Random, people: list[int], start: datetime, days: int
) -> list[dict[str, Any]]:
    events = []
    for order_number in range(70):
        contact = rng.choice(people)
        at = start + timedelta(minutes=rng.randrange(1, days * 24 * 60))
        sku = rng.choice(SKUS)
        kind = rng.choice(["page_view", "page_view", "add_to_cart", "order", "review", "signup"])
        extra: dict[str, Any] = {"sku": sku}
        if kind == "page_view":
            extra["duration_seconds"] = rng.choice([20, 70, 120])
            events.append({"contact": contact, "type": kind, "at": at + 10 * M, **extra})
        elif kind in ("add_to_cart", "order"):
            extra.update(quantity=1, value_cents=1990)
            if kind == "order":
                extra["order_id"] = f"S{order_number}"
        elif kind == "review":
            extra["rating"] = rng.choice([1, 5])
        events.append({"contact": contact, "type": kind, "at": at, **extra})
    return sorted(events, key=lambda e: e["at"])


def _add(shop_or_path: Any, events: list[dict[str, Any]]) -> None:
    for event in events:
        fields = {k: v for k, v in event.items() if k not in ("contact", "type", "at")}
        shop_or_path.event(event["contact"], event["type"], event["at"], **fields)


def _dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    connection = sqlite3.connect(path)
    tables = [
        r[0]
        for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not r[0].startswith("contact_search")  # the search index's own tables
    ]
    dump = {t: connection.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}
    connection.close()
    return dump


def _key(row: Any) -> tuple[Any, ...]:
    return (row.flow_id, row.node_id, row.contact_id, row.channel, row.status, row.reason,
            row.due_at, row.subject, row.body_text)  # fmt: skip


def test_the_simulation_changes_nothing_and_the_ticks_then_do_what_it_said(
    shop: Shop, tmp_path: Path
) -> None:
    rng = random.Random(11)
    for key in FLOWS:
        shop.add_flow(key, now=T0 - 20 * D)
    people = _people(shop, rng)
    _add(shop, _activity(rng, people, T0 - 20 * D, 19))
    for day in range(-19, 1):
        run_tick(shop.database, now=T0 + day * D)
    twin = tmp_path / "twin.sqlite"
    copy_database(shop.path, twin)  # the shop as it is at T0
    period = _activity(rng, people, T0, 20)
    _add(shop, period)  # ...and the activity recorded over the next 20 days
    before = _dump(shop.path)

    report = simulate(shop.database, start=T0, end=T0 + 20 * D)

    assert _dump(shop.path) == before
    assert report.emails > 5 and report.ticks
    replay = open_database(twin)
    with replay.read_session() as session:
        mark = max((row.id for row in list_outbox(session=session)), default=0)
    arrived = 0
    for moment in report.ticks:
        with replay.write_session() as session:
            while arrived < len(period) and period[arrived]["at"] <= moment:
                event = period[arrived]
                fields = {k: v for k, v in event.items() if k not in ("contact", "type", "at")}
                columns = ", ".join(["contact_id", "type", "occurred_at", "created_at", *fields])
                marks = ", ".join("?" * (4 + len(fields)))
                session.connection().exec_driver_sql(
                    f"INSERT INTO activity_event ({columns}) VALUES ({marks})",
                    (
                        event["contact"],
                        event["type"],
                        _sql(event["at"]),
                        _sql(event["at"]),
                        *fields.values(),
                    ),
                )
                arrived += 1
        run_tick(replay, now=moment)
    with replay.read_session() as session:
        real = list_outbox(session=session, after_id=mark)
    replay.close()
    assert sorted(map(_key, real)) == sorted(map(_key, report.messages))


def _sql(moment: datetime) -> str:
    return sql_time(moment)


def test_simulating_a_draft_flow_leaves_it_a_draft_and_reports_per_node(shop: Shop) -> None:
    flow = shop.add_flow("cart_abandonment", activate=False)
    lucia, ana = shop.contact(), shop.contact("Ana", email_consent="withdrawn")
    for person in (lucia, ana):
        shop.event(person, "add_to_cart", T0 + H, sku="ROP-CAM", quantity=1, value_cents=1990)
    result = json.loads(
        shop.cli(
            "simulate",
            "--from",
            (T0 - H).isoformat(),
            "--to",
            (T0 + 4 * D).isoformat(),
            "--flow",
            str(flow),
            "--json",
            now=T0,
        )  # fmt: skip
    )
    assert (result["emails"], result["sms"]) == (3, 0)
    cart = result["flows"][0]
    assert (cart["id"], cart["entered"], cart["emails"]) == (flow, 2, 3)
    assert cart["skipped"] == {"consent_withdrawn": 3}
    assert cart["nodes"]["reminder_1"] == {"message": 2}
    assert {m["status"] for m in result["messages"]} == {"queued", "skipped"}
    listed = json.loads(shop.cli("flows", "list", "--json", now=T0))
    assert listed[0]["status"] == "draft" and listed[0]["entered"] == 0
    assert shop.outbox() == []
    shop.cli("simulate", "--from", T0.isoformat(), "--to", (T0 - D).isoformat(), now=T0, expect=1)
