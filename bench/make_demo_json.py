"""Regenerate the shipped demo shop, `resources/demo/demo_shop.json`, from the synthetic shop.

Run `python bench/make_demo_json.py` after changing `shopnurture/services/synthetic*.py`; a
test checks that the committed file is exactly what this script writes.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script from a source checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shopnurture.resources import resources_dir  # noqa: E402
from shopnurture.services.synthetic import generate_journeys, generate_products  # noqa: E402

DEMO_SEED = 2024
DEMO_CONTACTS = 150
DEMO_EVENTS = 2_600
DEMO_DAYS = 120
DEMO_RECENCY_DAYS = 0.25  # active contacts came by hours ago: flows have something to do
# Any fixed moment: the file stores times as seconds before it, and loading puts it at "now".
REFERENCE = datetime(2025, 1, 1, 12, 0, tzinfo=UTC)
FORMAT = 1
ABOUT = (
    "shopnurture demo shop, written by bench/make_demo_json.py (seed {seed}). Fields are the "
    "database columns, except that every `x_at` time is stored as `x_seconds_ago`, seconds "
    "before the moment the demo is loaded; null fields are left out; an event's product name "
    "and category come from the catalogue by its sku; consent sources become 'demo'."
)
# Filled in by the loader: derived from other fields or the same for every demo row.
_LEFT_OUT = {"search_text", "email_consent_source", "sms_consent_source", "dedup_key"}


def _record(row: dict[str, Any], *, skip: set[str]) -> dict[str, Any]:
    record: dict[str, Any] = {}
    for name, value in row.items():
        if value is None or name in skip or name in _LEFT_OUT:
            continue
        if isinstance(value, datetime):
            seconds = int((REFERENCE - value).total_seconds())
            record[name.removesuffix("_at") + "_seconds_ago"] = seconds
        elif isinstance(value, date):
            record[name] = value.isoformat()
        else:
            record[name] = value
    return record


def build_demo_document() -> dict[str, Any]:
    products = generate_products(now=REFERENCE)
    contacts: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for contact, journey_events in generate_journeys(
        seed=DEMO_SEED,
        contact_count=DEMO_CONTACTS,
        event_count=DEMO_EVENTS,
        now=REFERENCE,
        days=DEMO_DAYS,
        consent_source="demo",
        recency_days=DEMO_RECENCY_DAYS,
    ):
        contacts.append(_record(contact, skip=set()))
        for event in journey_events:
            skip = {"created_at"} | ({"product", "category"} if event["sku"] else set())
            events.append((event["occurred_at"], event["contact_id"], _record(event, skip=skip)))
    events.sort(key=lambda item: (item[0], item[1]))  # ids follow time once loaded
    renumbered: dict[str, str] = {}
    for _, _, record in events:  # order numbers in time order, as a shop gives them out
        if "order_id" in record:
            number = renumbered.setdefault(record["order_id"], f"{1001 + len(renumbered)}")
            record["order_id"] = number
    return {
        "format": FORMAT,
        "about": ABOUT.format(seed=DEMO_SEED),
        "products": [_record(product, skip=set()) for product in products],
        "contacts": contacts,
        "events": [record for _, _, record in events],
    }


def render(document: dict[str, Any]) -> str:
    """Compact JSON with one record per line, so that a regenerated file diffs readably."""

    def line(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    parts = [f'{{\n"format":{line(document["format"])},\n"about":{line(document["about"])}']
    for section in ("products", "contacts", "events"):
        rows = ",\n".join(line(record) for record in document[section])
        parts.append(f'"{section}":[\n{rows}\n]')
    return ",\n".join(parts) + "\n}\n"


def describe(document: dict[str, Any]) -> str:
    """What a demo user finds right after loading, to judge the demo by."""
    events = document["events"]
    last_order: dict[int, int] = {}  # contact -> seconds ago of their latest order
    for event in events:
        if event["type"] == "order":
            last_order[event["contact_id"]] = event["occurred_seconds_ago"]
    unpaid = sum(
        1
        for event in events
        if event["type"] == "checkout_started"
        and event["occurred_seconds_ago"] <= 86_400
        and last_order.get(event["contact_id"], 10**9) > event["occurred_seconds_ago"]
    )
    today = REFERENCE.date()
    next_month = {((today + timedelta(days=n)).month, (today + timedelta(days=n)).day)
                  for n in range(31)}  # fmt: skip
    birthdays = sum(
        1
        for contact in document["contacts"]
        if "birthday" in contact
        and (int(contact["birthday"][5:7]), int(contact["birthday"][8:10])) in next_month
    )
    orders = len({event["order_id"] for event in events if event["type"] == "order"})
    recent = sum(1 for event in events if event["occurred_seconds_ago"] <= 3600)
    return (
        f"{len(document['products'])} products, {len(document['contacts'])} contacts, "
        f"{len(events)} events, {orders} orders; {recent} events in the last hour, "
        f"{unpaid} checkouts unpaid from the last 24 h, {birthdays} birthdays within 30 days"
    )


def main() -> int:
    document = build_demo_document()
    target = resources_dir() / "demo" / "demo_shop.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    text = render(document)
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target} ({len(text.encode()) / 1000:.0f} kB): {describe(document)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
