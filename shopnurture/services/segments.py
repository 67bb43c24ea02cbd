"""Saved segments: save, rename, delete, list; count a segment, list its contacts, export them
to Excel. Any thread may call these; each opens its own session."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from shopnurture.data import saved_segments as store
from shopnurture.data.database import Database
from shopnurture.data.segments import SegmentQuery, compile_segment, count_segment
from shopnurture.data.segments import segment_contact_ids as query_contact_ids
from shopnurture.domain.segments import (
    Group,
    check_segment,
    rule_count,
    segment_from_json,
    segment_to_json,
)
from shopnurture.errors import UserError

MAX_NAME = 80


@dataclass(frozen=True)
class SavedSegment:
    id: int
    name: str
    rules: Group
    updated_at: datetime

    @property
    def rule_count(self) -> int:
        return rule_count(self.rules)


def _saved(row: store.SegmentRow) -> SavedSegment:
    return SavedSegment(row.id, row.name, segment_from_json(row.definition), row.updated_at)


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise UserError("segment.name_empty")
    if len(cleaned) > MAX_NAME:
        raise UserError("segment.name_too_long", limit=MAX_NAME)
    return cleaned


def list_segments(database: Database) -> list[SavedSegment]:
    with database.read_session() as session:
        return [_saved(row) for row in store.list_segment_rows(session=session)]


def find_segment(database: Database, name_or_id: str | int) -> SavedSegment:
    """A saved segment by id or by name (any case); UserError("segment.unknown") if none."""
    with database.read_session() as session:
        row = None
        if isinstance(name_or_id, int) or str(name_or_id).strip().isdigit():
            row = store.get_segment_row(session=session, segment_id=int(name_or_id))
        if row is None:
            row = store.find_segment_row(session=session, name=str(name_or_id))
    if row is None:
        raise UserError("segment.unknown", segment=str(name_or_id))
    return _saved(row)


def save_segment(
    database: Database, name: str, rules: Group, *, segment_id: int | None = None
) -> SavedSegment:
    """Create a segment, or replace the rules (and name) of `segment_id`. Raises UserError for
    an empty or taken name, or rules that cannot be counted."""
    cleaned = _clean_name(name)
    check_segment(rules)
    definition = json.dumps(segment_to_json(rules), ensure_ascii=False, sort_keys=True)
    with database.write_session() as session:
        taken = store.find_segment_row(session=session, name=cleaned)
        if taken is not None and taken.id != segment_id:
            raise UserError("segment.name_taken", name=cleaned)
        if segment_id is None:
            segment_id = store.insert_segment(session=session, name=cleaned, definition=definition)
        elif not store.update_segment(
            session=session, segment_id=segment_id, name=cleaned, definition=definition
        ):
            raise UserError("segment.unknown", segment=str(segment_id))
    return find_segment(database, segment_id)


def rename_segment(database: Database, segment_id: int, name: str) -> SavedSegment:
    return save_segment(database, name, find_segment(database, segment_id).rules,
                        segment_id=segment_id)  # fmt: skip


def delete_segment(database: Database, segment_id: int) -> None:
    with database.write_session() as session:
        if not store.delete_segment(session=session, segment_id=segment_id):
            raise UserError("segment.unknown", segment=str(segment_id))


def segment_query(rules: Group, *, now: datetime) -> SegmentQuery:
    check_segment(rules)
    return compile_segment(rules, now=now)


def count_contacts_in(database: Database, rules: Group, *, now: datetime) -> int:
    """How many contacts are in the segment at `now` (one query; see bench/bench_segments.py)."""
    query = segment_query(rules, now=now)
    with database.read_session() as session:
        return count_segment(session=session, query=query)


def contact_ids_in(
    database: Database, rules: Group, *, now: datetime, limit: int | None = None
) -> list[int]:
    query = segment_query(rules, now=now)
    with database.read_session() as session:
        return query_contact_ids(session=session, query=query, limit=limit)


def export_segment(
    database: Database, rules: Group, path: Path | str, *, now: datetime, language: str = "es"
) -> int:
    """The segment's contacts to an .xlsx (the contact export's columns); returns the count."""
    from shopnurture.services.exporting import export_contacts

    return export_contacts(database, path, language=language, segment=segment_query(rules, now=now))
