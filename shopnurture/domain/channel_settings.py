"""How the owner's email (SMTP) and SMS accounts are reached: checked settings, no secrets.

Passwords and tokens are not part of these settings: they live in the OS keyring
(`services.credentials`), keyed by the account named here.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import urlparse

from shopnurture.domain.contact_fields import normalize_email
from shopnurture.errors import ValidationError

SECURITY_MODES = ("ssl", "starttls", "none")
SMS_PROVIDERS = ("twilio", "http")
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
DEFAULT_DAILY_EMAIL_LIMIT = 500


@dataclass(frozen=True)
class EmailSettings:
    host: str
    port: int
    security: str
    from_address: str
    from_name: str = ""
    username: str | None = None
    reply_to: str | None = None
    daily_limit: int = DEFAULT_DAILY_EMAIL_LIMIT
    unsubscribe_url: str | None = None
    """An https page where a customer can unsubscribe with one click, if the owner has one."""

    @property
    def account(self) -> str:
        """The name the password is stored under in the keyring."""
        return f"{self.username or self.from_address}@{self.host}"

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> EmailSettings:
        return cls(**json.loads(text))


@dataclass(frozen=True)
class SmsSettings:
    provider: str
    sender: str
    """The 'From' number (E.164) or, for Twilio, a Messaging Service SID (MG…)."""
    account: str = ""
    """Twilio's Account SID, or the gateway's user name (empty when it needs none)."""
    base_url: str = "https://api.twilio.com"
    http_method: str = "POST"
    http_auth: str = "bearer"
    """For the generic gateway: bearer (token), basic (account + token) or none."""
    body_template: str = '{"to": "{to}", "from": "{sender}", "text": "{body}"}'
    per_second_limit: float = 1.0

    @property
    def secret_account(self) -> str:
        return f"{self.provider}:{self.account or self.sender}"

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> SmsSettings:
        return cls(**json.loads(text))


def _required(field: str, value: str | None) -> str:
    cleaned = (value or "").strip()
    if not cleaned:
        raise ValidationError(field, "channel.required", field=field)
    return cleaned


def _port(value: Any) -> int:
    try:
        port = int(value)
    except (TypeError, ValueError):
        port = 0
    if not 1 <= port <= 65535:
        raise ValidationError("port", "channel.port_invalid", value=value)
    return port


def clean_email_settings(
    *,
    host: str,
    port: Any,
    security: str,
    from_address: str,
    from_name: str = "",
    username: str | None = None,
    reply_to: str | None = None,
    daily_limit: Any = DEFAULT_DAILY_EMAIL_LIMIT,
    unsubscribe_url: str | None = None,
) -> EmailSettings:
    """Checked email settings; raises ValidationError naming the field."""
    host = _required("host", host).lower()
    security = (security or "").strip().lower()
    if security not in SECURITY_MODES:
        raise ValidationError("security", "channel.security_invalid", value=security)
    if security == "none" and host not in LOCAL_HOSTS:
        # A password and customers' addresses must never cross the internet in clear text.
        raise ValidationError("security", "channel.plain_only_localhost", host=host)
    sender = normalize_email(_required("from_address", from_address))
    reply = normalize_email(reply_to) if reply_to and reply_to.strip() else None
    try:
        limit = int(daily_limit)
    except (TypeError, ValueError):
        limit = -1
    if limit < 1:
        raise ValidationError("daily_limit", "channel.daily_limit_invalid", value=daily_limit)
    url = (unsubscribe_url or "").strip() or None
    if url is not None and urlparse(url).scheme != "https":
        raise ValidationError("unsubscribe_url", "channel.unsubscribe_url_invalid", value=url)
    return EmailSettings(
        host=host,
        port=_port(port),
        security=security,
        from_address=sender or "",
        from_name=(from_name or "").strip(),
        username=(username or "").strip() or None,
        reply_to=reply,
        daily_limit=limit,
        unsubscribe_url=url,
    )


def clean_sms_settings(
    *,
    provider: str,
    sender: str,
    account: str = "",
    base_url: str | None = None,
    http_method: str = "POST",
    http_auth: str = "bearer",
    body_template: str | None = None,
    per_second_limit: Any = 1.0,
) -> SmsSettings:
    provider = (provider or "").strip().lower()
    if provider not in SMS_PROVIDERS:
        raise ValidationError("provider", "channel.sms_provider_invalid", value=provider)
    sender = _required("sender", sender)
    account = (account or "").strip()
    if provider == "twilio" and not account.startswith("AC"):
        raise ValidationError("account", "channel.twilio_sid_invalid", value=account)
    default = SmsSettings(provider=provider, sender=sender)
    url = (base_url or "").strip() or (default.base_url if provider == "twilio" else "")
    parsed = urlparse(url)
    local = parsed.hostname in LOCAL_HOSTS
    if parsed.scheme not in ("https", "http") or (parsed.scheme == "http" and not local):
        raise ValidationError("base_url", "channel.base_url_invalid", value=url)
    method = (http_method or "POST").strip().upper()
    if method not in ("POST", "GET"):
        raise ValidationError("http_method", "channel.http_method_invalid", value=http_method)
    auth = (http_auth or "bearer").strip().lower()
    if auth not in ("bearer", "basic", "none"):
        raise ValidationError("http_auth", "channel.http_auth_invalid", value=http_auth)
    template = body_template or default.body_template
    if provider == "http" and "{body}" not in template:
        raise ValidationError("body_template", "channel.body_template_invalid")
    try:
        rate = float(per_second_limit)
    except (TypeError, ValueError):
        rate = 0.0
    if rate <= 0:
        raise ValidationError("per_second_limit", "channel.rate_invalid", value=per_second_limit)
    return SmsSettings(
        provider=provider,
        sender=sender,
        account=account,
        base_url=url.rstrip("/"),
        http_method=method,
        http_auth=auth,
        body_template=template,
        per_second_limit=rate,
    )
