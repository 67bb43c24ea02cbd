"""Queries behind enrolment: new activity since the high-water mark, repeated activity in a
window, orders and carts, pending schedules, and date / inactivity / audience candidates."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from typing import Any

from sqlmodel import Session

from shopnurture.data.segments import fold_sql
from shopnurture.data.sql_values import from_sql_time, json_list, sql_time
from shopnurture.domain.flows.facts import EventFact
from shopnurture.domain.text_folding import folded

EVENT_COLUMNS = (
    "id, contact_id, type, occurred_at, sku, category, value_cents, order_id, rating, "
    "duration_seconds, source, quantity"
)


@dataclass(frozen=True)
class EventRow:
    id: int
    contact_id: int
    type: str
    occurred_at: datetime
    sku: str | None
    category: str | None
    value_cents: int | None
    order_id: str | None
    rating: int | None
    duration_seconds: int | None
    source: str | None
    quantity: int | None

    @cached_property
    def fact(self) -> EventFact:
        """The event as the domain's rules see it (made once, however many flows look)."""
        return EventFact(
            self.id, self.type, self.occurred_at, self.sku, self.category, self.value_cents,
            self.order_id, self.rating, self.duration_seconds, self.source,
        )  # fmt: skip


def event_row(row: Any) -> EventRow:
    values = list(row)
    values[3] = from_sql_time(values[3])
    return EventRow(*values)


def max_event_id(*, session: Session) -> int:
    value = session.connection().exec_driver_sql("SELECT max(id) FROM activity_event").scalar_one()
    return int(value or 0)


def new_events(
    *,
    session: Session,
    after_id: int,
    upto_id: int,
    types: Iterable[str],
    occurred_from: datetime | None,
    any_time_types: Iterable[str] = (),
) -> list[EventRow]:
    """Events with after_id < id <= upto_id of `types` that occurred from `occurred_from`,
    plus those of `any_time_types` whatever their time (e.g. orders for replenishment)."""
    rows = session.connection().exec_driver_sql(
        # NOT INDEXED: walk the id range (a few new rows), not every view since activation.
        f"SELECT {EVENT_COLUMNS} FROM activity_event NOT INDEXED WHERE id > ? AND id <= ? AND ("
        "(type IN (SELECT value FROM json_each(?)) AND occurred_at >= ?) "
        "OR type IN (SELECT value FROM json_each(?))) ORDER BY occurred_at, id",
        (
            after_id,
            upto_id,
            json_list(types),
            sql_time(occurred_from) if occurred_from is not None else "9999",
            json_list(any_time_types),
        ),
    )
    return [event_row(row) for row in rows]


def contacts_with_new_events(*, session: Session, after_id: int, upto_id: int) -> list[int]:
    return [
        row[0]
        for row in session.connection().exec_driver_sql(
            "SELECT DISTINCT contact_id FROM activity_event WHERE id > ? AND id <= ?",
            (after_id, upto_id),
        )
    ]


def repeat_counts(
    *, session: Session, checks: list[tuple[int, str, str | None, datetime, datetime]]
) -> list[int]:
    """For each (contact, type, sku or None, from, to): how many such events in [from, to]."""
    if not checks:
        return []
    payload = json_list(
        [contact, kind, sku, sql_time(start), sql_time(end)]
        for contact, kind, sku, start, end in checks
    )
    rows = session.connection().exec_driver_sql(
        "SELECT j.key, (SELECT count(*) FROM activity_event e "
        "WHERE e.contact_id = json_extract(j.value, '$[0]') AND e.occurred_at >= "
        "json_extract(j.value, '$[3]') AND e.occurred_at <= json_extract(j.value, '$[4]') "
        "AND +e.type = json_extract(j.value, '$[1]') AND (json_extract(j.value, '$[2]') IS NULL "
        "OR e.sku = json_extract(j.value, '$[2]'))) FROM json_each(?) AS j ORDER BY j.key",
        (payload,),
    )
    return [int(row[1]) for row in rows]


def order_numbers(*, session: Session, orders: list[tuple[int, datetime]]) -> list[int]:
    """For each (contact, order time): how many distinct orders the contact had by then."""
    if not orders:
        return []
    payload = json_list([contact, sql_time(moment)] for contact, moment in orders)
    rows = session.connection().exec_driver_sql(
        "SELECT j.key, (SELECT count(DISTINCT coalesce(e.order_id, e.id)) FROM activity_event e "
        "WHERE e.contact_id = json_extract(j.value, '$[0]') AND +e.type = 'order' "
        "AND e.occurred_at <= json_extract(j.value, '$[1]')) FROM json_each(?) AS j ORDER BY j.key",
        (payload,),
    )
    return [int(row[1]) for row in rows]


