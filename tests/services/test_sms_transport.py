"""SMS through a local server shaped like Twilio's Messages API, and a generic gateway."""

from __future__ import annotations

import pytest

from shopnurture.domain.channel_settings import clean_sms_settings
from shopnurture.errors import UserError, ValidationError
from shopnurture.services.email_transport import Outcome
from shopnurture.services.sms_transport import SmsSender
from tests.services.twilio_server import ACCOUNT_SID, TOKEN, sms_provider

BODY = "Hola Lucía: tu carrito te espera. Responde BAJA para no recibir más."


def test_twilio_shaped_sends_and_replies(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with sms_provider() as provider:
        settings = clean_sms_settings(
            provider="twilio", sender="+34600000001", account=ACCOUNT_SID, base_url=provider.url
        )
        sender = SmsSender(settings, TOKEN)
        sender.check()
        provider.script = [201, 400, 429, 500]
        results = [
            sender.send(to="+34612345678", body=BODY, idempotency_key=f"k{i}") for i in range(4)
        ]
    assert [(r.outcome, r.code) for r in results] == [
        (Outcome.SENT, 201), (Outcome.PERMANENT, 400), (Outcome.RETRY, 429), (Outcome.RETRY, 500)
    ]  # fmt: skip
    assert results[1].detail == "The 'To' number is not valid."
    assert provider.received == [{"To": "+34612345678", "From": "+34600000001", "Body": BODY}]


def test_a_messaging_service_is_used_instead_of_a_number() -> None:
    with sms_provider() as provider:
        settings = clean_sms_settings(
            provider="twilio", sender="MG" + "1" * 32, account=ACCOUNT_SID, base_url=provider.url
        )
        assert (
            SmsSender(settings, TOKEN)
            .send(to="+5215512345678", body="x", idempotency_key="k")
            .outcome
            is Outcome.SENT
        )
    assert provider.received[0]["MessagingServiceSid"] == "MG" + "1" * 32
    assert "From" not in provider.received[0]


def test_a_wrong_token_is_explained_without_showing_it() -> None:
    with sms_provider() as provider:
        settings = clean_sms_settings(
            provider="twilio", sender="+34600000001", account=ACCOUNT_SID, base_url=provider.url
        )
        with pytest.raises(UserError) as caught:
            SmsSender(settings, "wrong-token").check()
    assert caught.value.code == "sms.login_failed"
    assert "wrong-token" not in caught.value.message("es")


def test_the_generic_gateway_gets_json_and_an_idempotency_key() -> None:
    with sms_provider() as provider:
        settings = clean_sms_settings(
            provider="http",
            sender="MITIENDA",
            base_url=provider.url + "/send",
            body_template='{"destino": "{to}", "remitente": "{sender}", "mensaje": "{body}"}',
        )
        result = SmsSender(settings, TOKEN).send(
            to="+34612345678", body='Oferta "especial" ñ', idempotency_key="outbox-42"
        )
    assert result.outcome is Outcome.SENT
    assert provider.received == [
        {"destino": "+34612345678", "remitente": "MITIENDA", "mensaje": 'Oferta "especial" ñ'}
    ]
    assert provider.headers[0]["Idempotency-Key"] == "outbox-42"


def test_nobody_listening_is_worth_a_retry() -> None:
    settings = clean_sms_settings(
        provider="twilio", sender="+34600000001", account=ACCOUNT_SID, base_url="http://127.0.0.1:1"
    )
    assert (
        SmsSender(settings, TOKEN).send(to="+34612345678", body="x", idempotency_key="k").outcome
        is Outcome.RETRY
    )


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"provider": "twilio", "sender": "+34600000001", "account": "XX1"}, "account"),
        (
            {"provider": "http", "sender": "S", "base_url": "http://gateway.example/send"},
            "base_url",
        ),
        (
            {
                "provider": "http",
                "sender": "S",
                "base_url": "https://g.example",
                "body_template": "{}",
            },
            "body_template",
        ),
        ({"provider": "carrier-pigeon", "sender": "S"}, "provider"),
    ],
)
def test_bad_sms_settings_name_the_field(values: dict[str, str], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        clean_sms_settings(**values)
    assert caught.value.field == field
