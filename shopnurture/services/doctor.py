"""`doctor`: are the email and SMS accounts usable? Logs in and checks TLS; sends nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from shopnurture.data.database import Database
from shopnurture.errors import UserError
from shopnurture.messages import render_message
from shopnurture.services.channels import (
    email_secret_key,
    read_email_settings,
    read_sms_settings,
    sms_secret_key,
)
from shopnurture.services.credentials import Credentials


@dataclass(frozen=True)
class Check:
    ok: bool
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, language: str) -> str:
        return render_message(self.code, language, **self.params)


def check_email(database: Database, credentials: Credentials, **connection_options: Any) -> Check:
    from shopnurture.services.email_transport import check_login

    settings = read_email_settings(database)
    if settings is None:
        return Check(False, "channel.email_not_configured")
    try:
        password = None
        if settings.username:
            password = credentials.require(email_secret_key(database, settings), settings.account)
        check_login(settings, password, **connection_options)
    except UserError as error:
        return Check(False, error.code, error.params)
    return Check(
        True,
        "doctor.email_ok",
        {"host": settings.host, "port": settings.port, "security": settings.security},
    )


def check_sms(database: Database, credentials: Credentials) -> Check:
    from shopnurture.services.sms_transport import SmsSender

    settings = read_sms_settings(database)
    if settings is None:
        return Check(False, "channel.sms_not_configured")
    try:
        token = None
        if settings.http_auth != "none" or settings.provider == "twilio":
            token = credentials.require(sms_secret_key(database, settings), settings.secret_account)
        SmsSender(settings, token).check()
    except UserError as error:
        return Check(False, error.code, error.params)
    code = "doctor.sms_ok" if settings.provider == "twilio" else "doctor.sms_gateway_unchecked"
    return Check(True, code, {"provider": settings.provider})


def run_checks(database: Database, credentials: Credentials | None = None) -> dict[str, Check]:
    credentials = credentials or Credentials()
    return {"email": check_email(database, credentials), "sms": check_sms(database, credentials)}


def send_test_email(
    database: Database, to_address: str, credentials: Credentials, language: str
) -> None:
    """One real email to `to_address` (usually the owner's), through the saved account.
    Raises UserError with the reason when it cannot be delivered."""
    from datetime import UTC, datetime

    from shopnurture.services.email_message import OutgoingEmail, build_email, shop_token
    from shopnurture.services.email_transport import Outcome, SmtpConnection

    settings = read_email_settings(database)
    if settings is None:
        raise UserError("channel.email_not_configured")
    password = None
    if settings.username:
        password = credentials.require(email_secret_key(database, settings), settings.account)
    outgoing = OutgoingEmail(
        outbox_id=0,
        to_address=to_address,
        to_name="",
        subject=render_message("doctor.test_email_subject", language),
        body_text=render_message("doctor.test_email_body", language),
        body_html=None,
        marketing=False,
    )
    message = build_email(
        outgoing, settings, token=shop_token(database.path), now=datetime.now(UTC)
    )
    del message["Message-ID"]  # not an outbox message: let each test be its own
    with SmtpConnection(settings, password) as connection:
        result = connection.send(message)
    if result.outcome is not Outcome.SENT:
        raise UserError(
            "doctor.test_not_delivered", reason=f"{result.code or ''} {result.detail}".strip()
        )


def send_test_sms(
    database: Database, to_number: str, credentials: Credentials, language: str
) -> None:
    import uuid

    from shopnurture.services.email_transport import Outcome
    from shopnurture.services.sms_transport import SmsSender

    settings = read_sms_settings(database)
    if settings is None:
        raise UserError("channel.sms_not_configured")
    token = None
    if settings.http_auth != "none" or settings.provider == "twilio":
        token = credentials.require(sms_secret_key(database, settings), settings.secret_account)
    result = SmsSender(settings, token).send(
        to=to_number, body=render_message("doctor.test_sms_body", language),
        idempotency_key=f"test-{uuid.uuid4()}",
    )  # fmt: skip
    if result.outcome is not Outcome.SENT:
        raise UserError(
            "doctor.test_not_delivered", reason=f"{result.code or ''} {result.detail}".strip()
        )
