"""Advancing due runs in batches: load the batch's facts in a few queries, let the pure
interpreter decide each run, then write runs, steps, messages and contact changes in bulk."""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session

from shopnurture.data.engine_facts import (
    adjust_scores,
    events_since,
    load_contacts,
    order_counts,
    update_contacts,
)
from shopnurture.data.flows import claim_coupon_code
from shopnurture.data.runs import RunRow, RunUpdate, add_steps, due_runs, update_runs
from shopnurture.data.segments import segment_members
from shopnurture.domain.flows.facts import ProductFact, StepFacts, from_text, to_text
from shopnurture.domain.flows.interpreter import (
    AssignCoupon,
    CancelQueued,
    ChangeScore,
    ChangeTag,
    QueueMessage,
    RunState,
    SetPhase,
    advance,
)
from shopnurture.domain.sending_rules import SendingRules
from shopnurture.services.engine.active_flows import ActiveFlow, versions_of_runs
from shopnurture.services.engine.outbox_writer import OutboxWriter, Outgoing
from shopnurture.services.engine.rendering import Shop


@dataclass
class BatchReport:
    runs: int = 0
    steps: int = 0
    exited: int = 0
    messages: dict[str, int] = field(default_factory=dict)
    tags_added: list[tuple[int, str]] = field(default_factory=list)


def advance_due_runs(
    session: Session,
    *,
    flows: dict[int, ActiveFlow],
    products: dict[str, ProductFact],
    rules: SendingRules,
    shop: Shop,
    now: datetime,
    limit: int,
) -> BatchReport:
    report = BatchReport()
    rows = due_runs(session=session, now=now, flow_ids=flows, limit=limit)
    if not rows:
        return report
    report.runs = len(rows)
    # Each run follows the version of the flow it started on (or was moved to).
    versions = versions_of_runs(session, flows, {(row.flow_id, row.flow_version) for row in rows})
    contexts = {row.id: json.loads(row.context or "{}") for row in rows}
    contact_ids = {row.contact_id for row in rows}
    contacts = load_contacts(session=session, contact_ids=contact_ids)
    since: dict[int, datetime] = {}
    for row in rows:
        context = contexts[row.id]
        start = from_text(context["since"]) if context.get("since") else row.entered_at
        start = min(start, row.entered_at, now - versions[row.flow_id, row.flow_version].lookback)
        since[row.contact_id] = min(since.get(row.contact_id, start), start)
    events = {
        contact: [event.fact for event in found]
        for contact, found in events_since(
            session=session, since_by_contact=since, until=now
        ).items()
    }
    if any(versions[row.flow_id, row.flow_version].needs_order_count for row in rows):
        counts = order_counts(session=session, contact_ids=contact_ids)
        contacts = {cid: replace(c, order_count=counts.get(cid, 0)) for cid, c in contacts.items()}
    segment_ids = set().union(*(versions[r.flow_id, r.flow_version].segment_ids for r in rows))
    if segment_ids:
        members = segment_members(
            session=session, segment_ids=segment_ids, contact_ids=contact_ids, now=now
        )
        contacts = {
            cid: replace(c, segments=frozenset(members.get(cid, ()))) for cid, c in contacts.items()
        }
    writer = OutboxWriter(session, rules=rules, shop=shop, now=now, contact_ids=contact_ids)
    updates: list[RunUpdate] = []
    steps: list[tuple[int, int, str, str, datetime]] = []
    contact_changes: dict[int, dict[str, Any]] = {}
    score_points: dict[int, int] = {}
    for row in rows:
        flow = versions[row.flow_id, row.flow_version]
        contact = contacts.get(row.contact_id)
        context = contexts[row.id]
        if contact is None:  # deleted while the run waited
            updates.append(
                RunUpdate(row.id, None, None, json.dumps(context), "contact_missing", now)
            )
            continue
        facts = StepFacts(
            contact=contact,
            events=events.get(row.contact_id, ()),
            products=products,
            now=now,
            shop_time_zone=shop.time_zone,
            stale_after=rules.stale_after,
        )
        state = RunState(row.id, row.flow_id, row.contact_id, row.node_id, row.due_at,
                         row.entered_at, context)  # fmt: skip
        result = advance(flow.graph, state, facts)
        for effect in result.effects:
            if isinstance(effect, CancelQueued):
                writer.cancel_run(row.id)
            elif isinstance(effect, AssignCoupon):
                _assign_coupon(session, flow, row, effect.node_id, context, now)
            elif isinstance(effect, QueueMessage):
                node = flow.graph.nodes[effect.node_id]
                outgoing = Outgoing(row.id, row.flow_id, flow.priority, flow.perishable, node,
                                    effect, contact)  # fmt: skip
                writer.queue(outgoing, context, products, facts.events)
            elif isinstance(effect, ChangeTag):
                tags = set(contact_changes.get(row.contact_id, {}).get("tags", contact.tags))
                if effect.add and effect.tag not in tags:
                    report.tags_added.append((row.contact_id, effect.tag))
                tags = tags | {effect.tag} if effect.add else tags - {effect.tag}
                contact_changes.setdefault(row.contact_id, {})["tags"] = tuple(sorted(tags))
                contact = replace(contact, tags=tuple(sorted(tags)))
            elif isinstance(effect, ChangeScore):
                score_points[row.contact_id] = score_points.get(row.contact_id, 0) + effect.points
                contact = replace(contact, lead_score=contact.lead_score + effect.points)
            elif isinstance(effect, SetPhase):
                contact_changes.setdefault(row.contact_id, {})["phase"] = effect.phase
                contact = replace(contact, phase=effect.phase)
        contacts[row.contact_id] = contact  # later runs of this contact see the changes
        steps.extend(
            (row.id, row.flow_id, node_id, outcome, now) for node_id, outcome in result.steps
        )
        report.steps += len(result.steps)
        if result.finished:
            report.exited += 1
        updates.append(
            RunUpdate(
                row.id,
                result.node_id,
                result.due_at,
                json.dumps(result.context, separators=(",", ":")),
                result.exit_reason,
                now if result.finished else None,
            )
        )
    writer.flush()
    update_runs(session=session, updates=updates)
    add_steps(session=session, steps=steps)
    update_contacts(session=session, changes=contact_changes, current=contacts)
    adjust_scores(session=session, points=score_points, now=now)
    report.messages = writer.counts
    return report


