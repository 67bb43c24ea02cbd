"""Sending what the engine queued: email over the owner's SMTP account, SMS over their provider.

Exactly once: each message is marked `sending` and committed before its content goes out
(while the server handles MAIL FROM, so the two overlap), and marked `sent` once the server
accepts it, in the same transaction as the next message's claim; a crash in between leaves
it `sending`, and the next start flags it for the owner instead of resending. Consent and
suppression are checked again in that claim. Temporary failures are retried with
exponential backoff and jitter for up to 72 hours; permanent ones (5xx) fail and suppress
the address for marketing. Runs on the scheduler's worker thread (or the CLI); never
touches Qt.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from shopnurture.data import delivery
from shopnurture.data.clock import utc_now
from shopnurture.data.database import Database
from shopnurture.domain.channel_settings import EmailSettings
from shopnurture.domain.sending_rules import consent_block
from shopnurture.errors import UserError
from shopnurture.services.channels import (
    email_secret_key,
    read_email_settings,
    read_sms_settings,
    sms_secret_key,
)
from shopnurture.services.collector import collect_young, young_collections_only
from shopnurture.services.credentials import Credentials
from shopnurture.services.email_message import OutgoingEmail, shop_token
from shopnurture.services.email_transport import Outcome, SendResult, SmtpConnection
from shopnurture.services.email_wire import RenderedEmail, render_email
from shopnurture.services.settings import read_settings
from shopnurture.services.sms_transport import SmsSender

log = logging.getLogger(__name__)

RETRY_FOR = timedelta(hours=72)
FIRST_RETRY = timedelta(minutes=5)
LONGEST_RETRY_WAIT = timedelta(hours=6)
BUILD_AHEAD = 16
INTERRUPTED_REASON = "interrupted while sending: check whether it arrived, then resend or cancel"


@dataclass
class DispatchReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    skipped: int = 0
    flagged: int = 0
    problems: list[UserError] = field(default_factory=list)
    """Account problems (not configured, wrong password…): their messages stay queued."""

    def add(self, other: DispatchReport) -> None:
        for name in ("sent", "retried", "failed", "skipped", "flagged"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.problems.extend(other.problems)


def retry_delay(attempts: int, jitter: float) -> timedelta:
    """5 min, 10, 20, 40… capped at 6 h; ±20 % jitter so retries don't arrive in a burst."""
    base = min(FIRST_RETRY * (2 ** max(0, attempts - 1)), LONGEST_RETRY_WAIT)
    return base * (0.8 + 0.4 * jitter)


