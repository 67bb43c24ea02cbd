"""Advancing one run of a flow through every step due by `now`. Pure: it returns effects
(messages, tags, score, phase, coupons) and where the run waits next; any thread may call it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from shopnurture.domain.flows import timing
from shopnurture.domain.flows.conditions import rules_hold
from shopnurture.domain.flows.facts import (
    EventFact,
    StepFacts,
    event_matches,
    from_text,
    to_text,
)
from shopnurture.domain.flows.model import FlowGraph, Node

MAX_NODES_PER_ADVANCE = 200
# A message this late (but not stale) re-bases the following waits on the real time.
REBASE_AFTER = timedelta(hours=1)


@dataclass
class RunState:
    id: int
    flow_id: int
    contact_id: int
    node_id: str | None
    due_at: datetime
    entered_at: datetime
    context: dict[str, Any]


@dataclass(frozen=True)
class QueueMessage:
    node_id: str
    channel: str  # email, sms or owner
    visit: int
    planned_at: datetime
    stale: bool


@dataclass(frozen=True)
class AssignCoupon:
    node_id: str


@dataclass(frozen=True)
class ChangeTag:
    tag: str
    add: bool


@dataclass(frozen=True)
class ChangeScore:
    points: int


@dataclass(frozen=True)
class SetPhase:
    phase: str


@dataclass(frozen=True)
class CancelQueued:
    """The run reached its goal: messages it queued and that are not sent yet are dropped."""

    reason: str


Effect = QueueMessage | AssignCoupon | ChangeTag | ChangeScore | SetPhase | CancelQueued


@dataclass
class Advance:
    context: dict[str, Any]
    effects: list[Effect] = field(default_factory=list)
    steps: list[tuple[str, str]] = field(default_factory=list)  # (node id, outcome)
    node_id: str | None = None
    due_at: datetime | None = None
    exit_reason: str | None = None

    @property
    def finished(self) -> bool:
        return self.exit_reason is not None


def bucket(*parts: object) -> float:
    """A stable number in [0, 100) for splits: the same contact lands in the same branch."""
    digest = hashlib.blake2b("|".join(map(str, parts)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64 * 100


def first_goal(
    flow: FlowGraph, context: dict[str, Any], facts: StepFacts
) -> tuple[Node, EventFact] | None:
    """The earliest goal event since the run's reference moment, and its goal node."""
    if context.get("goal"):
        return None
    goals = flow.goals()
    if not goals:
        return None
    since = from_text(context["since"]) if context.get("since") else None
    skus = context.get("skus") or []
    for event in facts.events:
        if since is not None and event.occurred_at <= since or event.occurred_at > facts.now:
            continue
        for goal in goals:
            spec = goal.params.get("filter") or {}
            if event_matches(spec, event, context_skus=skus, products=facts.products):
                return goal, event
    return None


def advance(
    flow: FlowGraph, run: RunState, facts: StepFacts, *, flow_id: int | None = None
) -> Advance:
    """Run every step of `run` that is due by `facts.now`; `run.context` is taken over.

    Each step runs at its planned moment (`base`), so a late tick catches up as if it had
    been awake. A message of a perishable flow planned more than `stale_after` ago is skipped
    as stale; any other late message goes once, now, and the waits after it start from now.
    Goals are checked first: a goal event since the run's reference moment jumps to the goal.
    """
    context = run.context
    result = Advance(context=context)
    now = facts.now
    visits: dict[str, int] = context.setdefault("visits", {})
    contact = facts.contact
    hit = first_goal(flow, context, facts)
    if hit is not None:
        goal, event = hit
        context["goal"] = goal.id
        context.pop("waiting", None)
        result.effects.append(CancelQueued("goal_reached"))
        node_id: str | None = goal.id
        base = event.occurred_at
    else:
        node_id = run.node_id
        node = flow.nodes.get(node_id or "")
        base = run.due_at
        if node is not None and node.kind != "logic.wait_for_event" and context.get("resume_at"):
            base = from_text(context["resume_at"])
            if base > now:
                return _suspend(result, node.id, base)  # woken for a goal that did not hold
    for _ in range(MAX_NODES_PER_ADVANCE):
        node = flow.nodes.get(node_id or "")
        if node is None:
            return _finish(result, "node_missing")
        kind = node.kind
        params = node.params
        waiting = context.get("waiting")
        if not (waiting and waiting.get("node") == node.id):
            visits[node.id] = visits.get(node.id, 0) + 1
        stale = flow.perishable and now - base > facts.stale_after
        sends = node.spec is not None and node.spec.sends is not None
        port = "next"
        outcome = "passed"
        if kind == "logic.exit":
            result.steps.append((node.id, "exit"))
            return _finish(result, str(params.get("reason") or "completed"))
        if kind == "logic.wait":
            due = base + _wait_length(params, context)
            if due > now:
                result.steps.append((node.id, "waiting"))
                return _suspend(result, flow.target(node.id, "next"), due)
            base = due
        elif kind in ("logic.wait_until", "logic.wait_until_date"):
            due = _wait_until(node, base, facts, context)
            if due is not None and due > now:
                result.steps.append((node.id, "waiting"))
                return _suspend(result, flow.target(node.id, "next"), due)
            base = max(base, due) if due is not None else base
        elif kind == "logic.wait_for_event":
            if not waiting or waiting.get("node") != node.id:
                waiting = {
                    "node": node.id,
                    "since": to_text(base),
                    "until": to_text(base + timing.duration(params.get("timeout"))),
                }
                context["waiting"] = waiting
            match = _awaited_event(node, waiting, facts, context)
            until = from_text(waiting["until"])
            if match is not None:
                context["matched"] = match.as_context()
                port, base = "yes", max(base, match.occurred_at)
            elif until <= now:
                port, base = "timeout", until
            else:
                result.steps.append((node.id, "waiting"))
                return _suspend(result, node.id, until)
            context.pop("waiting", None)
            outcome = port
        elif kind == "logic.condition":
            held = rules_hold(params.get("rules") or [], params.get("match", "all"), facts, context)
            port = outcome = "yes" if held else "no"
        elif kind == "logic.random_split":
            port = outcome = _split(params, _seed(run, flow_id, node.id))
        elif kind == "logic.holdout":
            if bucket(*_seed(run, flow_id, node.id)) < float(params.get("percent") or 0):
                result.steps.append((node.id, "holdout"))
                return _finish(result, "holdout")
        elif node.spec is not None and node.spec.sends:
            result.effects.append(
                QueueMessage(node.id, node.spec.sends, visits[node.id], base, stale)
            )
            outcome = "stale" if stale else "message"
        elif kind in ("action.add_tag", "action.remove_tag"):
            tag = str(params.get("tag") or "").strip().lower()
            if tag:
                adding = kind == "action.add_tag"
                result.effects.append(ChangeTag(tag, adding))
                tags = set(contact.tags) | {tag} if adding else set(contact.tags) - {tag}
                contact = replace(contact, tags=tuple(sorted(tags)))
        elif kind == "action.change_score":
            points = int(params.get("points") or 0)
            result.effects.append(ChangeScore(points))
            contact = replace(contact, lead_score=contact.lead_score + points)
        elif kind == "action.set_phase":
            result.effects.append(SetPhase(str(params.get("phase"))))
            contact = replace(contact, phase=str(params.get("phase")))
        elif kind == "action.assign_coupon":
            result.effects.append(AssignCoupon(node.id))
        if contact is not facts.contact:
            facts = replace(facts, contact=contact)
        result.steps.append((node.id, outcome))
        if sends and not stale and now - base > REBASE_AFTER:
            base = now  # what follows a late message is timed from when it really went out
        node_id = flow.target(node.id, port)
        if node_id is None:
            return _finish(result, "completed")
    return _finish(result, "loop_limit")