def _assign_coupon(
    session: Session, flow: ActiveFlow, row: RunRow, node_id: str, context: dict[str, Any],
    now: datetime,
) -> None:  # fmt: skip
    """Puts {"code", "expires"} in the run's context for the messages that follow."""
    params = flow.graph.nodes[node_id].params
    expires = now + timedelta(days=int(params.get("valid_days") or 14))
    code = None
    if params.get("source") == "list" and params.get("list"):
        code = claim_coupon_code(
            session=session, list_name=str(params["list"]), contact_id=row.contact_id,
            run_id=row.id, now=now, expires_at=expires,
        )  # fmt: skip
    if code is None:
        code = pattern_code(str(params.get("pattern") or "{code}"), flow.id, row, node_id)
    context["coupon"] = {"code": code, "expires": to_text(expires)}


def pattern_code(pattern: str, flow_id: int, row: RunRow, node_id: str) -> str:
    """A code from the pattern's {code}: stable for a run (a repeated step gets the same)."""
    seed = f"{flow_id}|{row.contact_id}|{to_text(row.entered_at)}|{node_id}".encode()
    digest = base64.b32encode(hashlib.blake2b(seed, digest_size=10).digest()).decode()
    token = digest.replace("0", "").replace("1", "").replace("O", "").replace("I", "")[:6]
    return pattern.replace("{code}", token) if "{code}" in pattern else f"{pattern}{token}"
