"""Testing a flow with one contact: the path they would take through a flow (saved or not)
and when, worked out by the simulator on a copy of the shop that holds only them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from shopnurture.data.contact_trace import (
    MessageRecord,
    RunRecord,
    StepRecord,
    contact_runs,
    keep_only_contact,
    mark_due_sent,
    run_messages,
    run_steps,
)
from shopnurture.data.contacts import get_contact
from shopnurture.data.database import Database
from shopnurture.domain.flows import FlowGraph, errors, validate_flow
from shopnurture.errors import UserError
from shopnurture.services.engine.flow_service import create_flow
from shopnurture.services.engine.simulator import shadow_copy, simulate_on_copy
from shopnurture.services.engine.tick import engine_context

DAYS_BACK = 30
DAYS_AHEAD = 60
# Outcomes of a step that leave by the node's "next" port (a wait leaves by it once over).
_LEAVES_BY_NEXT = ("passed", "message", "stale", "waiting")


@dataclass(frozen=True)
class Visit:
    """The contact reached `node_id` at `at`; for a message, what became of it."""

    node_id: str
    at: datetime
    message: MessageRecord | None = None


@dataclass(frozen=True)
class ContactPath:
    """One time through the flow: the steps reached in order and the links followed."""

    entered_at: datetime
    visits: list[Visit]
    links: list[tuple[str, str]]  # (source, port)
    status: str  # "exited" or, still inside at the end of the test, "waiting"/"active"
    exit_reason: str | None
    exited_at: datetime | None
    next_node: str | None  # still inside: where they go next...
    next_at: datetime | None  # ...and when


@dataclass(frozen=True)
class ContactTrace:
    contact_id: int
    contact_name: str
    start: datetime
    end: datetime
    time_zone: str  # the shop's, to show the times
    paths: list[ContactPath]  # one per time the contact entered, oldest first


def trace_contact(
    database: Database,
    flow: FlowGraph,
    contact_id: int,
    *,
    now: datetime,
    days_back: int = DAYS_BACK,
    days_ahead: int = DAYS_AHEAD,
) -> ContactTrace:
    """Runs `flow` (as edited, not necessarily saved) for one contact on a copy of the shop:
    as if it had been switched on `days_back` days ago, with the contact's recorded activity
    replayed as it happened and the clock running on `days_ahead` days past `now` (no new
    activity then). Other flows are paused and other contacts left out. Slow-ish (a copy of
    the file and a tick per day): call it off the GUI thread."""
    if errors(validate_flow(flow)):
        raise UserError("flow.trace.invalid")
    start, end = now - timedelta(days=days_back), now + timedelta(days=days_ahead)
    graph = flow.copy()
    with shadow_copy(database) as shadow:
        with shadow.write_session() as session:
            contact = get_contact(session=session, contact_id=contact_id)
            if contact is None:
                raise UserError("flow.trace.no_contact")
            name = f"{contact.first_name} {contact.last_name}".strip() or contact.email or ""
            keep_only_contact(session=session, contact_id=contact_id)
            _rules, shop = engine_context(session)
        flow_id = create_flow(shadow, graph, now=start)
        simulate_on_copy(shadow, start, end, [flow_id], after_tick=_deliver)
        with shadow.read_session() as session:
            runs = contact_runs(session=session, flow_id=flow_id, contact_id=contact_id)
            run_ids = [run.id for run in runs]
            steps = run_steps(session=session, run_ids=run_ids)
            messages = run_messages(session=session, run_ids=run_ids)
    paths = [
        contact_path(
            graph,
            run,
            [step for step in steps if step.run_id == run.id],
            [message for message in messages if message.run_id == run.id],
        )
        for run in runs
    ]
    return ContactTrace(contact_id, name, start, end, shop.time_zone, paths)


def _deliver(shadow: Database, now: datetime) -> None:
    with shadow.write_session() as session:
        mark_due_sent(session=session, now=now)


def contact_path(
    flow: FlowGraph, run: RunRecord, steps: list[StepRecord], messages: list[MessageRecord]
) -> ContactPath:
    """The nodes a run reached (first arrival each) and the links it followed: a link counts
    when the next node the run reached is the one it leads to (a goal is jumped to, and a
    wait still running at the end leads nowhere yet)."""
    first_message = {}
    for message in messages:
        first_message.setdefault(message.node_id, message)
    visits: dict[str, Visit] = {}
    links: list[tuple[str, str]] = []
    for index, step in enumerate(steps):
        if step.node_id not in visits:
            visits[step.node_id] = Visit(step.node_id, step.at, first_message.get(step.node_id))
        port = _port_taken(flow, step)
        reached = next((s.node_id for s in steps[index + 1 :] if s.node_id != step.node_id), None)
        if port is not None and reached is not None and flow.target(step.node_id, port) == reached:
            if (step.node_id, port) not in links:
                links.append((step.node_id, port))
    inside = run.status != "exited"
    return ContactPath(
        entered_at=run.entered_at,
        visits=list(visits.values()),
        links=links,
        status=run.status,
        exit_reason=run.exit_reason,
        exited_at=run.exited_at,
        next_node=run.current_node if inside else None,
        next_at=run.due_at if inside else None,
    )


def _port_taken(flow: FlowGraph, step: StepRecord) -> str | None:
    node = flow.nodes.get(step.node_id)
    if node is None:
        return None
    names = {port.name for port in node.ports()}
    if step.outcome in names:
        return step.outcome
    if step.outcome in _LEAVES_BY_NEXT and "next" in names:
        return "next"
    return None
