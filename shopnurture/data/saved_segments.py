"""The segments the owner saved: name and rules (JSON), read and written by id."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, delete, insert, select, update
from sqlmodel import Session

from shopnurture.data.clock import utc_now
from shopnurture.data.sql_values import from_sql_time
from shopnurture.data.tables import Segment

SEGMENT_TABLE = Segment.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class SegmentRow:
    id: int
    name: str
    definition: str
    updated_at: datetime


def _row(row: object) -> SegmentRow:
    id_, name, definition, updated_at = row  # type: ignore[misc]
    moment = from_sql_time(updated_at)
    assert moment is not None
    return SegmentRow(int(id_), str(name), str(definition), moment)


_COLUMNS = (SEGMENT_TABLE.c.id, SEGMENT_TABLE.c.name, SEGMENT_TABLE.c.definition,
            SEGMENT_TABLE.c.updated_at)  # fmt: skip


def list_segment_rows(*, session: Session) -> list[SegmentRow]:
    rows = session.connection().execute(select(*_COLUMNS).order_by(SEGMENT_TABLE.c.name))
    return [_row(row) for row in rows]


def saved_segment_ids(*, session: Session) -> set[int]:
    return {int(row[0]) for row in session.connection().execute(select(SEGMENT_TABLE.c.id))}


def get_segment_row(*, session: Session, segment_id: int) -> SegmentRow | None:
    row = (
        session.connection()
        .execute(select(*_COLUMNS).where(SEGMENT_TABLE.c.id == segment_id))
        .first()
    )
    return _row(row) if row is not None else None


def find_segment_row(*, session: Session, name: str) -> SegmentRow | None:
    """By name, ignoring case."""
    for row in list_segment_rows(session=session):
        if row.name.casefold() == name.strip().casefold():
            return row
    return None


def insert_segment(*, session: Session, name: str, definition: str) -> int:
    now = utc_now()
    result = session.connection().execute(
        insert(SEGMENT_TABLE).values(
            name=name, definition=definition, created_at=now, updated_at=now
        )
    )
    return int(result.inserted_primary_key[0])


def update_segment(
    *, session: Session, segment_id: int, name: str | None = None, definition: str | None = None
) -> bool:
    values: dict[str, object] = {"updated_at": utc_now()}
    if name is not None:
        values["name"] = name
    if definition is not None:
        values["definition"] = definition
        # Other rules, other members: the next tick takes them again without anyone "entering".
        values["members_at"] = case(
            (SEGMENT_TABLE.c.definition == definition, SEGMENT_TABLE.c.members_at), else_=None
        )
    result = session.connection().execute(
        update(SEGMENT_TABLE).where(SEGMENT_TABLE.c.id == segment_id).values(**values)
    )
    return bool(result.rowcount)


def delete_segment(*, session: Session, segment_id: int) -> bool:
    result = session.connection().execute(
        delete(SEGMENT_TABLE).where(SEGMENT_TABLE.c.id == segment_id)
    )
    return bool(result.rowcount)
