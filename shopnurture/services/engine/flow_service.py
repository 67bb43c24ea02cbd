"""Managing flows for the CLI and the GUI (templates, create/save, import/export, validate,
activate, pause, enrol by hand, coupons); any thread may call these, each opens its session."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlmodel import Session

from shopnurture.data.database import Database
from shopnurture.data.engine_facts import load_products
from shopnurture.data.flow_versions import as_live, latest_versions, store_version
from shopnurture.data.flows import (
    FlowRecord,
    add_coupon_codes,
    flow_statistics,
    get_flow,
    insert_flow,
    list_flows,
    set_flow_status,
    update_flow_definition,
)
from shopnurture.data.saved_segments import saved_segment_ids
from shopnurture.data.triggers import (
    consumable_orders,
    delete_schedules_before,
    upsert_schedules,
)
from shopnurture.domain.flows import (
    FlowGraph,
    Problem,
    errors,
    flow_from_document,
    flow_from_json,
    flow_to_document,
    flow_to_json,
    validate_flow,
)
from shopnurture.domain.flows.templates import TEMPLATES, build_template
from shopnurture.errors import UserError
from shopnurture.messages import render_message
from shopnurture.services.engine.active_flows import active_flow
from shopnurture.services.engine.enrolment import Candidate, enrol, schedule_rows

REPLENISHMENT_HISTORY = timedelta(days=400)


@dataclass(frozen=True)
class TemplateSummary:
    key: str
    number: int
    name: str
    description: str


def list_templates(language: str) -> list[TemplateSummary]:
    return [
        TemplateSummary(
            info.key,
            info.number,
            render_message(info.name_code, language),
            render_message(info.description_code, language),
        )  # fmt: skip
        for info in TEMPLATES.values()
    ]


def _store(database: Database, flow: FlowGraph, now: datetime) -> int:
    with database.write_session() as session:
        return insert_flow(
            session=session,
            name=flow.name,
            description=flow.description,
            template_key=flow.template,
            priority=flow.priority,
            definition=json.dumps(flow_to_document(flow), ensure_ascii=False),
            now=now,
        )


def add_flow_from_template(
    database: Database, template: str, *, now: datetime, language: str, name: str | None = None,
    activate: bool = False,
) -> int:  # fmt: skip
    """A new draft flow from a built-in template (activated at once if asked); its id."""
    flow = build_template(template, language)
    if name:
        flow.name = name
    flow_id = _store(database, flow, now)
    if activate:
        activate_flow(database, flow_id, now=now)
    return flow_id


def create_flow(database: Database, flow: FlowGraph, *, now: datetime) -> int:
    """Stores a flow made in the editor as a draft; its id."""
    return _store(database, flow, now)


def save_flow(database: Database, flow_id: int, flow: FlowGraph, *, now: datetime) -> None:
    """Saves an edited flow. An active flow must stay valid; the engine keeps running the
    version last activated until the flow is activated again (flow_versions.py decides then
    what happens to the contacts waiting in it)."""
    record = _record(database, flow_id)
    if record.status == "active":
        _refuse_invalid(database, flow, flow_id)
    with database.write_session() as session:
        update_flow_definition(
            session=session, flow_id=flow_id, name=flow.name, description=flow.description,
            priority=flow.priority,
            definition=json.dumps(flow_to_document(flow), ensure_ascii=False),
            now=now,
        )  # fmt: skip


def import_flow(database: Database, path: Path, *, now: datetime) -> int:
    """Imports a flow file (any known format version) as a draft; its id."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise UserError(
            "flow.file_unreadable", path=str(path), reason=error.strerror or str(error)
        ) from None
    return _store(database, flow_from_json(text), now)


def export_flow(database: Database, flow_id: int, path: Path) -> None:
    text = flow_to_json(load_flow(database, flow_id)[1])
    try:
        path.write_text(text + "\n", encoding="utf-8")
    except OSError as error:
        raise UserError(
            "flow.file_unwritable", path=str(path), reason=error.strerror or str(error)
        ) from None


def _record(database: Database, flow_id: int) -> FlowRecord:
    with database.read_session() as session:
        record = get_flow(session=session, flow_id=flow_id)
    if record is None:
        raise UserError("flow.not_found", flow_id=flow_id)
    return record


def load_flow(database: Database, flow_id: int) -> tuple[FlowRecord, FlowGraph]:
    record = _record(database, flow_id)
    return record, flow_from_document(record.document())