# Schedules -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ScheduleRow:
    id: int
    flow_id: int
    contact_id: int
    trigger_node: str
    trigger_key: str
    due_at: datetime
    anchor_at: datetime
    context: str


def upsert_schedules(
    *,
    session: Session,
    rows: list[tuple[int, int, str, str, datetime, datetime, str]],
    now: datetime,
) -> None:
    """(flow, contact, trigger node, key, due, anchor, context): a newer anchor replaces an
    older schedule with the same key; an older one (activity imported late) changes nothing."""
    if not rows:
        return
    session.connection().exec_driver_sql(
        "INSERT INTO flow_schedule (flow_id, contact_id, trigger_node, trigger_key, due_at, "
        "anchor_at, context, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (flow_id, trigger_key) DO UPDATE SET due_at = excluded.due_at, "
        "anchor_at = excluded.anchor_at, trigger_node = excluded.trigger_node, "
        "context = excluded.context "
        "WHERE excluded.anchor_at > flow_schedule.anchor_at",
        [
            (flow, contact, node, key, sql_time(due), sql_time(anchor), context, sql_time(now))
            for flow, contact, node, key, due, anchor, context in rows
        ],
    )


def due_schedules(
    *, session: Session, now: datetime, flow_ids: Iterable[int], limit: int
) -> list[ScheduleRow]:
    rows = session.connection().exec_driver_sql(
        "SELECT id, flow_id, contact_id, trigger_node, trigger_key, due_at, anchor_at, context "
        "FROM flow_schedule WHERE due_at <= ? AND +flow_id IN (SELECT value FROM json_each(?)) "
        "ORDER BY due_at LIMIT ?",
        (sql_time(now), json_list(flow_ids), limit),
    )
    return [
        ScheduleRow(r[0], r[1], r[2], r[3], r[4], from_sql_time(r[5]), from_sql_time(r[6]), r[7])  # type: ignore[arg-type]
        for r in rows
    ]


def next_schedule_due(*, session: Session, flow_ids: Iterable[int]) -> datetime | None:
    return from_sql_time(
        session.connection()
        .exec_driver_sql(
            "SELECT min(due_at) FROM flow_schedule "
            "WHERE flow_id IN (SELECT value FROM json_each(?))",
            (json_list(flow_ids),),
        )
        .scalar_one()
    )


def delete_schedules(*, session: Session, ids: Iterable[int]) -> None:
    session.connection().exec_driver_sql(
        "DELETE FROM flow_schedule WHERE id IN (SELECT value FROM json_each(?))", (json_list(ids),)
    )


def delete_schedules_before(*, session: Session, flow_id: int, before: datetime) -> None:
    session.connection().exec_driver_sql(
        "DELETE FROM flow_schedule WHERE flow_id = ? AND due_at < ?", (flow_id, sql_time(before))
    )


def consumable_orders(*, session: Session, skus: Iterable[str], since: datetime) -> list[EventRow]:
    """Orders of these products from `since` on (the backlog a new replenishment flow needs)."""
    rows = session.connection().exec_driver_sql(
        f"SELECT {EVENT_COLUMNS} FROM activity_event WHERE type = 'order' AND occurred_at >= ? "
        "AND sku IN (SELECT value FROM json_each(?)) ORDER BY occurred_at",
        (sql_time(since), json_list(skus)),
    )
    return [event_row(row) for row in rows]


# Calendar and state-based candidates ---------------------------------------------------------


def anniversary_candidates(
    *, session: Session, field: str, month_days: Iterable[str]
) -> list[tuple[int, date, str | None]]:
    """(contact, birthday or signup date, time zone) whose anniversary falls on these days."""
    column = "birthday" if field == "birthday" else "date(created_at)"
    rows = session.connection().exec_driver_sql(
        f"SELECT id, {column}, time_zone FROM contact WHERE {column} IS NOT NULL AND "
        f"substr({column}, 6, 5) IN (SELECT value FROM json_each(?))",
        (json_list(month_days),),
    )
    return [(row[0], date.fromisoformat(str(row[1])[:10]), row[2]) for row in rows]


