"""The dispatcher's email writer: the bytes `email` would put on the wire, written directly.

The `email` generator re-parses and re-folds every header of every message: with a local
server that cost more than the SMTP exchange itself. Here what one account's messages share
is prepared once, and a message is a few string joins. The result is byte for byte what
`build_email(...).as_bytes(policy=WIRE_POLICY)` gives (tests/services/test_email_wire.py
checks it on hundreds of random messages), with CRLF line ends as SMTP wants.
"""

from __future__ import annotations

import random
import re
import sys
from dataclasses import dataclass
from datetime import datetime
from email import quoprimime
from email.utils import format_datetime
from functools import lru_cache

from shopnurture.domain.channel_settings import EmailSettings
from shopnurture.services.email_message import (
    WIRE_POLICY,
    OutgoingEmail,
    build_email,
    encoded_address,
    encoded_subject,
    is_plain_ascii,
    message_id_for,
    personalised_bodies,
)


@dataclass(frozen=True)
class RenderedEmail:
    """One message ready for the wire: envelope addresses and the bytes (CRLF line ends)."""

    sender: str
    recipient: str
    data: bytes
    message_id: str
    international: bool = False
    """The addresses need SMTPUTF8 (RFC 6531)."""


def render_email(
    outgoing: OutgoingEmail, settings: EmailSettings, *, token: str, now: datetime
) -> RenderedEmail:
    message_id = message_id_for(outgoing.outbox_id, token=token, from_address=settings.from_address)
    if not is_plain_ascii(outgoing, settings):  # rare: let the library write raw UTF-8
        data = build_email(outgoing, settings, token=token, now=now).as_bytes()
        return RenderedEmail(settings.from_address, outgoing.to_address, data, message_id, True)
    account = _account(settings)
    link, text, html_body = personalised_bodies(outgoing, settings)
    headers = [
        account.from_line,
        _header_line("To", encoded_address(outgoing.to_name, outgoing.to_address)),
        _subject_line(outgoing.subject),
        _header_line("Message-ID", message_id),
        _date_line(now.replace(microsecond=0)),
        account.reply_to_line,
    ]
    if outgoing.marketing:
        # RFC 2369 and RFC 8058, as in email_message._common_headers.
        mailto = f"<{account.mailto}{int(outgoing.outbox_id)}>"
        if settings.unsubscribe_url:
            headers.append(_ONE_CLICK_LINE)
            headers.append(_header_line("List-Unsubscribe", f"{mailto}, <{link}>"))
        else:
            headers.append(_header_line("List-Unsubscribe", mailto))
    head = "".join(headers)
    text_part = _quoted_printable(text)
    if html_body is None:
        data = f"{_TEXT_PART_HEAD}{head}\r\n{text_part}"
    else:
        boundary = _new_boundary()
        # No clash check is needed: quoted-printable writes every "=" as "=3D", so no body
        # line can look like this boundary.
        data = (
            f"{_multipart_head(boundary)}{head}\r\n"
            f"--{boundary}\r\n{_TEXT_PART_HEAD}\r\n{text_part}\r\n"
            f"--{boundary}\r\n{_HTML_PART_HEAD}\r\n{_quoted_printable(html_body)}\r\n"
            f"--{boundary}--\r\n"
        )
    return RenderedEmail(
        settings.from_address, outgoing.to_address, data.encode("ascii"), message_id
    )


@dataclass(frozen=True)
class _Account:
    """What every message from one email account shares."""

    from_line: str
    reply_to_line: str
    mailto: str
    """The unsubscribe mailto: link without the outbox id at its end."""


@lru_cache(maxsize=8)
def _account(settings: EmailSettings) -> _Account:
    reply_to = _header_line("Reply-To", settings.reply_to) if settings.reply_to else ""
    return _Account(
        from_line=_header_line("From", encoded_address(settings.from_name, settings.from_address)),
        reply_to_line=reply_to,
        mailto=f"mailto:{settings.reply_to or settings.from_address}?subject=unsubscribe%20",
    )


# What the classic API writes around a body part and a multipart message -----------------
_TEXT_PART_HEAD = (
    'Content-Type: text/plain; charset="utf-8"\r\nMIME-Version: 1.0\r\n'
    "Content-Transfer-Encoding: quoted-printable\r\n"
)
_HTML_PART_HEAD = _TEXT_PART_HEAD.replace("text/plain", "text/html")
_ONE_CLICK_LINE = "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"
_BOUNDARY_DIGITS = len(repr(sys.maxsize - 1))  # as email.generator makes them
_BOUNDARY_SLOT = "B" * (15 + _BOUNDARY_DIGITS + 2)
_MULTIPART_HEAD = (
    WIRE_POLICY.fold("Content-Type", f'multipart/alternative; boundary="{_BOUNDARY_SLOT}"')
    + "MIME-Version: 1.0\r\n"
)  # folded once: every boundary has the same length, so every fold is the same
_PLAIN_HEADER = re.compile(r"[!-~]+(?: [!-~]+)*")


def _new_boundary() -> str:
    return f"{'=' * 15}{random.randrange(sys.maxsize):0{_BOUNDARY_DIGITS}d}=="


def _multipart_head(boundary: str) -> str:
    return _MULTIPART_HEAD.replace(_BOUNDARY_SLOT, boundary)


def _header_line(name: str, value: str) -> str:
    """`WIRE_POLICY.fold(name, value)`: a short single-spaced ASCII value needs no folding,
    so it is written as it is; anything else goes through the library."""
    if len(name) + len(value) <= 76 and _PLAIN_HEADER.fullmatch(value):
        return f"{name}: {value}\r\n"
    return WIRE_POLICY.fold(name, value)


@lru_cache(maxsize=1024)
def _subject_line(subject: str) -> str:
    return _header_line("Subject", encoded_subject(subject))


@lru_cache(maxsize=16)
def _date_line(second: datetime) -> str:
    return _header_line("Date", format_datetime(second))


def _quoted_printable(body: str) -> str:
    """The body as MIMEText encodes it with the quoted-printable UTF-8 charset, CRLF ends."""
    return quoprimime.body_encode(body.encode("utf-8").decode("latin-1")).replace("\n", "\r\n")
