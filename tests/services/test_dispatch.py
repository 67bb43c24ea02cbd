"""The dispatcher against a real SMTP server: once, only with consent, retries and limits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from shopnurture.domain.channel_settings import clean_email_settings, clean_sms_settings
from shopnurture.services.channels import save_email_settings, save_sms_settings
from shopnurture.services.credentials import Credentials
from shopnurture.services.dispatch import Dispatcher
from tests.services.outbox_rows import add_contact, queue
from tests.services.smtp_server import smtp_server
from tests.services.twilio_server import ACCOUNT_SID, TOKEN, sms_provider

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
PASSWORD = "clave-ñ"


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def credentials(memory_keyring):  # type: ignore[no-untyped-def]
    return Credentials()


@pytest.fixture
def server():  # type: ignore[no-untyped-def]
    with smtp_server("starttls", users={"ventas": PASSWORD}) as running:
        yield running


def _configure(database, server, credentials, **extra) -> None:  # type: ignore[no-untyped-def]
    settings = clean_email_settings(
        host=server.host, port=server.port, security="starttls", username="ventas",
        from_address="ventas@tienda.example", from_name="La Tiendita", **extra,
    )  # fmt: skip
    save_email_settings(database, settings, credentials=credentials, password=PASSWORD)


def _dispatcher(database, server, credentials, clock) -> Dispatcher:  # type: ignore[no-untyped-def]
    return Dispatcher(
        database, credentials=credentials, clock=clock,
        connection_options={"tls_context": server.client_tls}, sleep=lambda _s: None,
    )  # fmt: skip


def _statuses(database) -> list[tuple]:  # type: ignore[no-untyped-def]
    with database.read_session() as session:
        return [tuple(r) for r in session.connection().execute(
            text("SELECT id, status, reason FROM outbox_message ORDER BY id"))]  # fmt: skip


def test_due_messages_are_sent_exactly_once(database, server, credentials) -> None:  # type: ignore[no-untyped-def]
    _configure(database, server, credentials)
    contact = add_contact(database, "lucia@cliente.example")
    first = queue(database, contact, "lucia@cliente.example", due=NOW - timedelta(minutes=5))
    second = queue(database, contact, "lucia@cliente.example", due=NOW)
    later = queue(database, contact, "lucia@cliente.example", due=NOW + timedelta(hours=1))
    clock = Clock(NOW)
    dispatcher = _dispatcher(database, server, credentials, clock)
    report = dispatcher.dispatch_once()
    assert (report.sent, report.problems) == (2, [])
    assert dispatcher.dispatch_once().sent == 0  # the same tick again sends nothing more
    token = dispatcher._token
    assert server.handler.message_ids() == [
        f"<outbox-{first}.{token}@tienda.example>",
        f"<outbox-{second}.{token}@tienda.example>",
    ]
    assert [s[1] for s in _statuses(database)] == ["sent", "sent", "queued"]
    clock.now = NOW + timedelta(hours=2)
    assert dispatcher.dispatch_once().sent == 1
    assert server.handler.message_ids()[-1] == f"<outbox-{later}.{token}@tienda.example>"


def test_consent_withdrawn_after_queueing_means_no_message(database, server, credentials) -> None:  # type: ignore[no-untyped-def]
    _configure(database, server, credentials)
    contact = add_contact(database, "pepe@cliente.example")
    queue(database, contact, "pepe@cliente.example", due=NOW)
    with database.write_session() as session:
        session.connection().execute(text("UPDATE contact SET email_consent = 'withdrawn'"))
    report = _dispatcher(database, server, credentials, Clock(NOW)).dispatch_once()
    assert (report.sent, report.skipped) == (0, 1)
    assert _statuses(database)[0][1:] == ("skipped", "consent_withdrawn")
    assert server.handler.messages == []


def test_temporary_failures_retry_later_and_permanent_ones_suppress(
    database, server, credentials
) -> None:  # type: ignore[no-untyped-def]
    _configure(database, server, credentials)
    ana = add_contact(database, "ana@cliente.example")
    bad = add_contact(database, "nadie@cliente.example")
    retry_id = queue(database, ana, "ana@cliente.example", due=NOW)
    queue(database, bad, "nadie@cliente.example", due=NOW)
    server.handler.script = ["451 4.7.1 greylisted", "550 5.1.1 no such user"]
    clock = Clock(NOW)
    dispatcher = _dispatcher(database, server, credentials, clock)
    report = dispatcher.dispatch_once()
    assert (report.retried, report.failed, report.sent) == (1, 1, 0)
    with database.read_session() as session:
        next_attempt = (
            session.connection()
            .execute(
                text("SELECT next_attempt_at FROM outbox_message WHERE id = :i"), {"i": retry_id}
            )
            .scalar()
        )
    assert (
        str(NOW + timedelta(minutes=4)) < next_attempt + "+00:00" < str(NOW + timedelta(minutes=7))
    )
    assert dispatcher.dispatch_once().sent == 0  # not yet time to retry
    clock.now = NOW + timedelta(minutes=10)
    assert dispatcher.dispatch_once().sent == 1
    # The refused address gets no more marketing.
    queue(database, bad, "nadie@cliente.example", due=clock.now)
    report = dispatcher.dispatch_once()
    assert (report.sent, report.skipped) == (0, 1)
    assert _statuses(database)[-1][1:] == ("skipped", "suppressed")


def test_retries_stop_after_72_hours(database, server, credentials) -> None:  # type: ignore[no-untyped-def]
    _configure(database, server, credentials)
    contact = add_contact(database, "ana@cliente.example")
    queue(database, contact, "ana@cliente.example", due=NOW, created=NOW - timedelta(hours=73))
    server.handler.script = ["421 4.3.2 try later"]
    report = _dispatcher(database, server, credentials, Clock(NOW)).dispatch_once()
    assert report.failed == 1
    assert _statuses(database)[0][1] == "failed"
    assert _statuses(database)[0][2].startswith("gave up after 72 h")


def test_the_daily_limit_holds_the_rest_until_tomorrow(database, server, credentials) -> None:  # type: ignore[no-untyped-def]
    _configure(database, server, credentials, daily_limit=2)
    contact = add_contact(database, "ana@cliente.example")
    for minutes in range(5):
        queue(database, contact, "ana@cliente.example", due=NOW - timedelta(minutes=minutes))
    clock = Clock(NOW)
    dispatcher = _dispatcher(database, server, credentials, clock)
    assert dispatcher.dispatch_once().sent == 2
    assert dispatcher.dispatch_once().sent == 0
    assert [s[1] for s in _statuses(database)].count("queued") == 3
    clock.now = NOW + timedelta(days=1)
    assert dispatcher.dispatch_once().sent == 2


def test_an_unreachable_server_keeps_everything_queued(database, server, credentials) -> None:  # type: ignore[no-untyped-def]
    settings = clean_email_settings(
        host="127.0.0.1", port=1, security="none", from_address="v@t.example"
    )
    save_email_settings(database, settings, credentials=credentials)
    contact = add_contact(database, "ana@cliente.example")
    queue(database, contact, "ana@cliente.example", due=NOW)
    report = _dispatcher(database, server, credentials, Clock(NOW)).dispatch_once()
    assert report.sent == 0 and report.problems[0].code == "smtp.cannot_connect"
    assert _statuses(database)[0][1] == "queued"
    with database.read_session() as session:
        attempts = (
            session.connection().execute(text("SELECT attempts FROM outbox_message")).scalar()
        )
    assert attempts == 0


def test_a_message_interrupted_mid_send_is_flagged_not_resent(
    database, server, credentials
) -> None:  # type: ignore[no-untyped-def]
    _configure(database, server, credentials)
    contact = add_contact(database, "ana@cliente.example")
    queue(database, contact, "ana@cliente.example", due=NOW)
    with database.write_session() as session:
        session.connection().execute(text("UPDATE outbox_message SET status = 'sending'"))
    dispatcher = _dispatcher(database, server, credentials, Clock(NOW))
    assert dispatcher.recover_interrupted() == 1
    assert dispatcher.dispatch_once().sent == 0
    assert _statuses(database)[0][1] == "flagged"
    assert server.handler.messages == []


def test_no_email_account_is_reported_and_nothing_moves(database, credentials) -> None:  # type: ignore[no-untyped-def]
    contact = add_contact(database, "ana@cliente.example")
    queue(database, contact, "ana@cliente.example", due=NOW)
    report = Dispatcher(database, credentials=credentials, clock=Clock(NOW)).dispatch_once()
    assert [p.code for p in report.problems] == ["channel.email_not_configured"]
    assert _statuses(database)[0][1] == "queued"


def test_sms_go_out_once_with_consent_and_a_rate_limit(database, credentials) -> None:  # type: ignore[no-untyped-def]
    yes = add_contact(database, "a@c.example", phone="+34612345678")
    no = add_contact(database, "b@c.example", phone="+34612345679", sms_consent="withdrawn")
    queue(
        database,
        yes,
        "+34612345678",
        due=NOW,
        channel="sms",
        body="Hola. Responde BAJA para no recibir más.",
    )
    queue(database, no, "+34612345679", due=NOW, channel="sms")
    pauses: list[float] = []
    with sms_provider() as provider:
        settings = clean_sms_settings(provider="twilio", sender="+34600000001", account=ACCOUNT_SID,
                                      base_url=provider.url, per_second_limit=2)  # fmt: skip
        save_sms_settings(database, settings, credentials=credentials, token=TOKEN)
        dispatcher = Dispatcher(
            database, credentials=credentials, clock=Clock(NOW), sleep=pauses.append
        )
        report = dispatcher.dispatch_once()
        assert dispatcher.dispatch_once().sent == 0
    assert (report.sent, report.skipped) == (1, 1)
    assert provider.received == [{"To": "+34612345678", "From": "+34600000001",
                                  "Body": "Hola. Responde BAJA para no recibir más."}]  # fmt: skip
    assert pauses and 0 < pauses[0] <= 0.5


def test_a_second_message_to_a_refused_address_is_stopped_at_its_claim(
    database, server, credentials
) -> None:  # type: ignore[no-untyped-def]
    _configure(database, server, credentials)
    bad = add_contact(database, "nadie@cliente.example")
    queue(database, bad, "nadie@cliente.example", due=NOW - timedelta(minutes=1))
    queue(database, bad, "Nadie@cliente.example", due=NOW)  # read in the same batch
    server.handler.script = ["550 5.1.1 no such user"]  # then it would accept anything
    report = _dispatcher(database, server, credentials, Clock(NOW)).dispatch_once()
    assert (report.failed, report.skipped, report.sent) == (1, 1, 0)
    assert [s[1:] for s in _statuses(database)][1] == ("skipped", "suppressed")
    assert server.handler.messages == []


def test_sent_rows_are_recorded_even_when_a_batch_ends_early(database, server, credentials) -> None:  # type: ignore[no-untyped-def]
    _configure(database, server, credentials)
    contact = add_contact(database, "ana@cliente.example")
    for minutes in range(3):
        queue(database, contact, "ana@cliente.example", due=NOW - timedelta(minutes=minutes))
    report = _dispatcher(database, server, credentials, Clock(NOW)).dispatch_once(
        is_cancelled=lambda: len(server.handler.messages) >= 2  # stopped after two went out
    )
    assert report.sent == 2
    assert sorted(s[1] for s in _statuses(database)) == ["queued", "sent", "sent"]
    assert len(server.handler.messages) == 2