def inactive_contacts(
    *, session: Session, of_orders: bool, start: datetime, end: datetime
) -> list[tuple[int, datetime]]:
    """Contacts whose last order (or last activity) happened in (start, end]."""
    kind = "AND e.type = 'order'" if of_orders else ""
    later_kind = "AND +later.type = 'order'" if of_orders else ""  # + : by contact, not type
    rows = session.connection().exec_driver_sql(
        f"SELECT e.contact_id, max(e.occurred_at) FROM activity_event e WHERE e.occurred_at > ? "
        f"AND e.occurred_at <= ? {kind} AND NOT EXISTS (SELECT 1 FROM "
        "activity_event later WHERE later.contact_id = e.contact_id AND later.occurred_at > "
        f"e.occurred_at {later_kind}) GROUP BY e.contact_id",
        (sql_time(start), sql_time(end)),
    )
    return [(row[0], from_sql_time(row[1])) for row in rows]  # type: ignore[misc]


_AUDIENCE_COLUMNS = {
    "consent.email": "email_consent",
    "consent.sms": "sms_consent",
    "score": "lead_score",
    "phase": "phase",
}


_EMPTY = "''"


def audience_condition(rules: list[Mapping[str, Any]], match: str) -> tuple[str, list[Any]]:
    """SQL for contact-only rules (see domain/flows/conditions.py); same answers, in bulk."""
    parts: list[str] = []
    params: list[Any] = []
    for rule in rules:
        field, op, value = str(rule.get("field")), str(rule.get("op")), rule.get("value")
        if field == "tags":
            tags = fold_sql("tags", ascii_form="tags")  # stored in lower case
            clause = f"(',' || {tags} || ',') LIKE ('%,' || ? || ',%')"
            parts.append(clause if op == "has" else f"NOT {clause}")
            params.append(folded(str(value).strip()))
            continue
        column = _AUDIENCE_COLUMNS.get(field) or field.removeprefix("contact.")
        if not column.isidentifier():
            raise ValueError(field)
        if field == "score":
            symbol = {"eq": "=", "ne": "!=", "ge": ">=", "gt": ">", "le": "<=", "lt": "<"}[op]
            parts.append(f"{column} {symbol} ?")
            params.append(float(value or 0))
        elif op in ("eq", "ne"):
            parts.append(f"{fold_sql(f'coalesce({column}, {_EMPTY})')} "
                         f"{'=' if op == 'eq' else '!='} ?")  # fmt: skip
            params.append(folded(value or ""))
        elif op in ("in", "not_in"):
            values = value if isinstance(value, list | tuple) else str(value).split(",")
            negate = "NOT " if op == "not_in" else ""
            parts.append(
                f"{fold_sql(f'coalesce({column}, {_EMPTY})')} {negate}IN "
                "(SELECT value FROM json_each(?))"
            )
            params.append(json_list(folded(str(v).strip()) for v in values))
        elif op == "is_set":
            parts.append(f"coalesce({column}, '') != ''")
        elif op == "is_empty":
            parts.append(f"coalesce({column}, '') = ''")
        elif op == "contains":
            parts.append(f"instr({fold_sql(f'coalesce({column}, {_EMPTY})')}, ?) > 0")
            params.append(folded(value))
    if not parts:
        return "1", []
    return "(" + (" OR " if match == "any" else " AND ").join(parts) + ")", params


def enrol_audience(
    *,
    session: Session,
    flow_id: int,
    flow_version: int,
    node_id: str,
    planned: datetime,
    rules: list[Mapping[str, Any]],
    match: str,
    context: str,
    reentry_mode: str,
    reentry_after: datetime,
) -> int:
    """Starts a run for every contact in the audience, in one statement (an offer to all)."""
    condition, params = audience_condition(rules, match)
    blocked, blocked_params = "status IN ('active', 'waiting')", []
    if reentry_mode == "once":
        blocked = "1"
    elif reentry_mode == "once_per_days":
        blocked, blocked_params = blocked + " OR entered_at > ?", [sql_time(reentry_after)]
    connection = session.connection()
    before = connection.exec_driver_sql("SELECT total_changes()").scalar_one()
    connection.exec_driver_sql(
        "INSERT OR IGNORE INTO flow_run (flow_id, contact_id, flow_version, status, current_node, "
        "due_at, context, entered_at) SELECT ?, id, ?, 'waiting', ?, ?, ?, ? FROM contact "
        f"WHERE {condition} AND NOT EXISTS (SELECT 1 FROM flow_run r WHERE r.flow_id = ? AND "
        f"r.contact_id = contact.id AND ({blocked}))",
        (
            flow_id,
            flow_version,
            node_id,
            sql_time(planned),
            context,
            sql_time(planned),
            *params,
            flow_id,
            *blocked_params,
        ),  # fmt: skip
    )
    return int(connection.exec_driver_sql("SELECT total_changes()").scalar_one() - before)
