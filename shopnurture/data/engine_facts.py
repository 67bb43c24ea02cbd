"""What the engine reads to decide a batch of steps: contacts, their recent activity, order
counts and the catalogue, each in one query for the whole batch."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from shopnurture.data.contacts import search_text_for
from shopnurture.data.sql_values import from_sql_time, json_list, sql_time
from shopnurture.data.triggers import EVENT_COLUMNS, EventRow, event_row
from shopnurture.domain.flows.facts import ContactFacts, ProductFact

CONTACT_COLUMNS = (
    "id, email, phone, first_name, last_name, language, time_zone, country, city, tags, "
    "email_consent, sms_consent, lead_score, phase, birthday, created_at"
)


def contact_facts(row: Any, order_count: int | None = None) -> ContactFacts:
    birthday = row[14]
    return ContactFacts(
        id=row[0], email=row[1], phone=row[2], first_name=row[3] or "", last_name=row[4] or "",
        language=row[5], time_zone=row[6], country=row[7], city=row[8],
        tags=tuple(tag for tag in (row[9] or "").split(",") if tag),
        email_consent=row[10], sms_consent=row[11], lead_score=int(row[12] or 0), phase=row[13],
        birthday=date.fromisoformat(str(birthday)[:10]) if birthday else None,
        created_at=from_sql_time(row[15]), order_count=order_count,
    )  # fmt: skip


def load_contacts(*, session: Session, contact_ids: Iterable[int]) -> dict[int, ContactFacts]:
    rows = session.connection().exec_driver_sql(
        f"SELECT {CONTACT_COLUMNS} FROM contact WHERE id IN (SELECT value FROM json_each(?))",
        (json_list(contact_ids),),
    )
    return {row[0]: contact_facts(row) for row in rows}


def events_since(
    *, session: Session, since_by_contact: Mapping[int, datetime], until: datetime
) -> dict[int, list[EventRow]]:
    """Each contact's events from its own `since` up to `until`, oldest first.

    One query: a JSON object {contact: since} drives lookups on ix_activity_contact_time.
    """
    if not since_by_contact:
        return {}
    payload = json_list([contact, sql_time(since)] for contact, since in since_by_contact.items())
    rows = session.connection().exec_driver_sql(events_since_sql(), (payload, sql_time(until)))
    found: dict[int, list[EventRow]] = {}
    for row in rows:
        event = event_row(row)
        found.setdefault(event.contact_id, []).append(event)
    return found


def events_since_sql() -> str:
    columns = ", ".join(f"e.{name.strip()}" for name in EVENT_COLUMNS.split(","))
    return (
        f"SELECT {columns} FROM json_each(?) AS j CROSS JOIN activity_event AS e "
        "ON e.contact_id = json_extract(j.value, '$[0]') "
        "AND e.occurred_at >= json_extract(j.value, '$[1]') AND e.occurred_at <= ? "
        "ORDER BY e.contact_id, e.occurred_at, e.id"
    )


def order_counts(*, session: Session, contact_ids: Iterable[int]) -> dict[int, int]:
    rows = session.connection().exec_driver_sql(
        "SELECT contact_id, count(DISTINCT coalesce(order_id, id)) FROM activity_event "
        "WHERE contact_id IN (SELECT value FROM json_each(?)) AND type = 'order' "
        "GROUP BY contact_id",
        (json_list(contact_ids),),
    )
    return {row[0]: int(row[1]) for row in rows}


def load_products(*, session: Session) -> dict[str, ProductFact]:
    rows = session.connection().exec_driver_sql(
        "SELECT sku, name, category, price_cents, stock, kind, units_per_pack, units_per_day, "
        "shipping_days, upgrade_sku, related_skus FROM product"
    )
    return {
        row[0]: ProductFact(
            *row[:10],
            related_skus=tuple(s.strip() for s in (row[10] or "").split(",") if s.strip()),
        )
        for row in rows
    }


def update_contacts(
    *, session: Session, changes: Mapping[int, dict[str, Any]], current: Mapping[int, ContactFacts]
) -> None:
    """Writes tags / phase changes made by flows (the search text follows the tags)."""
    rows = []
    for contact_id, change in changes.items():
        contact = current[contact_id]
        tags = ",".join(sorted(change.get("tags", contact.tags)))
        values = {
            "first_name": contact.first_name, "last_name": contact.last_name,
            "email": contact.email, "phone": contact.phone, "city": contact.city, "tags": tags,
        }  # fmt: skip
        rows.append((tags, search_text_for(values), change.get("phase", contact.phase), contact_id))
    if rows:
        session.connection().exec_driver_sql(
            "UPDATE contact SET tags = ?, search_text = ?, phase = ? WHERE id = ?", rows
        )


def adjust_scores(*, session: Session, points: Mapping[int, int], now: datetime) -> None:
    """Adds flow-given points to the contact's score and to its lasting adjustment."""
    rows = [(contact, delta) for contact, delta in points.items() if delta]
    if not rows:
        return
    connection = session.connection()
    connection.exec_driver_sql(
        "INSERT INTO score_adjustment (contact_id, points, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT (contact_id) DO UPDATE SET points = points + excluded.points, "
        "updated_at = excluded.updated_at",
        [(contact, delta, sql_time(now)) for contact, delta in rows],
    )
    connection.exec_driver_sql(
        "UPDATE contact SET lead_score = lead_score + ? WHERE id = ?",
        [(delta, contact) for contact, delta in rows],
    )
