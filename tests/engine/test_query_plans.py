"""A tick reads only what changed: every statement it runs walks an index (EXPLAIN QUERY PLAN),
never a whole table of contacts, activity, runs or messages."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from sqlalchemy import event

from shopnurture.domain.flows.templates import TEMPLATES
from shopnurture.services.engine.tick import run_tick
from tests.engine.shop import T0, Shop, birthday

H, D, M = timedelta(hours=1), timedelta(days=1), timedelta(minutes=1)
# Small tables (flows, products, settings, the owner's saved segments) may be read whole;
# json_each is the id list and agg the scores of the contacts just touched.
SMALL = {"flow", "f", "product", "setting", "segment", "json_each", "j", "CONSTANT", "agg"}
# Birthdays: one pass over contacts when the local date changes (once a day at most).
ONCE_A_DAY = "substr("


def _fill(shop: Shop) -> None:
    for key in TEMPLATES:
        shop.add_flow(key, now=T0 - 10 * D)
    for number in range(40):
        contact = shop.contact(f"C{number}", birthday=birthday(3, 1 + number % 28))
        base = T0 - timedelta(days=number)
        shop.event(contact, "page_view", base, sku="ROP-CAM", duration_seconds=90)
        shop.event(contact, "page_view", base + 5 * M, sku="ROP-CAM", duration_seconds=90)
        shop.event(
            contact, "add_to_cart", base + 10 * M, sku="CAF-MAQ-BAS", quantity=1, value_cents=7900
        )
        if number % 3 == 0:
            shop.order(contact, base + H, ("CAF-CAP-100", 1), ("ROP-VAQ", 1), order_id=f"Q{number}")
        if number % 5 == 0:
            shop.event(contact, "review", base + 2 * H, sku="ROP-VAQ", rating=5)
    for day in range(-9, 1):
        run_tick(shop.database, now=T0 + day * D)


def _plans(shop: Shop, statements: list[tuple[str, Any]]) -> list[tuple[str, str]]:
    found = []
    raw = shop.database.engine.raw_connection()
    try:
        for sql, params in statements:
            if not re.match(r"\s*(SELECT|UPDATE|DELETE|INSERT .* SELECT|WITH)", sql, re.S):
                continue
            args = params if isinstance(params, tuple | dict) else ()
            for row in raw.execute(f"EXPLAIN QUERY PLAN {sql}", args):
                found.append((sql, row[3]))
    finally:
        raw.close()
    return found


def test_every_statement_of_a_busy_tick_uses_an_index(shop: Shop) -> None:
    _fill(shop)
    newcomer = shop.contact("Nueva")
    shop.event(newcomer, "add_to_cart", T0 + H, sku="ROP-CAM", quantity=1, value_cents=1990)
    shop.order(newcomer, T0 + 2 * H, ("CAF-CAP-050", 1), order_id="NEW")
    statements: list[tuple[str, Any]] = []

    def record(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        statements.append((statement, parameters[0] if executemany else parameters))

    event.listen(shop.database.engine, "before_cursor_execute", record)
    try:
        report = run_tick(shop.database, now=T0 + D + 3 * H)  # a new day: birthdays too
    finally:
        event.remove(shop.database.engine, "before_cursor_execute", record)
    assert report.steps > 0 and report.new_events > 0
    full_scans = []
    for sql, line in _plans(shop, statements):
        scanned = re.match(r"SCAN (\w+)", line)
        if (
            scanned
            and scanned.group(1) not in SMALL
            and not (ONCE_A_DAY in sql and "contact" in line)
        ):
            full_scans.append((line, sql[:160]))
    assert full_scans == [], "\n".join(map(str, full_scans))