def _seed(run: RunState, flow_id: int | None, node_id: str) -> tuple[object, ...]:
    # Not the run id: a simulation on a copy must split the same contacts the same way.
    return (
        flow_id if flow_id is not None else run.flow_id,
        run.contact_id,
        to_text(run.entered_at),
        node_id,
    )


def _split(params: dict[str, Any], seed: tuple[object, ...]) -> str:
    branches = [b for b in params.get("branches") or [] if isinstance(b, dict) and b.get("port")]
    if not branches:
        return "next"
    total = sum(float(b.get("percent") or 0) for b in branches) or 1.0
    point = bucket(*seed) * total / 100
    running = 0.0
    for branch in branches:
        running += float(branch.get("percent") or 0)
        if point < running:
            return str(branch["port"])
    return str(branches[-1]["port"])


def _wait_length(params: dict[str, Any], context: dict[str, Any]) -> timedelta:
    by_kind = params.get("days_by_kind") or {}
    days = [float(by_kind[kind]) for kind in context.get("kinds") or [] if kind in by_kind]
    if days:
        return timedelta(days=max(days))  # durable goods in the order set the pace
    return timing.duration(params.get("duration"))


def _wait_until(
    node: Node, base: datetime, facts: StepFacts, context: dict[str, Any]
) -> datetime | None:
    params = node.params
    tz = timing.zone(facts.contact.time_zone, facts.shop_time_zone)
    at = timing.parse_time(params.get("time"))
    if node.kind == "logic.wait_until":
        return timing.next_weekday_time(base, list(params.get("weekdays") or []), at, tz)
    field_name = params.get("field")
    offset = int(params.get("days_offset") or 0)
    if field_name == "coupon_expiry":
        expires = (context.get("coupon") or {}).get("expires")
        if not expires:
            return None
        moment = timing.local_moment(
            from_text(expires).astimezone(tz).date() + timedelta(days=offset), at, tz
        )
        return max(moment, base)
    original = facts.contact.birthday if field_name == "birthday" else None
    if field_name == "signup" and facts.contact.created_at is not None:
        original = facts.contact.created_at.astimezone(tz).date()
    if original is None:
        return None
    return timing.next_anniversary(base, original, offset, at, tz)


def _awaited_event(
    node: Node, waiting: dict[str, Any], facts: StepFacts, context: dict[str, Any]
) -> EventFact | None:
    since, until = from_text(waiting["since"]), from_text(waiting["until"])
    spec = node.params.get("filter") or {}
    skus = context.get("skus") or []
    for event in facts.events:
        if since < event.occurred_at <= min(until, facts.now) and event_matches(
            spec, event, context_skus=skus, products=facts.products
        ):
            return event
    return None


def _suspend(result: Advance, node_id: str | None, due: datetime) -> Advance:
    if node_id is None:
        return _finish(result, "completed")
    result.node_id = node_id
    result.due_at = due
    result.context["resume_at"] = to_text(due)
    return result


def _finish(result: Advance, reason: str) -> Advance:
    result.node_id = None
    result.due_at = None
    result.exit_reason = reason
    result.context.pop("resume_at", None)
    result.context.pop("waiting", None)
    return result
