"""Sending one SMS through the owner's provider: Twilio's Messages API or a generic gateway.

Replies are sorted like email's: sent, retry later (429, 5xx, network trouble) or permanent
(other 4xx, e.g. an invalid number). The generic gateway gets an `Idempotency-Key` header, so
a provider that honours it never sends a retried message twice; Twilio's Messages API has no
such key, which is why a message interrupted mid-send is flagged for the owner instead of
being retried blindly. Runs on the dispatcher's worker thread.
"""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable

from shopnurture.domain.channel_settings import SmsSettings
from shopnurture.errors import UserError
from shopnurture.services.email_transport import Outcome, SendResult

TIMEOUT_SECONDS = 30

Opener = Callable[..., object]


def _basic(user: str, secret: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{secret}".encode()).decode()


def _json_text(value: str) -> str:
    """`value` as it must appear inside a JSON string (quotes and accents escaped)."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


class SmsSender:
    def __init__(self, settings: SmsSettings, token: str | None) -> None:
        self.settings = settings
        self._token = token or ""

    def send(self, *, to: str, body: str, idempotency_key: str) -> SendResult:
        request = (
            self._twilio_request(to, body)
            if self.settings.provider == "twilio"
            else self._gateway_request(to, body, idempotency_key)
        )
        return _perform(request)

    def check(self) -> None:
        """Check the credentials without sending anything (Twilio: read the account)."""
        if self.settings.provider != "twilio":
            return
        url = f"{self.settings.base_url}/2010-04-01/Accounts/{self.settings.account}.json"
        request = urllib.request.Request(url, method="GET")
        request.add_header("Authorization", _basic(self.settings.account, self._token))
        result = _perform(request)
        if result.outcome is not Outcome.SENT:
            if result.code in (401, 403):
                raise UserError("sms.login_failed", provider="Twilio")
            raise UserError("sms.cannot_connect", reason=result.detail or str(result.code))

    def _twilio_request(self, to: str, body: str) -> urllib.request.Request:
        settings = self.settings
        url = f"{settings.base_url}/2010-04-01/Accounts/{settings.account}/Messages.json"
        fields = {"To": to, "Body": body}
        if settings.sender.startswith("MG"):
            fields["MessagingServiceSid"] = settings.sender
        else:
            fields["From"] = settings.sender
        data = urllib.parse.urlencode(fields).encode()
        request = urllib.request.Request(url, data=data, method="POST")
        request.add_header("Content-Type", "application/x-www-form-urlencoded")
        request.add_header("Authorization", _basic(settings.account, self._token))
        return request

    def _gateway_request(self, to: str, body: str, idempotency_key: str) -> urllib.request.Request:
        settings = self.settings
        filled = (
            settings.body_template.replace("{to}", _json_text(to))
            .replace("{sender}", _json_text(settings.sender))
            .replace("{body}", _json_text(body))
        )
        if settings.http_method == "GET":
            query = urllib.parse.urlencode({"to": to, "from": settings.sender, "text": body})
            request = urllib.request.Request(f"{settings.base_url}?{query}", method="GET")
        else:
            request = urllib.request.Request(
                settings.base_url, data=filled.encode("utf-8"), method="POST"
            )
            request.add_header("Content-Type", "application/json; charset=utf-8")
        if settings.http_auth == "bearer":
            request.add_header("Authorization", f"Bearer {self._token}")
        elif settings.http_auth == "basic":
            request.add_header("Authorization", _basic(settings.account, self._token))
        request.add_header("Idempotency-Key", idempotency_key)
        return request


def _perform(request: urllib.request.Request) -> SendResult:
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            status = response.status
            payload = response.read(4096)
    except urllib.error.HTTPError as error:
        status = error.code
        payload = error.read(4096) if error.fp else b""
    except (urllib.error.URLError, OSError) as error:
        return SendResult(Outcome.RETRY, None, type(error).__name__)
    detail = _provider_message(payload)
    if 200 <= status < 300:
        return SendResult(Outcome.SENT, status, detail)
    if status == 429 or status >= 500:
        return SendResult(Outcome.RETRY, status, detail)
    return SendResult(Outcome.PERMANENT, status, detail)


def _provider_message(payload: bytes) -> str:
    """The provider's own short explanation (Twilio: "message"), never the request."""
    try:
        data = json.loads(payload.decode("utf-8", "replace") or "{}")
    except ValueError:
        return ""
    if isinstance(data, dict):
        for key in ("message", "error", "detail", "sid"):
            if isinstance(data.get(key), str):
                return data[key][:300]
    return ""
