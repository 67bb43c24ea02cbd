"""Who entered a saved segment since the last tick: the segment's members now, in one query
into a temporary table, compared with the members kept from the last tick (segment_member)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlmodel import Session

from shopnurture.data.segments import compile_segment
from shopnurture.data.sql_values import from_sql_time, json_list, sql_time
from shopnurture.domain.segments import segment_from_json, segment_problems
from shopnurture.errors import UserError

_NOW_TABLE = "temp.segment_now"


def take_segment_entries(
    *, session: Session, segment_id: int, now: datetime
) -> tuple[list[int], datetime | None]:
    """(the contacts in the segment at `now` that were not at the last take, the moment of
    that take); this take replaces it. The first take (or the first after the rules changed)
    only records the members: nobody enters. A deleted or unreadable segment has none."""
    connection = session.connection()
    row = connection.exec_driver_sql(
        "SELECT definition, members_at FROM segment WHERE id = ?", (segment_id,)
    ).first()
    if row is None:
        return [], None
    definition, members_at = row
    connection.exec_driver_sql(
        f"CREATE TABLE IF NOT EXISTS {_NOW_TABLE} (contact_id INTEGER PRIMARY KEY)"
    )
    connection.exec_driver_sql(f"DELETE FROM {_NOW_TABLE}")
    try:
        rules = segment_from_json(definition)
    except UserError:
        rules = None
    if rules is not None and not segment_problems(rules):
        sql, params = compile_segment(rules, now=now).positional()
        connection.exec_driver_sql(
            f"INSERT INTO {_NOW_TABLE} (contact_id) SELECT id FROM ({sql})", tuple(params)
        )
    entered: list[int] = []
    if members_at is None:
        connection.exec_driver_sql("DELETE FROM segment_member WHERE segment_id = ?", (segment_id,))
        connection.exec_driver_sql(
            "INSERT INTO segment_member (segment_id, contact_id) "
            f"SELECT ?, contact_id FROM {_NOW_TABLE}",
            (segment_id,),
        )
    else:
        entered = [
            contact_id
            for (contact_id,) in connection.exec_driver_sql(
                f"SELECT n.contact_id FROM {_NOW_TABLE} AS n WHERE NOT EXISTS (SELECT 1 FROM "
                "segment_member AS m WHERE m.segment_id = ? AND m.contact_id = n.contact_id)",
                (segment_id,),
            )
        ]
        connection.exec_driver_sql(
            "DELETE FROM segment_member WHERE segment_id = ? AND contact_id NOT IN "
            f"(SELECT contact_id FROM {_NOW_TABLE})",
            (segment_id,),
        )
        connection.exec_driver_sql(
            "INSERT INTO segment_member (segment_id, contact_id) SELECT ?, value FROM json_each(?)",
            (segment_id, json_list(entered)),
        )
    connection.exec_driver_sql(
        "UPDATE segment SET members_at = ? WHERE id = ?", (sql_time(now), segment_id)
    )
    connection.exec_driver_sql(f"DELETE FROM {_NOW_TABLE}")
    return entered, from_sql_time(members_at)


def forget_unwatched_members(*, session: Session, watched: Collection[int]) -> None:
    """Members kept for segments no active flow is triggered by any more are dropped, so a
    flow activated later starts from fresh members (never from a stale backlog)."""
    connection = session.connection()
    stale = [
        segment_id
        for (segment_id,) in connection.exec_driver_sql(
            "SELECT id FROM segment WHERE members_at IS NOT NULL AND id NOT IN "
            "(SELECT value FROM json_each(?))",
            (json_list(watched),),
        )
    ]
    for segment_id in stale:
        connection.exec_driver_sql("DELETE FROM segment_member WHERE segment_id = ?", (segment_id,))
        connection.exec_driver_sql(
            "UPDATE segment SET members_at = NULL WHERE id = ?", (segment_id,)
        )
