"""The dispatcher's bookkeeping: one transaction a message, never two rows in `sending`."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text

from shopnurture.data import delivery
from tests.services.outbox_rows import add_contact, queue

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def _statuses(database) -> list[str]:  # type: ignore[no-untyped-def]
    with database.read_session() as session:
        rows = session.connection().execute(text("SELECT status FROM outbox_message ORDER BY id"))
        return [status for (status,) in rows]


def test_sent_goes_in_with_the_next_claim_so_one_row_at_most_is_sending(database) -> None:  # type: ignore[no-untyped-def]
    contact = add_contact(database, "ana@cliente.example")
    first, second = (queue(database, contact, "ana@cliente.example", due=NOW) for _ in range(2))
    ledger = delivery.DeliveryLedger(database)
    try:
        assert ledger.claim(first, "email", "ana@cliente.example", NOW)
        assert _statuses(database) == ["sending", "queued"]
        ledger.sent(first, NOW, "<outbox-1@x>")
        assert _statuses(database) == ["sending", "queued"]  # waits for the next claim
        assert ledger.claim(second, "email", "ana@cliente.example", NOW)
        assert _statuses(database) == ["sent", "sending"]
        ledger.sent(second, NOW, "<outbox-2@x>")
    finally:
        ledger.close()  # writes what waits
    assert _statuses(database) == ["sent", "sent"]
    with database.read_session() as session:
        row = (
            session.connection()
            .execute(
                text("SELECT provider_message_id, sent_at > '' FROM outbox_message WHERE id = :i"),
                {"i": second},
            )
            .one()
        )
    assert tuple(row) == ("<outbox-2@x>", 1)


def test_the_claim_rechecks_consent_and_suppression(database) -> None:  # type: ignore[no-untyped-def]
    ana = add_contact(database, "ana@cliente.example")
    pepe = add_contact(database, "pepe@cliente.example")
    withdrawn = queue(database, ana, "ana@cliente.example", due=NOW)
    suppressed = queue(database, pepe, "Pepe@Cliente.example", due=NOW)
    with database.write_session() as session:
        session.connection().execute(
            text("UPDATE contact SET email_consent = 'withdrawn' WHERE id = :i"), {"i": ana}
        )
        delivery.suppress(session=session, channel="email", address="pepe@cliente.example",
                          reason="550", now=NOW)  # fmt: skip
    ledger = delivery.DeliveryLedger(database)
    try:
        assert not ledger.claim(withdrawn, "email", "ana@cliente.example", NOW)
        assert not ledger.claim(suppressed, "email", "Pepe@Cliente.example", NOW)
        assert ledger.is_suppressed("email", "PEPE@cliente.example")
    finally:
        ledger.close()
    assert _statuses(database) == ["queued", "queued"]


def test_the_log_is_checkpointed_while_sending_and_sqlite_resumes_after(database) -> None:  # type: ignore[no-untyped-def]
    ledger = delivery.DeliveryLedger(database)
    ledger.close()
    pooled = database.engine.raw_connection()
    try:
        pages = pooled.driver_connection.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    finally:
        pooled.close()
    assert pages == delivery.AUTOCHECKPOINT_PAGES


def test_claims_are_durable_and_the_pool_gets_its_usual_setting_back(database) -> None:  # type: ignore[no-untyped-def]
    """A claim must survive a power cut (else a message that left could be queued again):
    the ledger's commits flush the log to disk (FULL); the app's other work keeps NORMAL."""
    contact = add_contact(database, "ana@cliente.example")
    message = queue(database, contact, "ana@cliente.example", due=NOW)
    ledger = delivery.DeliveryLedger(database)
    try:
        assert ledger._sqlite.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert ledger.claim(message, "email", "ana@cliente.example", NOW)
    finally:
        ledger.close()
    pooled = database.engine.raw_connection()
    try:
        assert pooled.driver_connection.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    finally:
        pooled.close()
