"""Talking to the owner's SMTP server: one connection reused for a batch of messages.

Replies are sorted into what the dispatcher needs to know: delivered, worth retrying later
(4xx, a dropped connection, a timeout) or permanent (5xx). Problems with the account itself
(unreachable server, TLS, wrong password) are UserErrors with a message for the owner, which
never contain the password. Runs on the dispatcher's worker thread.
"""

from __future__ import annotations

import base64
import functools
import re
import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from email.base64mime import body_encode
from email.message import Message
from email.policy import compat32
from email.utils import parseaddr
from enum import StrEnum

from shopnurture.domain.channel_settings import EmailSettings
from shopnurture.errors import UserError
from shopnurture.services.email_message import WIRE_POLICY
from shopnurture.services.email_wire import RenderedEmail

CONNECT_TIMEOUT_SECONDS = 30
_LEADING_DOT = re.compile(rb"(?m)^\.")  # SMTP dot-stuffing, as smtplib does it
_PLAIN_ADDRESS = re.compile(r"[^\s<>()\[\]\\,;:\"]+@[^\s<>()\[\]\\,;:\"]+")


class Outcome(StrEnum):
    SENT = "sent"
    RETRY = "retry"
    PERMANENT = "permanent"
    WITHHELD = "withheld"
    """The claim was refused (consent withdrawn, suppressed…): nothing left."""


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
        self._tls_context = tls_context
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
                    settings.host, settings.port, timeout=self._timeout, context=self._tls()
                )
            else:
                smtp = _Smtp(settings.host, settings.port, timeout=self._timeout)
                if settings.security == "starttls":
                    smtp.starttls(context=self._tls())
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

    def _tls(self) -> ssl.SSLContext:
        return self._tls_context or _system_tls_context()

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
        """Send one `email` message (see `send_rendered`)."""
        sender = parseaddr(str(message["From"]))[1]
        recipient = parseaddr(str(message["To"]))[1]
        data = message.as_bytes(policy=WIRE_POLICY if message.policy is compat32 else None)
        return self.send_rendered(
            RenderedEmail(sender, recipient, data, str(message["Message-ID"]),
                          international=not (sender + recipient).isascii())
        )  # fmt: skip

    def send_rendered(
        self,
        email: RenderedEmail,
        *,
        claim: Callable[[], bool] = lambda: True,
        meanwhile: Callable[[], None] = lambda: None,
    ) -> SendResult:
        """Send one message. After a RETRY caused by the connection, `is_open` is False.

        `claim` is called exactly once, while the server handles MAIL FROM, and always
        before any of the message's content is transmitted; when it returns False nothing is
        sent (the envelope is reset) and the outcome is WITHHELD. `meanwhile` runs while the
        server reads the content: work that would otherwise wait for its reply (if it
        raises, the outcome is unknown: the connection is dropped and the error raised).
        """
        smtp = self._opened()
        early: SendResult | None = None
        try:
            early = self._refusal(smtp, email)
            if early is None:
                smtp.putcmd("mail", f"FROM:{_envelope(email.sender)}{self._options(smtp, email)}")
        except (smtplib.SMTPException, OSError) as error:
            self._drop()
            early = SendResult(Outcome.RETRY, None, _describe(error))
        try:
            claimed = claim()
        except BaseException:
            self._drop()  # the server's reply to MAIL FROM is still unread
            raise
        if early is not None:
            return early if claimed else SendResult(Outcome.WITHHELD)
        withheld = SendResult(Outcome.WITHHELD)
        try:
            if not claimed:
                self._reply(smtp)
                smtp.rset()
                return withheld
            return self._transaction(smtp, email, meanwhile)
        except smtplib.SMTPResponseException as error:
            if error.smtp_code == 421:  # the server is closing the connection
                self._drop()
            else:
                self._reset(smtp)
            failure = _classified(error.smtp_code, error.smtp_error)
        except (smtplib.SMTPException, OSError) as error:
            self._drop()
            failure = SendResult(Outcome.RETRY, None, _describe(error))
        return failure if claimed else withheld

    def _opened(self) -> smtplib.SMTP:
        if self._smtp is None:
            self.open()
        assert self._smtp is not None
        return self._smtp

    @staticmethod
    def _refusal(smtp: smtplib.SMTP, email: RenderedEmail) -> SendResult | None:
        smtp.ehlo_or_helo_if_needed()
        if email.international and not smtp.has_extn("smtputf8"):
            return SendResult(Outcome.PERMANENT, None, "the server cannot deliver to this address")
        return None

    @staticmethod
    def _options(smtp: smtplib.SMTP, email: RenderedEmail) -> str:
        options = []
        if smtp.does_esmtp and smtp.has_extn("size"):
            options.append(f" SIZE={len(email.data)}")
        if email.international:
            smtp.command_encoding = "utf-8"
            options.append(" SMTPUTF8")
        return "".join(options)

    @staticmethod
    def _reply(smtp: smtplib.SMTP, *expected: int) -> None:
        code, reply = smtp.getreply()
        if code not in (expected or (250,)):
            raise smtplib.SMTPResponseException(code, reply)

    def _transaction(
        self, smtp: smtplib.SMTP, email: RenderedEmail, meanwhile: Callable[[], None]
    ) -> SendResult:
        """MAIL FROM's reply, then RCPT TO, DATA and the content, as smtplib.sendmail does."""
        self._reply(smtp)
        smtp.putcmd("rcpt", f"TO:{_envelope(email.recipient)}")
        self._reply(smtp, 250, 251)
        smtp.putcmd("data")
        self._reply(smtp, 354)
        content = _LEADING_DOT.sub(b"..", email.data)
        smtp.send(content + (b".\r\n" if content.endswith(b"\r\n") else b"\r\n.\r\n"))
        try:
            meanwhile()
        except BaseException:
            self._drop()
            raise
        self._reply(smtp)
        return SendResult(Outcome.SENT, 250)

    def _reset(self, smtp: smtplib.SMTP) -> None:
        try:
            smtp.rset()
        except (smtplib.SMTPException, OSError):
            self._drop()

    def _drop(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.close()
            finally:
                self._smtp = None


@functools.cache
def _system_tls_context() -> ssl.SSLContext:
    """Made once, when first needed: loading the system's certificates takes tens of
    milliseconds, which every dispatch (once a minute) paid even without TLS."""
    return ssl.create_default_context()


def _envelope(address: str) -> str:
    """<address> for MAIL FROM / RCPT TO; smtplib's parsing only when it is not plain."""
    return f"<{address}>" if _PLAIN_ADDRESS.fullmatch(address) else smtplib.quoteaddr(address)


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