class Dispatcher:
    def __init__(
        self,
        database: Database,
        *,
        credentials: Credentials | None = None,
        clock: Callable[[], datetime] = utc_now,
        connection_options: dict[str, object] | None = None,
        batch_size: int = 200,
        rng: random.Random | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.database = database
        self.credentials = credentials or Credentials()
        self.clock = clock
        self.connection_options = connection_options or {}
        self.batch_size = batch_size
        self.rng = rng or random.Random()
        self.sleep = sleep
        self._token = shop_token(database.path)

    # Start-up ---------------------------------------------------------------------------
    def recover_interrupted(self) -> int:
        """Flag messages a stopped process left mid-send. Call once before dispatching."""
        with self.database.write_session() as session:
            count = delivery.flag_interrupted(
                session=session, now=self.clock(), reason=INTERRUPTED_REASON
            )
        if count:
            log.warning("%d message(s) were interrupted mid-send and need a decision", count)
        return count

    def dispatch_once(self, *, is_cancelled: Callable[[], bool] | None = None) -> DispatchReport:
        """Send every due message (up to the daily limit), email first, then SMS."""
        cancelled = is_cancelled or (lambda: False)
        report = DispatchReport()
        self._ledger = delivery.DeliveryLedger(self.database)
        # The sender runs beside the GUI thread: no full collections while it works (they
        # froze the window for up to 75 ms); young objects are collected between batches.
        with young_collections_only():
            try:
                report.add(self._dispatch_email(cancelled))
                report.add(self._dispatch_sms(cancelled))
            finally:
                self._ledger.close()
        return report

    # Email ------------------------------------------------------------------------------
    def _dispatch_email(self, cancelled: Callable[[], bool]) -> DispatchReport:
        report = DispatchReport()
        settings = read_email_settings(self.database)
        if settings is None:
            if self._has_due("email"):
                report.problems.append(UserError("channel.email_not_configured"))
            return report
        password = None
        if settings.username:
            password = self.credentials.get(email_secret_key(self.database, settings))
        remaining = settings.daily_limit - self._sent_today("email")
        connection = SmtpConnection(settings, password, **self.connection_options)  # type: ignore[arg-type]
        try:
            while remaining > 0 and not cancelled():
                due = self._due("email", min(self.batch_size, remaining))
                if not due:
                    break
                sent = self._send_emails(due, settings, connection, report, remaining, cancelled)
                collect_young()
                if sent is None:  # the account itself: everything waits for the owner
                    break
                remaining -= sent
        finally:
            connection.close()
        return report

    def _send_emails(
        self,
        due: list[delivery.DueMessage],
        settings: EmailSettings,
        connection: SmtpConnection,
        report: DispatchReport,
        limit: int,
        cancelled: Callable[[], bool],
    ) -> int | None:
        """Send a batch over the open connection; how many went out, None on an account
        problem. Each next message is built while the server reads the current one."""
        prepared: dict[int, RenderedEmail | Exception] = {}
        sent = 0
        for index, message in enumerate(due):
            if cancelled() or sent >= limit:
                break
            if self._skip_if_blocked(message, "email", report):
                continue
            email = prepared.pop(message.id, None) or self._render(message, settings)
            if isinstance(email, ValueError | UnicodeError):  # one bad row must not stop the rest
                self._record_unbuildable(message, email, report)
                continue
            if isinstance(email, Exception):
                raise email
            upcoming = due[index + 1 : index + 1 + BUILD_AHEAD]

            def build_upcoming(upcoming: list[delivery.DueMessage] = upcoming) -> None:
                # A few at a time: one after another they run several times faster.
                if upcoming and upcoming[0].id not in prepared:
                    for later in upcoming:
                        prepared[later.id] = self._render(later, settings)

            def claim(message: delivery.DueMessage = message) -> bool:
                # Committed before the content leaves: a crash after this flags, never resends.
                return self._ledger.claim(message.id, "email", message.recipient, self.clock())

            try:
                result = connection.send_rendered(email, claim=claim, meanwhile=build_upcoming)
            except UserError as error:  # cannot connect or log in; nothing was claimed
                report.problems.append(error)
                return None
            self._record(message, "email", result, report, provider_id=email.message_id)
            if result.outcome is Outcome.SENT:
                sent += 1
        return sent

    def _render(
        self, message: delivery.DueMessage, settings: EmailSettings
    ) -> RenderedEmail | Exception:
        """The message's bytes, or the error that kept it from being built (raised later, by
        the loop, so it never interrupts a message on the wire)."""
        outgoing = OutgoingEmail(
            outbox_id=message.id,
            to_address=message.recipient,
            to_name=message.contact_name,
            subject=message.subject or "",
            body_text=message.body_text,
            body_html=message.body_html,
        )
        try:
            return render_email(outgoing, settings, token=self._token, now=self.clock())
        except Exception as error:  # noqa: BLE001 - handed to the loop, see above
            return error

    # SMS --------------------------------------------------------------------------------
    def _dispatch_sms(self, cancelled: Callable[[], bool]) -> DispatchReport:
        report = DispatchReport()
        settings = read_sms_settings(self.database)
        if settings is None:
            if self._has_due("sms"):
                report.problems.append(UserError("channel.sms_not_configured"))
            return report
        token = self.credentials.get(sms_secret_key(self.database, settings))
        sender = SmsSender(settings, token)
        pause = 1.0 / settings.per_second_limit
        while not cancelled():
            due = self._due("sms", self.batch_size)
            if not due:
                break
            for message in due:
                if cancelled():
                    break
                if self._skip_if_blocked(message, "sms", report):
                    continue
                if not self._ledger.claim(message.id, "sms", message.recipient, self.clock()):
                    self._withheld(message, "sms", report)
                    continue
                started = time.monotonic()
                result = sender.send(
                    to=message.recipient,
                    body=message.body_text,
                    idempotency_key=message.idempotency_key,
                )
                if result.code in (401, 403):  # the token: every other message would fail too
                    self._release(message)
                    report.problems.append(
                        UserError("sms.login_failed", provider=settings.provider)
                    )
                    return report
                self._record(message, "sms", result, report, provider_id=result.detail or None)
                self.sleep(max(0.0, pause - (time.monotonic() - started)))
            collect_young()
        return report

    # Shared steps -----------------------------------------------------------------------
    def _due(self, channel: str, limit: int) -> list[delivery.DueMessage]:
        return self._ledger.due(channel, self.clock(), limit)

    @contextmanager
    def _outbox_write(self) -> Iterator[Session]:
        """A write session for the rarer outcomes, after any "sent" the ledger holds."""
        self._ledger.flush()
        with self.database.write_session() as session:
            yield session

    def _release(self, message: delivery.DueMessage) -> None:
        with self._outbox_write() as session:
            delivery.release_claim(session=session, message_id=message.id, now=self.clock())

    def _has_due(self, channel: str) -> bool:
        with self.database.read_session() as session:
            return delivery.has_due(session=session, channel=channel, now=self.clock())

    def _sent_today(self, channel: str) -> int:
        zone = ZoneInfo(read_settings(self.database)["timezone"])
        local_midnight = (
            self.clock().astimezone(zone).replace(hour=0, minute=0, second=0, microsecond=0)
        )
        with self.database.read_session() as session:
            return delivery.sent_since(
                session=session, channel=channel, since=local_midnight.astimezone(UTC)
            )

    def _skip_if_blocked(
        self, message: delivery.DueMessage, channel: str, report: DispatchReport
    ) -> bool:
        """Consent as read with the batch; the claim checks it again, with suppression."""
        consent = message.email_consent if channel == "email" else message.sms_consent
        reason = consent_block(channel, consent or "unknown", message.recipient, ())
        if message.contact_id is None:
            reason = reason or "contact_deleted"
        if reason is None:
            return False
        if message.recipient and self._ledger.is_suppressed(channel, message.recipient):
            reason = "suppressed"
        self._record_skipped(message, reason, report)
        return True

    def _withheld(self, message: delivery.DueMessage, channel: str, report: DispatchReport) -> None:
        """The claim was refused. A suppressed address is recorded as skipped now; consent
        withdrawn a moment ago (or a row the owner changed) is left for the next pass."""
        if message.recipient and self._ledger.is_suppressed(channel, message.recipient):
            self._record_skipped(message, "suppressed", report)

    def _record_skipped(
        self, message: delivery.DueMessage, reason: str, report: DispatchReport
    ) -> None:
        with self._outbox_write() as session:
            delivery.record_skipped(
                session=session, message_id=message.id, now=self.clock(), reason=reason
            )
        report.skipped += 1

    def _record_unbuildable(
        self, message: delivery.DueMessage, error: Exception, report: DispatchReport
    ) -> None:
        log.warning("outbox message %s cannot be built: %s", message.id, type(error).__name__)
        with self._outbox_write() as session:
            delivery.record_failed(
                session=session, message_id=message.id, now=self.clock(),
                reason=f"cannot be built: {type(error).__name__}",
            )  # fmt: skip
        report.failed += 1

    def _record(
        self,
        message: delivery.DueMessage,
        channel: str,
        result: SendResult,
        report: DispatchReport,
        *,
        provider_id: str | None,
    ) -> None:
        now = self.clock()
        if result.outcome is Outcome.SENT:
            if channel == "email":  # committed with the next claim: one transaction a message
                self._ledger.sent(message.id, now, provider_id)
            else:
                self._ledger.record_sent(message.id, now, provider_id)
            report.sent += 1
            return
        if result.outcome is Outcome.WITHHELD:
            self._withheld(message, channel, report)
            return
        with self._outbox_write() as session:
            reason = f"{result.code or ''} {result.detail}".strip()
            if result.outcome is Outcome.PERMANENT:
                delivery.record_failed(
                    session=session, message_id=message.id, now=now, reason=reason
                )
                delivery.suppress(
                    session=session,
                    channel=channel,
                    address=message.recipient,
                    reason=reason,
                    now=now,
                )
                report.failed += 1
            elif now - message.created_at >= RETRY_FOR:
                delivery.record_failed(
                    session=session, message_id=message.id, now=now,
                    reason=f"gave up after 72 h: {reason}",
                )  # fmt: skip
                report.failed += 1
            else:
                wait = retry_delay(message.attempts + 1, self.rng.random())  # this one counts
                delivery.record_retry(
                    session=session, message_id=message.id, now=now,
                    next_attempt_at=now + wait, reason=reason,
                )  # fmt: skip
                report.retried += 1
