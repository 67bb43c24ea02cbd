"""Building the email for one outbox message: headers that identify it and let people leave.

The Message-ID derives from the outbox id (and the shop), so the same outbox row always
produces the same Message-ID: a receiving server or a test can spot a duplicate.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import quote

from shopnurture.domain.channel_settings import EmailSettings


@dataclass(frozen=True)
class OutgoingEmail:
    outbox_id: int
    to_address: str
    to_name: str
    subject: str
    body_text: str
    body_html: str | None
    marketing: bool = True


def shop_token(database_path: Path) -> str:
    return hashlib.sha256(str(database_path.resolve()).encode()).hexdigest()[:10]


def message_id_for(outbox_id: int, *, token: str, from_address: str) -> str:
    domain = from_address.rsplit("@", 1)[-1]
    return f"<outbox-{outbox_id}.{token}@{domain}>"


def unsubscribe_mailto(settings: EmailSettings, outbox_id: int) -> str:
    subject = quote(f"unsubscribe {outbox_id}")
    return f"mailto:{settings.reply_to or settings.from_address}?subject={subject}"


def build_email(
    outgoing: OutgoingEmail, settings: EmailSettings, *, token: str, now: datetime
) -> EmailMessage:
    message = EmailMessage()
    message["Message-ID"] = message_id_for(
        outgoing.outbox_id, token=token, from_address=settings.from_address
    )
    message["Date"] = format_datetime(now)
    local, _, domain = settings.from_address.partition("@")
    message["From"] = Address(settings.from_name, local, domain)
    to_local, _, to_domain = outgoing.to_address.partition("@")
    message["To"] = Address(outgoing.to_name, to_local, to_domain)
    if settings.reply_to:
        message["Reply-To"] = settings.reply_to
    message["Subject"] = outgoing.subject
    if outgoing.marketing:
        # RFC 2369 and RFC 8058: mail programs show an "unsubscribe" button for these.
        targets = [f"<{unsubscribe_mailto(settings, outgoing.outbox_id)}>"]
        if settings.unsubscribe_url:
            separator = "&" if "?" in settings.unsubscribe_url else "?"
            targets.append(f"<{settings.unsubscribe_url}{separator}id={outgoing.outbox_id}>")
            message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        message["List-Unsubscribe"] = ", ".join(targets)
    message.set_content(outgoing.body_text)
    if outgoing.body_html:
        message.add_alternative(outgoing.body_html, subtype="html")
    return message
