"""Talking to the owner's SMTP server: one connection reused for a batch of messages.

Replies are sorted into what the dispatcher needs to know: delivered, worth retrying later
(4xx, a dropped connection, a timeout) or permanent (5xx). Problems with the account itself
(unreachable server, TLS, wrong password) are UserErrors with a message for the owner, which
never contain the password. Runs on the dispatcher's worker thread.
"""

from __future__ import annotations

import base64
import smtplib
import socket
import ssl
from dataclasses import dataclass
from email.base64mime import body_encode
from email.message import Message
from email.utils import parseaddr
from enum import StrEnum

from shopnurture.domain.channel_settings import EmailSettings
from shopnurture.errors import UserError

CONNECT_TIMEOUT_SECONDS = 30


class Outcome(StrEnum):
    SENT = "sent"
    RETRY = "retry"
    PERMANENT = "permanent"


@dataclass(frozen=True)
class SendResult:
    outcome: Outcome
    code: int | None = None
    detail: str = ""


class _Utf8Auth:
    """smtplib encodes AUTH as ASCII, so a password like "contraseña" cannot log in.

    RFC 4954 (with SASLprep) allows UTF-8; this is smtplib's `SMTP.auth` with that change.
    """

    def auth(self, mechanism, authobject, *, initial_response_ok=True):  # type: ignore[no-untyped-def]
        mechanism = mechanism.upper()
        initial = authobject() if initial_response_ok else None
        if initial is not None:
            encoded = body_encode(initial.encode("utf-8"), eol="")
            code, reply = self.docmd("AUTH", f"{mechanism} {encoded}")
            self._auth_challenge_count = 1
        else:
            code, reply = self.docmd("AUTH", mechanism)
            self._auth_challenge_count = 0
        while code == 334:
            self._auth_challenge_count += 1
            challenge = base64.decodebytes(reply)
            answer = body_encode(authobject(challenge).encode("utf-8"), eol="")
            code, reply = self.docmd(answer)
            if self._auth_challenge_count > 5:
                raise smtplib.SMTPException("too many AUTH challenges")
        if code in (235, 503):
            return code, reply
        raise smtplib.SMTPAuthenticationError(code, reply)


class _Smtp(_Utf8Auth, smtplib.SMTP):
    pass


class _SmtpSsl(_Utf8Auth, smtplib.SMTP_SSL):
    pass


def _login(smtp: smtplib.SMTP, username: str, password: str) -> None:
    """PLAIN or LOGIN (the mechanisms that carry UTF-8 passwords), as the server offers."""
    smtp.ehlo_or_helo_if_needed()
    if not smtp.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("AUTH")
    offered = smtp.esmtp_features["auth"].upper().split()
    smtp.user, smtp.password = username, password
    for mechanism in ("PLAIN", "LOGIN"):
        if mechanism in offered:
            smtp.auth(mechanism, getattr(smtp, f"auth_{mechanism.lower()}"))
            return
    raise smtplib.SMTPNotSupportedError("AUTH PLAIN/LOGIN")


class SmtpConnection:
    """An open, logged-in SMTP session. Use as a context manager; `send` keeps it alive."""

    def __init__(
        self,
        settings: EmailSettings,
        password: str | None,
        *,
        tls_context: ssl.SSLContext | None = None,
        timeout: float = CONNECT_TIMEOUT_SECONDS,
    ) -> None:
        self.settings = settings
        self._password = password
        self._tls_context = tls_context or ssl.create_default_context()
        self._timeout = timeout
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> SmtpConnection:
        self.open()
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def open(self) -> None:
        settings = self.settings
        where = {"host": settings.host, "port": settings.port}
        try:
            if settings.security == "ssl":
                smtp: smtplib.SMTP = _SmtpSsl(
                    settings.host, settings.port, timeout=self._timeout, context=self._tls_context
                )
            else:
                smtp = _Smtp(settings.host, settings.port, timeout=self._timeout)
                if settings.security == "starttls":
                    smtp.starttls(context=self._tls_context)
        except ssl.SSLError as error:
            raise UserError("smtp.tls_failed", reason=error.reason or "TLS", **where) from None
        except smtplib.SMTPNotSupportedError:
            raise UserError("smtp.tls_failed", reason="STARTTLS", **where) from None
        except (OSError, smtplib.SMTPException) as error:
            raise UserError("smtp.cannot_connect", reason=_describe(error), **where) from None
        if settings.username:
            try:
                _login(smtp, settings.username, self._password or "")
            except smtplib.SMTPAuthenticationError:
                smtp.close()
                raise UserError("smtp.login_failed", host=settings.host) from None
            except smtplib.SMTPNotSupportedError:
                smtp.close()
                raise UserError("smtp.no_auth", host=settings.host) from None
            except (OSError, smtplib.SMTPException) as error:
                smtp.close()
                raise UserError("smtp.cannot_connect", reason=_describe(error), **where) from None
        self._smtp = smtp

    def close(self) -> None:
        if self._smtp is None:
            return
        try:
            self._smtp.quit()
        except (OSError, smtplib.SMTPException):
            self._smtp.close()
        self._smtp = None

    @property
    def is_open(self) -> bool:
        return self._smtp is not None

    def send(self, message: Message) -> SendResult:
        """Send one message. After a RETRY caused by the connection, `is_open` is False."""
        if self._smtp is None:
            self.open()
        assert self._smtp is not None
        sender = parseaddr(str(message["From"]))[1]
        recipient = parseaddr(str(message["To"]))[1]
        international = not (sender + recipient).isascii()
        if international:
            try:
                self._smtp.ehlo_or_helo_if_needed()
            except (smtplib.SMTPException, OSError) as error:
                self._drop()
                return SendResult(Outcome.RETRY, None, _describe(error))
        if international and not self._smtp.has_extn("smtputf8"):
            return SendResult(Outcome.PERMANENT, None, "the server cannot deliver to this address")
        try:
            refused = self._smtp.sendmail(
                sender,
                [recipient],
                message.as_string().encode("utf-8"),
                mail_options=["SMTPUTF8"] if international else (),
            )
        except smtplib.SMTPRecipientsRefused as error:
            code, reply = next(iter(error.recipients.values()))
            return _classified(code, reply)
        except smtplib.SMTPResponseException as error:
            if error.smtp_code in (421,):  # the server is closing the connection
                self._drop()
            return _classified(error.smtp_code, error.smtp_error)
        except (smtplib.SMTPServerDisconnected, OSError) as error:
            self._drop()
            return SendResult(Outcome.RETRY, None, _describe(error))
        if refused:
            code, reply = next(iter(refused.values()))
            return _classified(code, reply)
        return SendResult(Outcome.SENT, 250)

    def _drop(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.close()
            finally:
                self._smtp = None


def _classified(code: int, reply: bytes | str) -> SendResult:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    outcome = Outcome.PERMANENT if 500 <= code < 600 else Outcome.RETRY
    return SendResult(outcome, code, text[:300])


def _describe(error: BaseException) -> str:
    if isinstance(error, socket.timeout | TimeoutError):
        return "timeout"
    if isinstance(error, ConnectionRefusedError):
        return "connection refused"
    if isinstance(error, socket.gaierror):
        return "unknown host"
    return type(error).__name__


def check_login(
    settings: EmailSettings, password: str | None, *, tls_context: ssl.SSLContext | None = None
) -> None:
    """Connect, secure and log in, then leave: sends nothing. Raises UserError on problems."""
    with SmtpConnection(settings, password, tls_context=tls_context):
        pass