def flows_overview(database: Database) -> list[dict[str, Any]]:
    """The `flows list --json` rows (README)."""
    with database.read_session() as session:
        records = list_flows(session=session)
        stats = flow_statistics(session=session)
    return [
        {
            "id": record.id,
            "name": record.name,
            "template": record.template_key,
            "status": record.status,
            "priority": record.priority,
            "version": record.version,
            "activated_at": record.activated_at.isoformat() if record.activated_at else None,
            **stats.get(record.id, {"live_runs": 0, "entered": 0, "messages": 0}),
        }  # fmt: skip
        for record in records
    ]


def known_segments(database: Database) -> set[int]:
    """The ids of the saved segments (a flow naming another one matches nobody)."""
    with database.read_session() as session:
        return saved_segment_ids(session=session)


def validate_source(database: Database | None, source: str) -> list[Problem]:
    """Problems of a flow file, or of a stored flow when `source` is its id."""
    if source.isdigit() and database is not None and not Path(source).exists():
        flow = load_flow(database, int(source))[1]
        return validate_flow(flow, saved_segments=known_segments(database))
    try:
        text = Path(source).read_text(encoding="utf-8")
    except OSError as error:
        raise UserError(
            "flow.file_unreadable", path=source, reason=error.strerror or str(error)
        ) from None
    segments = known_segments(database) if database is not None else None
    return validate_flow(flow_from_json(text), saved_segments=segments)


def _refuse_invalid(database: Database, flow: FlowGraph, flow_id: int) -> None:
    found = errors(validate_flow(flow, saved_segments=known_segments(database)))
    if found:
        raise UserError("flow.invalid", flow=flow_id, count=len(found))


def activate_flow(database: Database, flow_id: int, *, now: datetime) -> None:
    """Starts the flow at `now`: it reacts to activity from now on, and to time-based moments
    (birthdays, replenishment, inactivity) that fall after now, never to the backlog."""
    record, flow = load_flow(database, flow_id)
    _refuse_invalid(database, flow, flow_id)
    with database.write_session() as session:
        activate_in_session(session=session, record=record, now=now)


def activate_in_session(*, session: Session, record: FlowRecord, now: datetime) -> None:
    """The writes of `activate_flow` inside the caller's write transaction (the flow already
    checked as valid), so that other changes can be committed together with them."""
    flow_id = record.id
    set_flow_status(session=session, flow_id=flow_id, status="active", activated_at=now, now=now)
    # Runs that start from now on follow this definition; it is kept for as long as
    # runs may still follow it.
    store_version(
        session=session, flow_id=flow_id, version=record.version,
        definition=record.definition, now=now,
    )  # fmt: skip
    # Schedules that fell due while the flow was paused belong to the backlog.
    delete_schedules_before(session=session, flow_id=flow_id, before=now)
    stored = get_flow(session=session, flow_id=flow_id)
    assert stored is not None
    active = active_flow(stored)
    if active.trigger_nodes("trigger.replenishment_due"):
        products = load_products(session=session)
        consumables = [sku for sku, p in products.items() if p.supply(1) is not None]
        orders = consumable_orders(
            session=session, skus=consumables, since=now - REPLENISHMENT_HISTORY
        )
        upsert_schedules(session=session, rows=schedule_rows(active, orders, products), now=now)


def pause_flow(database: Database, flow_id: int, *, now: datetime) -> None:
    """Stops the flow: nothing new enters and waiting runs stay where they are until resumed."""
    _record(database, flow_id)
    with database.write_session() as session:
        set_flow_status(
            session=session, flow_id=flow_id, status="paused", activated_at=None, now=now
        )


def enrol_contacts(
    database: Database, flow_id: int, contact_ids: list[int], *, now: datetime
) -> int:
    """Adds contacts by hand (a flow with a "added by hand" trigger); how many entered."""
    record = _record(database, flow_id)
    if record.status != "active":
        raise UserError("flow.not_active", flow_id=flow_id)
    with database.read_session() as session:
        active = active_flow(as_live(record, latest_versions(session=session, flow_ids=[flow_id])))
    nodes = active.trigger_nodes("trigger.manual")
    if not nodes:
        raise UserError("flow.no_manual_trigger", flow_id=flow_id)
    with database.write_session() as session:
        return enrol(
            session, active, [Candidate(contact, nodes[0].id, now) for contact in contact_ids]
        )


def import_coupon_codes(
    database: Database, list_name: str, codes: list[str], *, now: datetime
) -> int:
    cleaned = [code.strip() for code in codes if code.strip()]
    with database.write_session() as session:
        return add_coupon_codes(session=session, list_name=list_name, codes=cleaned, now=now)
