"""The flows a tick works with: parsed once per definition version, with what the engine
needs to know about each (triggers by kind, goals, activity types it listens to)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlmodel import Session

from shopnurture.data.flow_versions import as_live, latest_versions, version_definitions
from shopnurture.data.flows import FlowRecord, list_flows
from shopnurture.domain.flows.conditions import segment_id
from shopnurture.domain.flows.model import FlowGraph, Node
from shopnurture.domain.flows.serialization import flow_from_document
from shopnurture.services.engine.rendering import variables_used

VIEWED_LOOKBACK = timedelta(days=30)  # the activity behind "what they viewed" in messages
CART_TYPES = ("add_to_cart", "checkout_started")
ANY_TYPE = "*"  # a goal or wait whose filter names no type listens to every kind of activity


@dataclass
class ActiveFlow:
    id: int
    version: int
    priority: int
    activated_at: datetime
    graph: FlowGraph
    triggers: dict[str, list[Node]] = field(default_factory=dict)
    listens_to: set[str] = field(default_factory=set)
    lookback: timedelta = timedelta(0)  # activity before a run's entry its steps look at
    needs_order_count: bool = False
    segment_ids: set[int] = field(default_factory=set)  # saved segments its conditions ask
    # saved segment -> the "entered the segment" trigger nodes on it
    trigger_segments: dict[int, list[str]] = field(default_factory=dict)

    @property
    def perishable(self) -> bool:
        return self.graph.perishable

    def trigger_nodes(self, kind: str) -> list[Node]:
        return self.triggers.get(kind, [])

    @property
    def reacts_to_activity(self) -> bool:
        """Has goals or waits for an event: new activity may wake its runs."""
        return bool(self.graph.goals()) or any(
            node.kind == "logic.wait_for_event" for node in self.graph.nodes.values()
        )


# Parsing is kept across ticks; the key holds everything the result depends on (two shop
# files may well both have a flow 1, version 1).
_CACHE: dict[tuple[object, ...], ActiveFlow] = {}


def active_flow(record: FlowRecord) -> ActiveFlow:
    key = (record.id, record.version, record.priority, record.activated_at, record.definition)
    cached = _CACHE.get(key)
    if cached is not None:
        return cached
    graph = flow_from_document(record.document())
    flow = ActiveFlow(
        id=record.id,
        version=record.version,
        priority=record.priority,
        activated_at=record.activated_at or record.updated_at,
        graph=graph,
    )
    for node in graph.triggers():
        flow.triggers.setdefault(node.kind, []).append(node)
        if node.kind == "trigger.event":
            flow.listens_to.update((node.params.get("filter") or {}).get("types") or [])
        elif node.kind == "trigger.order_placed":
            flow.listens_to.add("order")
        elif node.kind == "trigger.cart_abandoned":
            flow.listens_to.update(CART_TYPES)
        elif node.kind == "trigger.segment_entered":
            chosen = segment_id(node.params.get("segment"))
            if chosen is not None:
                flow.trigger_segments.setdefault(chosen, []).append(node.id)
    for node in graph.nodes.values():
        if node.kind in ("logic.goal", "logic.wait_for_event"):
            flow.listens_to.update((node.params.get("filter") or {}).get("types") or [ANY_TYPE])
        if node.spec is not None and node.spec.sends:
            for texts in (node.params.get("message") or {}).values():
                if isinstance(texts, dict) and "viewed" in variables_used(
                    str(texts.get("subject") or ""), str(texts.get("body") or "")
                ):
                    flow.lookback = max(flow.lookback, VIEWED_LOOKBACK)
        if node.kind == "logic.condition":
            for rule in node.params.get("rules") or []:
                if rule.get("days"):
                    flow.lookback = max(flow.lookback, timedelta(days=float(rule["days"])))
                if rule.get("field") == "customer_type":
                    flow.needs_order_count = True
                if rule.get("field") == "segment" and segment_id(rule.get("value")) is not None:
                    flow.segment_ids.add(segment_id(rule.get("value")))  # type: ignore[arg-type]
    if len(_CACHE) > 256:
        _CACHE.clear()
    _CACHE[key] = flow
    return flow


def load_active_flows(*, session: Session) -> dict[int, ActiveFlow]:
    """The active flows as last activated (edits saved since then are not live yet)."""
    records = list_flows(session=session, status="active")
    latest = latest_versions(session=session, flow_ids=[record.id for record in records])
    return {record.id: active_flow(as_live(record, latest)) for record in records}


def versions_of_runs(
    session: Session, flows: dict[int, ActiveFlow], keys: Iterable[tuple[int, int]]
) -> dict[tuple[int, int], ActiveFlow]:
    """(flow id, version) -> the flow as that version defined it, for runs that still follow
    an earlier version ("stay on the old version" when a changed flow was activated).

    A version whose definition was never kept (runs older than kept versions) follows the
    live one. Priority and activation come from the live flow.
    """
    older = {(flow_id, version) for flow_id, version in keys if flows[flow_id].version != version}
    found = {(flow_id, flows[flow_id].version): flows[flow_id] for flow_id, _ in keys}
    definitions = version_definitions(session=session, keys=older)
    for key in older:
        live = flows[key[0]]
        definition = definitions.get(key)
        if definition is None:
            found[key] = live
            continue
        record = FlowRecord(
            live.id, "", "", None, "active", live.priority, definition, key[1],
            live.activated_at, live.activated_at, live.activated_at,
        )  # fmt: skip
        found[key] = active_flow(record)
    return found
