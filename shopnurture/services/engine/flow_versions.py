"""Activating a changed live flow: who waits where, and what happens to them — they stay on
the version they started with, move to a chosen step of the new one, or leave the flow.
Any thread may call these; each opens its own session."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session

from shopnurture.data.database import Database
from shopnurture.data.flow_versions import (
    end_runs,
    latest_versions,
    live_run_places,
    relocate_runs,
    store_version,
    version_definitions,
    waiting_counts,
)
from shopnurture.data.flows import FlowRecord, get_flow
from shopnurture.data.outbox import skip_queued_of_runs
from shopnurture.data.runs import add_steps
from shopnurture.domain.flows import FlowGraph, errors, flow_from_document, validate_flow
from shopnurture.errors import UserError
from shopnurture.messages import render_message
from shopnurture.services.engine.flow_service import activate_in_session, known_segments, load_flow

STAY, MOVE, EXIT = "stay", "move", "exit"
CHOICES = (STAY, MOVE, EXIT)
EXIT_REASON = "flow_changed"  # a run the owner took out when activating a changed flow


@dataclass(frozen=True)
class WaitingPlace:
    """Contacts waiting at one step of one version (`label` in the owner's language)."""

    version: int
    node_id: str
    label: str
    count: int


@dataclass(frozen=True)
class ActivationPlan:
    """What activating the flow now would change for the contacts already in it."""

    flow_id: int
    status: str
    live_version: int | None  # the version the engine runs now (None: never activated)
    new_version: int
    changed: bool  # the saved steps differ from the live ones (layout and names aside)
    waiting: list[WaitingPlace]
    targets: list[tuple[str, str]]  # (node id, label): steps of the new version to move to

    @property
    def total_waiting(self) -> int:
        return sum(place.count for place in self.waiting)

    @property
    def needs_decision(self) -> bool:
        return self.changed and self.total_waiting > 0


def node_label(flow: FlowGraph, node_id: str, language: str) -> str:
    node = flow.nodes.get(node_id)
    if node is None:
        return node_id
    return node.label or render_message(f"flow.kind.{node.kind}", language)


def _behaviour(document: dict[str, Any]) -> tuple[Any, ...]:
    """What runs follow: nodes (kind, parameters) and links; not positions, labels, names."""
    nodes = sorted(
        (str(node.get("id")), str(node.get("kind")), json.dumps(node.get("params"), sort_keys=True))
        for node in document.get("nodes") or []
    )
    links = sorted(json.dumps(link, sort_keys=True) for link in document.get("links") or [])
    return tuple(nodes), tuple(links), document.get("perishable"), document.get("reentry")


def waiting_by_node(database: Database, flow_id: int, language: str = "en") -> list[WaitingPlace]:
    """Live runs of the flow grouped by version and the step they wait at."""
    with database.read_session() as session:
        counts = waiting_counts(session=session, flow_id=flow_id)
        definitions = version_definitions(
            session=session, keys={(flow_id, count.version) for count in counts}
        )
        record = get_flow(session=session, flow_id=flow_id)
    if record is None:
        raise UserError("flow.not_found", flow_id=flow_id)
    graphs: dict[int, FlowGraph] = {}
    for count in counts:
        if count.version not in graphs:
            definition = definitions.get((flow_id, count.version), record.definition)
            graphs[count.version] = flow_from_document(json.loads(definition or "{}"))
    return [
        WaitingPlace(
            count.version,
            count.node_id,
            node_label(graphs[count.version], count.node_id, language),
            count.count,
        )  # fmt: skip
        for count in counts
    ]


def activation_plan(database: Database, flow_id: int, language: str = "en") -> ActivationPlan:
    record, saved = load_flow(database, flow_id)
    with database.read_session() as session:
        live = latest_versions(session=session, flow_ids=[flow_id]).get(flow_id)
    changed = live is not None and (
        live[0] != record.version
        and _behaviour(json.loads(live[1] or "{}")) != _behaviour(record.document())
    )
    waiting = waiting_by_node(database, flow_id, language)
    ordered = sorted(saved.nodes.values(), key=lambda node: (node.position[1], node.position[0]))
    targets = [
        (node.id, node_label(saved, node.id, language))
        for node in ordered
        if node.spec is not None and node.spec.category != "trigger"
    ]
    return ActivationPlan(
        flow_id, record.status, live[0] if live else None, record.version, changed, waiting,
        targets,
    )  # fmt: skip


def apply_run_migration(
    database: Database,
    flow_id: int,
    choice: str,
    target_node: str | None = None,
    *,
    now: datetime,
) -> int:
    """Applies the owner's choice to every live run of the flow; how many runs it changed.

    The saved definition is kept as the new version first, so moved runs can follow it and
    the engine starts new runs on it. `stay` changes no run: each keeps following its own
    version. `move` puts every run at `target_node` of the new version, due now. `exit` ends
    them (reason "flow_changed") and drops the messages they queued that are not sent yet.
    """
    record = _checked_choice(database, flow_id, choice, target_node)
    with database.write_session() as session:
        return _migrate_runs(session, record, choice, target_node, now=now)


def activate_with_choice(
    database: Database,
    flow_id: int,
    choice: str = STAY,
    target_node: str | None = None,
    *,
    now: datetime,
) -> int:
    """Activates the flow's saved version after applying `choice` to the runs in it; how many
    runs were moved or ended. Refused (UserError, nothing changed) while the flow is invalid.

    Both happen in one write transaction: an engine tick never sees runs moved to (or taken
    out for) a version that is not active yet, and a failure leaves everything as it was."""
    _, saved = load_flow(database, flow_id)
    found = errors(validate_flow(saved, saved_segments=known_segments(database)))
    if found:
        raise UserError("flow.invalid", flow=flow_id, count=len(found))
    record = _checked_choice(database, flow_id, choice, target_node)
    with database.write_session() as session:
        changed = _migrate_runs(session, record, choice, target_node, now=now)
        activate_in_session(session=session, record=record, now=now)
    return changed


def _checked_choice(
    database: Database, flow_id: int, choice: str, target_node: str | None
) -> FlowRecord:
    """The flow's record, once `choice` (and for `move`, its target step) is known good."""
    if choice not in CHOICES:
        raise ValueError(choice)
    record, saved = load_flow(database, flow_id)
    if choice == MOVE:
        node = saved.nodes.get(target_node or "")
        if node is None or node.spec is None or node.spec.category == "trigger":
            raise UserError("flow.version.bad_target", node=target_node or "")
    return record


def _migrate_runs(
    session: Session, record: FlowRecord, choice: str, target_node: str | None, *, now: datetime
) -> int:
    flow_id = record.id
    store_version(
        session=session, flow_id=flow_id, version=record.version,
        definition=record.definition, now=now,
    )  # fmt: skip
    if choice == STAY:
        return 0
    places = live_run_places(session=session, flow_id=flow_id)
    runs = [run for run, _ in places]
    if choice == MOVE:
        assert target_node is not None
        relocate_runs(
            session=session, run_ids=runs, version=record.version, node_id=target_node, now=now
        )
        outcome = "moved"
    else:
        end_runs(session=session, run_ids=runs, reason=EXIT_REASON, now=now)
        skip_queued_of_runs(session=session, run_ids=runs, reason=EXIT_REASON, now=now)
        outcome = EXIT_REASON
    # The step log keeps, at the step each run left, that the owner moved or ended it.
    add_steps(
        session=session,
        steps=[(run, flow_id, node or "", outcome, now) for run, node in places],
    )
    return len(runs)
