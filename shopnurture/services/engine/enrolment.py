"""Enrolment from new activity (after the high-water mark): event and order triggers, cart and
replenishment schedules, waking runs whose goal or awaited event happened, segments entered."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session

from shopnurture.data.runs import (
    NewRun,
    insert_runs,
    live_runs_of_contacts,
    previous_runs,
    wake_runs,
)
from shopnurture.data.triggers import (
    EventRow,
    order_numbers,
    repeat_counts,
)
from shopnurture.domain.flows.catalogue import EVENT_TYPES
from shopnurture.domain.flows.facts import ProductFact, event_matches, from_text, to_text
from shopnurture.domain.flows.model import ReentryMode
from shopnurture.services.engine.active_flows import (
    ANY_TYPE,
    CART_TYPES,
    ActiveFlow,
    versions_of_runs,
)


@dataclass
class Candidate:
    contact_id: int
    node_id: str
    planned: datetime
    context: dict[str, Any] = field(default_factory=dict)


def enrol(session: Session, flow: ActiveFlow, candidates: Iterable[Candidate]) -> int:
    """Starts runs for the candidates that the flow's re-entry rule lets in (one per contact,
    the earliest); returns how many started."""
    best: dict[int, Candidate] = {}
    for candidate in sorted(candidates, key=lambda c: c.planned):
        best.setdefault(candidate.contact_id, candidate)
    if not best:
        return 0
    previous = previous_runs(session=session, flow_id=flow.id, contact_ids=best)
    reentry = flow.graph.reentry
    runs = []
    for candidate in best.values():
        live, last = previous.get(candidate.contact_id, (False, None))
        if live:
            continue
        if last is not None and reentry.mode == ReentryMode.ONCE:
            continue
        if (
            last is not None
            and reentry.mode == ReentryMode.ONCE_PER_DAYS
            and abs(candidate.planned - last) < timedelta(days=reentry.days)
        ):
            continue
        context = {"since": to_text(candidate.planned), **candidate.context}
        context["trigger"] = candidate.node_id
        runs.append(
            NewRun(flow.id, flow.version, candidate.contact_id, candidate.node_id,
                   candidate.planned, json.dumps(context, separators=(",", ":")))
        )  # fmt: skip
    return insert_runs(session=session, runs=runs)


def listened_types(flows: Iterable[ActiveFlow]) -> list[str]:
    types: set[str] = set()
    for flow in flows:
        types |= flow.listens_to
    return list(EVENT_TYPES) if ANY_TYPE in types else sorted(types)


def event_candidates(
    session: Session, flow: ActiveFlow, events: list[EventRow], products: dict[str, ProductFact]
) -> list[Candidate]:
    found: list[Candidate] = []
    for node in flow.trigger_nodes("trigger.event"):
        spec = node.params.get("filter") or {}
        types = set(spec.get("types") or []) or None
        matching = [
            event
            for event in events
            if (types is None or event.type in types)
            and event.occurred_at >= flow.activated_at
            and event_matches(spec, event.fact, products=products)
        ]
        minimum = int(node.params.get("min_count") or 1)
        if minimum > 1 and matching:
            window = timedelta(hours=float(node.params.get("window_hours") or 24))
            same = bool(node.params.get("same_product"))
            counts = repeat_counts(
                session=session,
                checks=[
                    (
                        e.contact_id,
                        e.type,
                        e.sku if same else None,
                        e.occurred_at - window,
                        e.occurred_at,
                    )
                    for e in matching
                ],
            )
            matching = [
                event for event, count in zip(matching, counts, strict=True) if count >= minimum
            ]
        for event in matching:
            context = {
                "skus": [event.sku] if event.sku else [],
                "value_cents": event.value_cents,
                "event": event.fact.as_context(),
            }
            found.append(Candidate(event.contact_id, node.id, event.occurred_at, context))
    return found


def order_candidates(
    session: Session, flow: ActiveFlow, events: list[EventRow], products: dict[str, ProductFact]
) -> list[Candidate]:
    nodes = flow.trigger_nodes("trigger.order_placed")
    if not nodes:
        return []
    orders: dict[tuple[int, str], dict[str, Any]] = {}
    for event in events:
        if event.type != "order" or event.occurred_at < flow.activated_at:
            continue
        key = (event.contact_id, event.order_id or f"event-{event.id}")
        order = orders.setdefault(
            key, {"at": event.occurred_at, "skus": [], "value": 0, "kinds": set()}
        )
        order["at"] = min(order["at"], event.occurred_at)
        if event.sku and event.sku not in order["skus"]:
            order["skus"].append(event.sku)
            kind = products[event.sku].kind if event.sku in products else None
            if kind:
                order["kinds"].add(kind)
        order["value"] += event.value_cents or 0
    keys = list(orders)
    numbers: list[int] = []
    if any(int(node.params.get("min_orders") or 1) > 1 for node in nodes):
        numbers = order_numbers(session=session, orders=[(k[0], orders[k]["at"]) for k in keys])
    found = []
    for node in nodes:
        minimum_value = int(node.params.get("min_value_cents") or 0)
        minimum_orders = int(node.params.get("min_orders") or 1)
        for index, key in enumerate(keys):
            order = orders[key]
            if order["value"] < minimum_value:
                continue
            if minimum_orders > 1 and numbers[index] < minimum_orders:
                continue
            context = {
                "order_id": key[1], "skus": order["skus"], "value_cents": order["value"],
                "kinds": sorted(order["kinds"]),
            }  # fmt: skip
            found.append(Candidate(key[0], node.id, order["at"], context))
    return found


def schedule_rows(
    flow: ActiveFlow, events: list[EventRow], products: dict[str, ProductFact]
) -> list[tuple[int, int, str, str, datetime, datetime, str]]:
    """Cart grace periods and replenishment moments set (or moved) by new activity."""
    rows = []
    for node in flow.trigger_nodes("trigger.cart_abandoned"):
        grace = timedelta(minutes=int(node.params.get("minutes") or 60))
        for event in events:
            if event.type in CART_TYPES and event.occurred_at >= flow.activated_at:
                rows.append((flow.id, event.contact_id, node.id, f"cart:{event.contact_id}",
                             event.occurred_at + grace, event.occurred_at, "{}"))  # fmt: skip
    for node in flow.trigger_nodes("trigger.replenishment_due"):
        for event in events:
            moment = replenishment_moment(node.params, event, products)
            # State-based: only moments after activation count, whenever the order was.
            if moment is not None and moment >= flow.activated_at:
                context = json.dumps({"skus": [event.sku], "order_id": event.order_id})
                rows.append((flow.id, event.contact_id, node.id,
                             f"repl:{event.contact_id}:{event.sku}", moment, event.occurred_at,
                             context))  # fmt: skip
    return rows


def replenishment_moment(
    params: dict[str, Any], event: EventRow, products: dict[str, ProductFact]
) -> datetime | None:
    """DOMAIN.md: 100 capsules at 1 a day, reminded 3 days early (day 97), minus shipping."""
    product = products.get(event.sku or "")
    if event.type != "order" or product is None:
        return None
    supply = product.supply(event.quantity)
    if supply is None:
        return None
    lead = timedelta(days=int(params.get("lead_days") or 0))
    if params.get("subtract_shipping", True):
        lead += timedelta(days=product.shipping_days or 0)
    return event.occurred_at + supply - lead


def wake_for_activity(
    session: Session,
    flows: dict[int, ActiveFlow],
    events: list[EventRow],
    products: dict[str, ProductFact],
) -> int:
    """Runs whose goal or awaited event is among the new activity are brought forward to it."""
    reacting = {flow_id: flow for flow_id, flow in flows.items() if flow.reacts_to_activity}
    if not reacting or not events:
        return 0
    by_contact: dict[int, list[EventRow]] = {}
    for event in events:
        by_contact.setdefault(event.contact_id, []).append(event)
    wake: list[tuple[datetime, int]] = []
    runs = live_runs_of_contacts(session=session, contact_ids=by_contact, flow_ids=reacting)
    versions = versions_of_runs(
        session, reacting, {(run.flow_id, run.flow_version) for run in runs}
    )
    for run in runs:
        graph = versions[run.flow_id, run.flow_version].graph
        context = json.loads(run.context or "{}")
        since = from_text(context["since"]) if context.get("since") else run.entered_at
        skus = context.get("skus") or []
        waiting = context.get("waiting") or {}
        node = graph.nodes.get(run.node_id or "")
        for event in by_contact.get(run.contact_id, []):
            fact = event.fact
            if event.occurred_at <= since:
                continue
            hit = not context.get("goal") and any(
                event_matches(
                    goal.params.get("filter") or {}, fact, context_skus=skus, products=products
                )
                for goal in graph.goals()
            )
            if not hit and node is not None and node.kind == "logic.wait_for_event" and waiting:
                hit = from_text(waiting["since"]) < event.occurred_at <= from_text(
                    waiting["until"]
                ) and event_matches(
                    node.params.get("filter") or {}, fact, context_skus=skus, products=products
                )
            if hit:
                wake.append((event.occurred_at, run.id))
                break
    wake_runs(session=session, wake=wake)
    return len(wake)


def segment_candidates(
    flow: ActiveFlow,
    changed: list[tuple[int, str, str, int, int]],
    tags_added: list[tuple[int, str]],
    now: datetime,
) -> list[Candidate]:
    """Contacts that just entered a phase, passed a score, or got a tag."""
    found = []
    for node in flow.trigger_nodes("trigger.segment_entered"):
        if node.params.get("segment") is not None:
            continue  # a saved segment: segment_triggers.py finds who entered it
        phase = node.params.get("phase") or ""
        tag = str(node.params.get("tag") or "").strip().lower()
        minimum = node.params.get("min_score")
        if tag:
            found.extend(
                Candidate(contact, node.id, now) for contact, added in tags_added if added == tag
            )
            continue
        for contact, old_phase, new_phase, old_score, new_score in changed:
            entered_phase = bool(phase) and new_phase == phase and old_phase != phase
            crossed = minimum is not None and old_score < int(minimum) <= new_score
            holds = (not phase or new_phase == phase) and (
                minimum is None or new_score >= int(minimum)
            )
            if holds and (entered_phase or crossed):
                found.append(Candidate(contact, node.id, now))
    return found
