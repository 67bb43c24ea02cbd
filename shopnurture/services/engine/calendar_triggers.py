"""Time-based enrolment (anniversaries, inactivity, recurring dates, due schedules): only
moments inside (last tick or activation, now] count, so activation never sends the backlog."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from sqlmodel import Session

from shopnurture.data.engine_facts import events_since
from shopnurture.data.triggers import (
    EventRow,
    anniversary_candidates,
    delete_schedules,
    due_schedules,
    enrol_audience,
    inactive_contacts,
)
from shopnurture.domain.flows import timing
from shopnurture.domain.flows.facts import to_text
from shopnurture.services.engine.active_flows import CART_TYPES, ActiveFlow
from shopnurture.services.engine.enrolment import Candidate, enrol

# After a long sleep, dates (birthdays, offers) are caught up this far back, no further.
CALENDAR_CATCH_UP = timedelta(days=7)
CART_MEMORY = timedelta(days=7)
SCHEDULES_PER_TICK = 20_000


def calendar_window(
    flow: ActiveFlow, last_tick: datetime | None, now: datetime
) -> tuple[datetime, datetime] | None:
    start = max(last_tick or flow.activated_at, flow.activated_at, now - CALENDAR_CATCH_UP)
    return (start, now) if now > start else None


def calendar_candidates(
    session: Session, flow: ActiveFlow, window: tuple[datetime, datetime], shop_time_zone: str
) -> list[Candidate]:
    start, end = window
    found: list[Candidate] = []
    for node in flow.trigger_nodes("trigger.date_anniversary"):
        days_before = int(node.params.get("days_before") or 0)
        at = timing.parse_time(node.params.get("time"))
        if not timing.may_strike(at, start, end):
            continue  # no time zone's clock shows `at` inside this window: skip the scan
        field = str(node.params.get("field") or "birthday")
        month_days = timing.anniversary_month_days(start, end, days_before)
        for contact, original, zone_name in anniversary_candidates(
            session=session, field=field, month_days=month_days
        ):
            tz = timing.zone(zone_name, shop_time_zone)
            due = timing.anniversary_due(original, days_before, at, tz, start, end)
            if due is not None:
                found.append(
                    Candidate(contact, node.id, due, {"anniversary": original.isoformat()})
                )
    for node in flow.trigger_nodes("trigger.inactivity"):
        days = timedelta(days=int(node.params.get("days") or 90))
        of_orders = node.params.get("of", "order") == "order"
        for contact, last in inactive_contacts(
            session=session, of_orders=of_orders, start=start - days, end=end - days
        ):
            found.append(Candidate(contact, node.id, last + days, {"last_at": to_text(last)}))
    return found


def enrol_recurring(
    session: Session, flow: ActiveFlow, window: tuple[datetime, datetime], shop_time_zone: str
) -> int:
    started = 0
    for node in flow.trigger_nodes("trigger.recurring_date"):
        moments = timing.recurring_moments(node.params, *window, timing.zone(shop_time_zone))
        if not moments:
            continue
        moment = moments[-1]  # a sleep over several dates sends the latest one, once
        reentry = flow.graph.reentry
        started += enrol_audience(
            session=session,
            flow_id=flow.id,
            flow_version=flow.version,
            node_id=node.id,
            planned=moment,
            rules=list(node.params.get("audience") or []),
            match="all",
            context=json.dumps({"since": to_text(moment), "trigger": node.id}),
            reentry_mode=reentry.mode,
            reentry_after=moment - timedelta(days=reentry.days),
        )
    return started


def enrol_due_schedules(
    session: Session, flows: dict[int, ActiveFlow], now: datetime
) -> dict[int, int]:
    """Schedules whose moment came become runs, if still true (the cart still abandoned,
    the product not bought again meanwhile)."""
    started: dict[int, int] = {}
    rows = due_schedules(session=session, now=now, flow_ids=flows, limit=SCHEDULES_PER_TICK)
    # One read of the recent activity of every contact concerned, not one per schedule.
    since: dict[int, datetime] = {}
    for row in rows:
        start = row.anchor_at - CART_MEMORY
        since[row.contact_id] = min(since.get(row.contact_id, start), start)
    recent = events_since(session=session, since_by_contact=since, until=now)
    by_flow: dict[int, list[Candidate]] = {}
    for row in rows:
        node = flows[row.flow_id].graph.nodes.get(row.trigger_node)
        if node is None:
            continue
        events = recent.get(row.contact_id, [])
        context = json.loads(row.context or "{}")
        candidate: Candidate | None
        if node.kind == "trigger.cart_abandoned":
            candidate = _abandoned_cart(events, row.contact_id, node.id, row.anchor_at, row.due_at)
            minimum = int(node.params.get("min_value_cents") or 0)
            if candidate is not None and candidate.context["value_cents"] < minimum:
                candidate = None
        else:
            skus = context.get("skus") or []
            reordered = any(
                e.type == "order" and e.occurred_at > row.anchor_at and e.sku in skus
                for e in events
            )
            context["since"] = to_text(row.anchor_at)
            candidate = (
                None if reordered else Candidate(row.contact_id, node.id, row.due_at, context)
            )
        if candidate is not None:
            by_flow.setdefault(row.flow_id, []).append(candidate)
    delete_schedules(session=session, ids=[row.id for row in rows])
    for flow_id, candidates in by_flow.items():
        started[flow_id] = enrol(session, flows[flow_id], candidates)
    return started


def _abandoned_cart(
    recent: list[EventRow], contact_id: int, node_id: str, last_cart: datetime, due: datetime
) -> Candidate | None:
    """The cart as it stood at its last activity, unless an order came after it."""
    recent = [e for e in recent if e.type in CART_TYPES or e.type == "order"]
    if any(event.type == "order" and event.occurred_at >= last_cart for event in recent):
        return None
    last_order = max((e.occurred_at for e in recent if e.type == "order"), default=None)
    items = [
        e
        for e in recent
        if e.type in CART_TYPES and (last_order is None or e.occurred_at > last_order)
    ]
    skus: list[str] = []
    for event in items:
        if event.type == "add_to_cart" and event.sku and event.sku not in skus:
            skus.append(event.sku)
    checkouts = [e.value_cents for e in items if e.type == "checkout_started" and e.value_cents]
    value = (
        checkouts[-1]
        if checkouts
        else sum(e.value_cents or 0 for e in items if e.type == "add_to_cart")
    )
    context = {"since": to_text(last_cart), "skus": skus, "value_cents": value}
    return Candidate(contact_id, node_id, due, context)
