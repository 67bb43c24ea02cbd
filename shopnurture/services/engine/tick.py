"""One tick of the automation engine: evaluate new activity, enrol, advance due steps, queue
messages. Any thread may call `run_tick`; it opens its own sessions."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlmodel import Session

from shopnurture.data.database import Database
from shopnurture.data.engine_facts import load_products
from shopnurture.data.runs import EngineState, read_engine_state, store_engine_state
from shopnurture.data.scores import refresh_scores
from shopnurture.data.settings_store import stored_settings
from shopnurture.data.triggers import (
    contacts_with_new_events,
    max_event_id,
    new_events,
    upsert_schedules,
)
from shopnurture.domain.flows.facts import ProductFact
from shopnurture.domain.scoring import score_rules_from
from shopnurture.domain.sending_rules import SendingRules
from shopnurture.domain.shop_settings import SETTINGS
from shopnurture.services.engine.active_flows import ActiveFlow, load_active_flows
from shopnurture.services.engine.advancing import BatchReport, advance_due_runs
from shopnurture.services.engine.calendar_triggers import (
    calendar_candidates,
    calendar_window,
    enrol_due_schedules,
    enrol_recurring,
)
from shopnurture.services.engine.enrolment import (
    enrol,
    event_candidates,
    listened_types,
    order_candidates,
    schedule_rows,
    segment_candidates,
    wake_for_activity,
)
from shopnurture.services.engine.rendering import Shop
from shopnurture.services.engine.score_fading import fade_scores
from shopnurture.services.engine.segment_triggers import enrol_segment_entries

BATCH_SIZE = 5_000


@dataclass
class TickReport:
    """What one tick did; `as_json()` is the stable `run --once --json` shape (README)."""

    now: datetime
    new_events: int = 0
    enrolled: dict[int, int] = field(default_factory=dict)
    woken: int = 0
    runs_advanced: int = 0
    steps: int = 0
    exited: int = 0
    messages: dict[str, int] = field(default_factory=dict)
    more_due: bool = False
    scores_faded: int = 0  # scores that faded with time (recomputed once a day)
    duration_ms: float = 0.0

    def add_batch(self, batch: BatchReport) -> None:
        self.runs_advanced += batch.runs
        self.steps += batch.steps
        self.exited += batch.exited
        for key, count in batch.messages.items():
            self.messages[key] = self.messages.get(key, 0) + count

    def as_json(self) -> dict[str, Any]:
        skipped: dict[str, int] = {}
        for key, count in self.messages.items():
            if key.startswith("skipped:"):
                skipped[key.removeprefix("skipped:")] = count
        return {
            "now": self.now.isoformat(),
            "new_events": self.new_events,
            "enrolled": sum(self.enrolled.values()),
            "enrolled_by_flow": {str(k): v for k, v in sorted(self.enrolled.items()) if v},
            "woken": self.woken,
            "runs_advanced": self.runs_advanced,
            "steps": self.steps,
            "exited": self.exited,
            "queued": self.messages.get("queued", 0),
            "skipped": sum(skipped.values()),
            "skipped_by_reason": dict(sorted(skipped.items())),
            "more_due": self.more_due,
            "duration_ms": round(self.duration_ms, 1),
        }


def engine_context(session: Session) -> tuple[SendingRules, Shop]:
    stored = stored_settings(session=session)

    def setting(key: str) -> str:
        return stored.get(key) or SETTINGS[key].default

    rules = SendingRules.from_settings({**stored, "timezone": setting("timezone")})
    shop = Shop(setting("shop_name"), setting("language"), setting("currency"), setting("timezone"))
    return rules, shop


def run_tick(
    database: Database,
    *,
    now: datetime,
    batch_size: int = BATCH_SIZE,
    max_batches: int | None = None,
) -> TickReport:
    """Performs one tick at `now` (aware). Runs due by `now` advance in batches of
    `batch_size`, each its own transaction, until none is due (or `max_batches`).

    Safe at any time, twice, or from two processes: each batch is one `BEGIN IMMEDIATE`
    transaction that moves the high-water marks with its changes, and every message has a
    unique idempotency key.
    """
    started = time.perf_counter()
    report = TickReport(now=now)
    batches = 0
    flows: dict[int, ActiveFlow] = {}
    while True:
        with database.write_session() as session:
            if batches == 0:
                flows = load_active_flows(session=session)
                rules, shop = engine_context(session)
                products = load_products(session=session)
                _enrol(
                    session, flows, products, shop, read_engine_state(session=session), now, report
                )
            batch = advance_due_runs(
                session, flows=flows, products=products, rules=rules, shop=shop, now=now,
                limit=batch_size,
            )  # fmt: skip
            report.add_batch(batch)
            enrolled_more = _enrol_tag_segments(session, flows, batch.tags_added, now, report)
        batches += 1
        report.more_due = batch.runs == batch_size
        if not (report.more_due or enrolled_more):
            break
        if max_batches is not None and batches >= max_batches:
            break
    # After the due messages: fading old activity may wait, a reminder may not.
    report.scores_faded = fade_scores(database, now=now)
    report.duration_ms = (time.perf_counter() - started) * 1000
    return report


def _enrol(
    session: Session,
    flows: dict[int, ActiveFlow],
    products: dict[str, ProductFact],
    shop: Shop,
    state: EngineState,
    now: datetime,
    report: TickReport,
) -> None:
    upto = max_event_id(session=session)
    changed: list[tuple[int, str, str, int, int]] = []
    if upto > state.last_event_id:
        touched = contacts_with_new_events(
            session=session, after_id=state.last_event_id, upto_id=upto
        )
        rules = score_rules_from(stored_settings(session=session))
        changed = refresh_scores(session=session, contact_ids=touched, now=now, rules=rules)
        if flows:
            events = new_events(
                session=session,
                after_id=state.last_event_id,
                upto_id=upto,
                types=listened_types(flows.values()),
                occurred_from=min(flow.activated_at for flow in flows.values()),
                any_time_types=["order"] if any(
                    f.trigger_nodes("trigger.replenishment_due") for f in flows.values()
                ) else [],
            )  # fmt: skip
            report.new_events = len(events)
            schedules = []
            for flow in flows.values():
                candidates = event_candidates(session, flow, events, products)
                candidates += order_candidates(session, flow, events, products)
                _count(report, flow.id, enrol(session, flow, candidates))
                schedules += schedule_rows(flow, events, products)
            upsert_schedules(session=session, rows=schedules, now=now)
            report.woken = wake_for_activity(session, flows, events, products)
    for flow in flows.values():
        segment = segment_candidates(flow, changed, [], now)
        if segment:
            _count(report, flow.id, enrol(session, flow, segment))
        window = calendar_window(flow, state.last_tick_at, now)
        if window is not None:
            _count(
                report,
                flow.id,
                enrol(session, flow, calendar_candidates(session, flow, window, shop.time_zone)),
            )
            _count(report, flow.id, enrol_recurring(session, flow, window, shop.time_zone))
    for flow_id, count in enrol_segment_entries(session, flows, now).items():
        _count(report, flow_id, count)
    if flows:
        for flow_id, count in enrol_due_schedules(session, flows, now).items():
            _count(report, flow_id, count)
    last_tick = max(now, state.last_tick_at) if state.last_tick_at else now
    store_engine_state(
        session=session, state=EngineState(max(upto, state.last_event_id), last_tick)
    )


def _enrol_tag_segments(
    session: Session,
    flows: dict[int, ActiveFlow],
    tags_added: list[tuple[int, str]],
    now: datetime,
    report: TickReport,
) -> int:
    started = 0
    for flow in flows.values() if tags_added else ():
        candidates = segment_candidates(flow, [], tags_added, now)
        if candidates:
            count = enrol(session, flow, candidates)
            _count(report, flow.id, count)
            started += count
    return started


def _count(report: TickReport, flow_id: int, count: int) -> None:
    if count:
        report.enrolled[flow_id] = report.enrolled.get(flow_id, 0) + count
