"""Reading and writing plain settings rows (values already checked by the domain)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlmodel import Session

from shopnurture.data.clock import utc_now
from shopnurture.data.tables import Setting

SETTING_TABLE = Setting.__table__  # type: ignore[attr-defined]


def stored_settings(*, session: Session) -> dict[str, str]:
    rows = session.connection().execute(select(SETTING_TABLE.c.key, SETTING_TABLE.c.value))
    return {key: value for key, value in rows}


def store_setting(*, session: Session, key: str, value: str) -> None:
    statement = insert(SETTING_TABLE).values(key=key, value=value, updated_at=utc_now())
    statement = statement.on_conflict_do_update(
        index_elements=[SETTING_TABLE.c.key],
        set_={"value": statement.excluded.value, "updated_at": statement.excluded.updated_at},
    )
    session.connection().execute(statement)
