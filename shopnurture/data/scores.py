"""Lead score and phase recomputed in SQL, in one set-based UPDATE, for the contacts whose
activity changed (the formulas are domain/scoring.py's); each change lands in score_history."""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterable
from datetime import datetime

from sqlmodel import Session

from shopnurture.data.sql_values import from_sql_time, json_list, sql_time
from shopnurture.domain.scoring import CONSIDERATION_PRODUCT_VIEWS, ScoredEvent, ScoreRules


def _ensure_exp(session: Session) -> None:
    """Some SQLite builds lack math functions: lend them Python's."""
    raw = session.connection().connection.dbapi_connection
    assert isinstance(raw, sqlite3.Connection)
    try:
        raw.execute("SELECT exp(0)").fetchone()
    except sqlite3.OperationalError:
        raw.create_function("exp", 1, math.exp, deterministic=True)


def _points_case(rules: ScoreRules) -> tuple[str, list[object]]:
    parts, params = [], []
    for event_type, points in rules.points.items():
        parts.append("WHEN ? THEN ?")
        params.extend([str(event_type), float(points)])
    return "CASE e.type " + " ".join(parts) + " ELSE 0 END", params


def refresh_scores(
    *,
    session: Session,
    contact_ids: Iterable[int],
    now: datetime,
    rules: ScoreRules | None = None,
    record_history: bool = True,
) -> list[tuple[int, str, str, int, int]]:
    """Recomputes score and phase; returns (contact, old phase, new phase, old score, new score)
    for the contacts whose phase or score changed. Without `record_history` (the daily fading
    of old activity) the changes are not added to score_history."""
    rules = rules or ScoreRules()
    ids = json_list(contact_ids)
    connection = session.connection()
    before = {
        row[0]: (row[1], row[2])
        for row in connection.exec_driver_sql(
            "SELECT id, phase, lead_score FROM contact "
            "WHERE id IN (SELECT value FROM json_each(?))",
            (ids,),
        )
    }
    if not before:
        return []
    _ensure_exp(session)
    case, case_params = _points_case(rules)
    decay = "exp(-0.6931471805599453 * max(julianday(?) - julianday(e.occurred_at), 0) / ?)"
    after = connection.exec_driver_sql(
        "UPDATE contact SET lead_score = CAST(agg.points + 0.5 AS INTEGER) + coalesce("
        "(SELECT points FROM score_adjustment WHERE contact_id = contact.id), 0), "
        "phase = CASE max(agg.rank, CASE contact.phase WHEN 'customer' THEN 2 "
        "WHEN 'consideration' THEN 1 ELSE 0 END) WHEN 2 THEN 'customer' "
        "WHEN 1 THEN 'consideration' ELSE 'awareness' END "
        f"FROM (SELECT e.contact_id AS contact_id, sum(({case} + CASE WHEN e.type = 'order' "
        f"THEN coalesce(e.value_cents, 0) * ? ELSE 0 END) * {decay}) AS points, "
        "CASE WHEN sum(e.type = 'order') > 0 THEN 2 WHEN sum(e.type = 'page_view' AND "
        "e.sku IS NOT NULL) >= ? OR sum(e.type = 'inquiry') > 0 THEN 1 ELSE 0 END AS rank "
        "FROM activity_event e WHERE e.contact_id IN (SELECT value FROM json_each(?)) "
        "AND e.occurred_at <= ? GROUP BY e.contact_id) AS agg WHERE contact.id = agg.contact_id "
        "RETURNING id, phase, lead_score",
        (
            *case_params,
            rules.points_per_cent,
            sql_time(now),
            rules.half_life_days,
            CONSIDERATION_PRODUCT_VIEWS,
            ids,
            sql_time(now),
        ),  # fmt: skip
    )
    changed = []
    for contact_id, phase, score in after.fetchall():
        old_phase, old_score = before[contact_id]
        if (phase, score) != (old_phase, old_score):
            changed.append((contact_id, old_phase, phase, int(old_score), int(score)))
    if changed and record_history:
        connection.exec_driver_sql(
            "INSERT INTO score_history (contact_id, at, lead_score, phase) VALUES (?, ?, ?, ?)",
            [(contact, sql_time(now), score, phase) for contact, _, phase, _, score in changed],
        )
    return changed


def fading_contact_ids(*, session: Session, after_id: int, limit: int) -> list[int]:
    """Contacts above `after_id` whose score still holds activity points (which fade with
    time), in order: everyone else's score is only their flow adjustment."""
    rows = session.connection().exec_driver_sql(
        "SELECT c.id FROM contact AS c LEFT JOIN score_adjustment AS a ON a.contact_id = c.id "
        "WHERE c.id > ? AND c.lead_score != coalesce(a.points, 0) ORDER BY c.id LIMIT ?",
        (after_id, limit),
    )
    return [row[0] for row in rows]


def score_history(*, session: Session, contact_id: int) -> list[tuple[datetime, int, str]]:
    """(moment, score, phase) of each change of a contact's score or phase, oldest first."""
    rows = session.connection().exec_driver_sql(
        "SELECT at, lead_score, phase FROM score_history WHERE contact_id = ? ORDER BY at, id",
        (contact_id,),
    )
    return [(from_sql_time(at), int(score), phase) for at, score, phase in rows]  # type: ignore[misc]


def all_contact_ids(*, session: Session, after_id: int, limit: int) -> list[int]:
    """Contact ids above `after_id`, in order (for refreshing every score in batches)."""
    rows = session.connection().exec_driver_sql(
        "SELECT id FROM contact WHERE id > ? ORDER BY id LIMIT ?", (after_id, limit)
    )
    return [row[0] for row in rows]


def scored_events(*, session: Session, contact_id: int) -> list[ScoredEvent]:
    """A contact's activity as the score sees it, oldest first (for explanations)."""
    rows = session.connection().exec_driver_sql(
        "SELECT type, occurred_at, value_cents, sku, product, category, order_id "
        "FROM activity_event WHERE contact_id = ? ORDER BY occurred_at, id",
        (contact_id,),
    )
    return [
        ScoredEvent(kind, from_sql_time(at), value, sku, product, category, order_id)  # type: ignore[arg-type]
        for kind, at, value, sku, product, category, order_id in rows
    ]


def score_adjustment(*, session: Session, contact_id: int) -> int:
    """Points flows gave the contact on top of their activity."""
    found = (
        session.connection()
        .exec_driver_sql("SELECT points FROM score_adjustment WHERE contact_id = ?", (contact_id,))
        .scalar()
    )
    return int(found or 0)
