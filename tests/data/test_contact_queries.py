"""Contact and activity queries: keyset paging, search, indexes, delete and undo."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from shopnurture.data import activity, contacts
from shopnurture.data.contacts import SORT_KEYS


def _fill(database: object, count: int = 437) -> list[int]:
    rng = random.Random(7)
    first = ["José", "Lucía", "Ana", "Íñigo", "María", "Sofía", "Jorge"]
    last = ["Núñez", "García", "Peña", "López", "Ibáñez", "Martín"]
    ids = []
    with database.write_session() as session:
        for i in range(count):
            ids.append(
                contacts.create_contact(
                    session=session,
                    values={
                        "first_name": rng.choice(first),
                        "last_name": f"{rng.choice(last)} {rng.choice(last)}",
                        "email": f"persona{i}@example.es" if i % 9 else None,
                        "phone": f"+3461{i:07d}",
                        "city": rng.choice(["Madrid", "Sevilla", None, "Bogotá"]),
                        "tags": rng.choice(["", "vip", "newsletter,vip"]),
                        "lead_score": rng.randint(0, 30),
                    },
                )
            )
    return ids


@pytest.mark.parametrize("sort", sorted(SORT_KEYS))
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_paging_returns_every_contact_once_in_order(
    database: object, sort: str, descending: bool
) -> None:
    ids = _fill(database)
    seen: list[contacts.ContactListRow] = []
    cursor = None
    with database.read_session() as session:
        while True:
            page = contacts.page_contacts(
                session=session, sort=sort, descending=descending, after=cursor, limit=50
            )
            seen.extend(page.rows)
            cursor = page.next_cursor
            if cursor is None:
                break
        one_go = contacts.page_contacts(
            session=session, sort=sort, descending=descending, limit=10_000
        ).rows
    assert sorted(row.id for row in seen) == sorted(ids)
    assert [row.id for row in seen] == [row.id for row in one_go]
    key = {
        "name": lambda r: (r.last_name, r.first_name, r.id),
        "created": lambda r: (r.created_at, r.id),
        "score": lambda r: (r.lead_score, r.id),
        "email": lambda r: (r.email or "", r.id),
        "city": lambda r: (r.city or "", r.id),
    }[sort]
    assert [key(r) for r in seen] == sorted((key(r) for r in seen), reverse=descending)


def test_search_ignores_accents_and_case_and_covers_tags_and_phone(database: object) -> None:
    with database.write_session() as session:
        contacts.create_contact(
            session=session,
            values={
                "first_name": "José",
                "last_name": "Núñez",
                "email": "jose@example.es",
                "phone": "+34612345678",
                "tags": "vip,mayorista",
                "city": "Cádiz",
            },
        )
        contacts.create_contact(
            session=session,
            values={"first_name": "Ana", "last_name": "Ruiz", "email": "ana@example.mx"},
        )
    with database.read_session() as session:

        def found(query: str) -> list[str]:
            return [
                row.first_name for row in contacts.page_contacts(session=session, search=query).rows
            ]

        assert found("jose nunez") == ["José"]
        assert found("NÚÑEZ") == ["José"]
        assert found("mayorista") == ["José"]
        assert found("612345") == ["José"]
        assert found("cadiz") == ["José"]
        assert found("example.mx") == ["Ana"]
        assert found("100%") == []
        assert contacts.count_contacts(session=session, search="example") == 2


def test_what_did_whom_do_since_when_uses_the_index(database: object) -> None:
    with database.read_session() as session:
        plan = (
            session.connection()
            .exec_driver_sql(
                "EXPLAIN QUERY PLAN " + activity.events_of_contact_since_sql(), (1, "2026-01-01")
            )
            .all()
        )
    details = " ".join(row[-1] for row in plan)
    assert "USING INDEX ix_activity_contact_time" in details
    assert "SCAN activity_event" not in details.replace("USING INDEX", "")


def test_contact_timeline_pages_walk_the_contact_index(database: object) -> None:
    (contact_id,) = _fill(database, 1)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    with database.write_session() as session:
        activity.add_events(
            session=session,
            events=[
                {
                    "contact_id": contact_id,
                    "type": "page_view",
                    "occurred_at": start + timedelta(hours=i),
                }
                for i in range(450)
            ],
        )
    with database.read_session() as session:
        first = activity.page_activity(session=session, contact_id=contact_id, limit=200)
        last = first[-1]
        second = activity.page_activity(
            session=session, contact_id=contact_id, before=(last.occurred_at, last.id), limit=200
        )
        third = activity.page_activity(
            session=session,
            contact_id=contact_id,
            before=(second[-1].occurred_at, second[-1].id),
            limit=200,
        )
    times = [row.occurred_at for row in first + second + third]
    assert len(times) == 450 == len(set(times))
    assert times == sorted(times, reverse=True)
    assert times[0] == start + timedelta(hours=449)


def test_delete_then_restore_brings_back_contacts_with_their_activity(database: object) -> None:
    ids = _fill(database, 5)
    with database.write_session() as session:
        activity.add_events(
            session=session,
            events=[
                {
                    "contact_id": ids[0],
                    "type": "order",
                    "occurred_at": datetime(2026, 5, 1, tzinfo=UTC),
                    "order_id": "A-1",
                    "value_cents": 2599,
                }
            ],
        )
    with database.read_session() as session:
        before = session.connection().execute(text("SELECT * FROM contact ORDER BY id")).all()
    with database.write_session() as session:
        deleted = contacts.delete_contacts(session=session, contact_ids=ids[:2])
    with database.read_session() as session:
        assert contacts.count_contacts(session=session) == 3
        assert activity.count_events(session=session) == 0
    with database.write_session() as session:
        contacts.restore_contacts(session=session, deleted=deleted)
    with database.read_session() as session:
        after = session.connection().execute(text("SELECT * FROM contact ORDER BY id")).all()
        events = activity.page_activity(session=session, contact_id=ids[0])
    assert after == before
    assert [(e.order_id, e.value_cents) for e in events] == [("A-1", 2599)]


@pytest.mark.parametrize(
    "query", ["nunez", "garcia pe", "vip", "sevilla", "persona1", "+34 610", "61 00", "zz", "a"]
)
def test_dense_and_sparse_search_plans_agree_with_a_plain_filter(
    database, monkeypatch, query: str
) -> None:  # type: ignore[no-untyped-def]
    from shopnurture.data import contact_search

    _fill(database, 600)
    words = contact_search.search_words(query)
    with database.read_session() as session:
        everyone = contacts.page_contacts(session=session, limit=10_000).rows
        texts = dict(
            session.connection().execute(text("SELECT id, search_text FROM contact")).all()
        )
    expected = [row.id for row in everyone if all(word in texts[row.id] for word in words)]
    for dense_threshold in (1, 10**9):  # every search dense, then every search sparse
        monkeypatch.setattr(contact_search, "DENSE_MATCHES", dense_threshold)
        with database.read_session() as session:
            rows = contacts.page_contacts(session=session, search=query, limit=10_000).rows
            total = contacts.count_contacts(session=session, search=query)
        assert [row.id for row in rows] == expected
        assert total == len(expected)


def test_a_rare_search_uses_the_trigram_index(database) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy.dialects import sqlite

    from shopnurture.data.contact_search import search_condition

    _fill(database, 50)
    with database.read_session() as session:
        condition = search_condition(session=session, search="nunez")
        statement = select_contacts_where(condition)
        sql = str(
            statement.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
        )
        plan = " ".join(
            row[-1] for row in session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql)
        )
    assert "contact_search VIRTUAL TABLE" in plan
    assert "SCAN contact " not in plan + " "


def select_contacts_where(condition):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    return select(contacts.CONTACT_TABLE.c.id).where(condition)


def test_events_with_different_columns_keep_every_value(database: object) -> None:
    contact_id = _fill(database, count=1)[0]
    when = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    with database.write_session() as session:
        activity.add_events(
            session=session,
            events=[
                {"contact_id": contact_id, "type": "page_view", "occurred_at": when},
                {
                    "contact_id": contact_id,
                    "type": "order",
                    "occurred_at": when + timedelta(hours=1),
                    "sku": "CAF-100",
                    "value_cents": 1450,
                },
            ],
        )
    with database.read_session() as session:
        rows = session.execute(
            text("SELECT type, sku, value_cents FROM activity_event ORDER BY occurred_at")
        ).all()
    assert [tuple(row) for row in rows] == [("page_view", None, None), ("order", "CAF-100", 1450)]
