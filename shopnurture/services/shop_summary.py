"""A few numbers that describe a shop database: where it is and how much it holds."""

from __future__ import annotations

from sqlalchemy import func, select

from shopnurture.data.database import Database
from shopnurture.data.migrations import latest_version
from shopnurture.data.tables import ActivityEvent, Contact, Flow, OutboxMessage, Product


def shop_summary(database: Database) -> dict[str, object]:
    """Stable keys: database, schema_version, contacts, activity_events, products, flows, outbox."""
    counts: dict[str, object] = {"database": str(database.path), "schema_version": latest_version()}
    with database.read_session() as session:
        for key, table in (
            ("contacts", Contact),
            ("activity_events", ActivityEvent),
            ("products", Product),
            ("flows", Flow),
            ("outbox", OutboxMessage),
        ):
            counts[key] = (
                session.connection().execute(select(func.count()).select_from(table)).scalar_one()
            )
    return counts
