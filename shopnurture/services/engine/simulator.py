"""What if: flows (draft or live) run on a throwaway copy of the shop with a virtual clock,
replaying the recorded activity; it reports who would get what and when, and changes nothing."""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from shopnurture.data.database import Database, open_database
from shopnurture.data.flows import list_flows
from shopnurture.data.outbox import OutboxRow, list_outbox
from shopnurture.data.runs import (
    EngineState,
    max_id,
    next_due_run,
    read_engine_state,
    step_counts,
    store_engine_state,
)
from shopnurture.data.simulation import (
    exits_between,
    forget_flow_activity,
    pause_other_flows,
    replay_events,
    replayed_time,
    runs_entered,
    take_events_after,
)
from shopnurture.data.triggers import next_schedule_due
from shopnurture.domain.flows import timing
from shopnurture.errors import UserError
from shopnurture.messages import render_message
from shopnurture.services.engine.active_flows import load_active_flows
from shopnurture.services.engine.calendar_triggers import calendar_candidates
from shopnurture.services.engine.flow_service import activate_flow
from shopnurture.services.engine.tick import engine_context, run_tick

LOOKAHEAD = timedelta(days=1)
MAX_TICKS = 50_000


@dataclass
class FlowSimulation:
    id: int
    name: str
    entered: int = 0
    nodes: dict[str, dict[str, int]] = field(default_factory=dict)
    exits: dict[str, int] = field(default_factory=dict)
    emails: int = 0
    sms: int = 0
    notifications: int = 0
    skipped: dict[str, int] = field(default_factory=dict)


@dataclass
class SimulationReport:
    start: datetime
    end: datetime
    flows: list[FlowSimulation]
    messages: list[OutboxRow]
    ticks: list[datetime]

    @property
    def emails(self) -> int:
        return sum(flow.emails for flow in self.flows)

    @property
    def sms(self) -> int:
        return sum(flow.sms for flow in self.flows)

    def as_json(self) -> dict[str, Any]:
        """The stable `simulate --json` shape (README)."""
        return {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "emails": self.emails,
            "sms": self.sms,
            "ticks": len(self.ticks),
            "flows": [flow.__dict__ for flow in self.flows],
            "messages": [
                {**message.as_json(), "contact_id": message.contact_id} for message in self.messages
            ],
        }

    def summary_lines(self, language: str) -> list[str]:
        lines = [f"{self.start:%Y-%m-%d %H:%M} → {self.end:%Y-%m-%d %H:%M}: "
                 f"{self.emails} email, {self.sms} SMS"]  # fmt: skip
        for flow in self.flows:
            skipped = ", ".join(
                f"{render_message(f'outbox.reason.{reason}', language)} {count}"
                for reason, count in sorted(flow.skipped.items())
            )
            lines.append(
                f"  {flow.id:>3} {flow.name}: {flow.entered} entered, {flow.emails} email, "
                f"{flow.sms} SMS" + (f" — held back: {skipped}" if skipped else "")
            )
        return lines


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of the live file, read through a read-only connection."""
    reader = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    writer = sqlite3.connect(target)
    try:
        reader.backup(writer)
    finally:
        writer.close()
        reader.close()


def simulate(
    database: Database,
    *,
    start: datetime,
    end: datetime,
    flow_ids: list[int] | None = None,
    max_ticks: int = MAX_TICKS,
) -> SimulationReport:
    """Simulate `flow_ids` (default: the active flows) from `start` to `end`.

    The copy is made with SQLite's backup API from a read-only connection and deleted
    afterwards. Activity after `start` is taken out and replayed as it happened. The clock
    jumps from one moment where something can happen to the next (an activity, a due step or
    schedule, a date trigger); `ticks` lists them, so real ticks at the same moments do
    exactly what the simulation reported, after consent, caps, quiet hours and stock checks.
    Known limit: a live flow's runs that entered before `start` are taken as they are now.
    """
    if end <= start:
        raise UserError("simulate.bad_range")
    with shadow_copy(database) as shadow:
        return simulate_on_copy(shadow, start, end, flow_ids, max_ticks)


@contextmanager
def shadow_copy(database: Database) -> Iterator[Database]:
    """A throwaway copy of the shop, deleted when the block ends."""
    with tempfile.TemporaryDirectory(prefix="shopnurture-simulation-") as folder:
        copy = Path(folder) / "simulation.sqlite"
        copy_database(database.path, copy)
        shadow = open_database(copy)
        try:
            yield shadow
        finally:
            shadow.close()


def simulate_on_copy(
    shadow: Database, start: datetime, end: datetime, flow_ids: list[int] | None,
    max_ticks: int = MAX_TICKS, after_tick: Callable[[Database, datetime], None] | None = None,
) -> SimulationReport:  # fmt: skip
    """`simulate` on a copy made by `shadow_copy` (which it changes); `after_tick` runs after
    each tick (e.g. to play the sender's part)."""
    with shadow.write_session() as session:
        records = {record.id: record for record in list_flows(session=session)}
        chosen = flow_ids or [r.id for r in records.values() if r.status == "active"]
        for flow_id in chosen:
            if flow_id not in records:
                raise UserError("flow.not_found", flow_id=flow_id)
        live_at_start = [
            flow_id for flow_id in chosen
            if records[flow_id].status == "active"
            and records[flow_id].activated_at is not None
            and records[flow_id].activated_at <= start
        ]  # fmt: skip
        pause_other_flows(session=session, keep=live_at_start)
        forget_flow_activity(session=session, flow_ids=live_at_start, after=start)
        forget_flow_activity(session=session, flow_ids=set(chosen) - set(live_at_start), after=None)
        replay = take_events_after(session=session, moment=start)
        state = read_engine_state(session=session)
        store_engine_state(session=session, state=EngineState(state.last_event_id, start))
        outbox_mark = max_id(session=session, table="outbox_message")
        step_mark = max_id(session=session, table="flow_step")
        run_mark = max_id(session=session, table="flow_run")
    for flow_id in set(chosen) - set(live_at_start):
        activate_flow(shadow, flow_id, now=start)
    ticks: list[datetime] = []
    moment, index = start, 0
    while moment <= end and len(ticks) < max_ticks:
        arriving = []
        while index < len(replay) and replayed_time(replay[index]) <= moment:
            arriving.append(replay[index])
            index += 1
        if arriving:
            with shadow.write_session() as session:
                replay_events(session=session, rows=arriving)
        report = run_tick(shadow, now=moment)
        if after_tick is not None:
            after_tick(shadow, moment)
        ticks.append(moment)
        if report.more_due:
            continue  # the same moment again: a big batch is not finished
        following = replayed_time(replay[index]) if index < len(replay) else None
        upcoming = _next_moment(shadow, moment, following)
        if upcoming > end:
            break
        moment = upcoming
    return _report(shadow, start, end, chosen, (outbox_mark, step_mark, run_mark), ticks)


def _next_moment(shadow: Database, now: datetime, next_event: datetime | None) -> datetime:
    """The next moment a tick can have something to do (at most a day away)."""
    candidates = [now + LOOKAHEAD]
    if next_event is not None:
        candidates.append(next_event)
    with shadow.read_session() as session:
        flows = load_active_flows(session=session)
        _, shop = engine_context(session)
        for found in (
            next_due_run(session=session, flow_ids=flows),
            next_schedule_due(session=session, flow_ids=flows),
        ):
            if found is not None:
                candidates.append(found)
        window = (now, now + LOOKAHEAD)
        for flow in flows.values():
            candidates += [
                c.planned for c in calendar_candidates(session, flow, window, shop.time_zone)
            ]
            for node in flow.trigger_nodes("trigger.recurring_date"):
                candidates += timing.recurring_moments(
                    node.params, *window, timing.zone(shop.time_zone)
                )
    return max(min(candidates), now + timedelta(seconds=1))


def _report(
    shadow: Database, start: datetime, end: datetime, chosen: list[int],
    marks: tuple[int, int, int], ticks: list[datetime],
) -> SimulationReport:  # fmt: skip
    outbox_mark, step_mark, run_mark = marks
    flows: list[FlowSimulation] = []
    messages: list[OutboxRow] = []
    with shadow.read_session() as session:
        names = {record.id: record.name for record in list_flows(session=session)}
        for flow_id in chosen:
            flow = FlowSimulation(flow_id, names[flow_id])
            flow.entered = runs_entered(session=session, flow_id=flow_id, after_id=run_mark)
            flow.nodes = step_counts(session=session, flow_id=flow_id, since_id=step_mark)
            flow.exits = exits_between(session=session, flow_id=flow_id, start=start, end=end)
            rows = list_outbox(session=session, flow_id=flow_id, after_id=outbox_mark)
            for row in rows:
                if row.status == "skipped":
                    flow.skipped[row.reason or ""] = flow.skipped.get(row.reason or "", 0) + 1
                elif row.channel == "email":
                    flow.emails += 1
                elif row.channel == "sms":
                    flow.sms += 1
                else:
                    flow.notifications += 1
            messages += rows
            flows.append(flow)
    messages.sort(key=lambda row: (row.due_at, row.id))
    return SimulationReport(start, end, flows, messages, ticks)
