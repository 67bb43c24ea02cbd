"""Sending through a real SMTP server on 127.0.0.1: security modes, login, and replies."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from shopnurture.domain.channel_settings import clean_email_settings
from shopnurture.errors import UserError, ValidationError
from shopnurture.services.email_message import OutgoingEmail, build_email, shop_token
from shopnurture.services.email_transport import Outcome, SmtpConnection, check_login
from shopnurture.services.email_wire import render_email
from tests.services.smtp_server import DROP, smtp_server

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
PASSWORD = "clave-secreta-ñ"


def _settings(server, security: str, **extra):  # type: ignore[no-untyped-def]
    return clean_email_settings(
        host=server.host, port=server.port, security=security, from_address="ventas@tienda.example",
        from_name="La Tiendita", **extra,
    )  # fmt: skip


def _email(outbox_id: int, marketing: bool = True) -> OutgoingEmail:
    return OutgoingEmail(
        outbox_id=outbox_id,
        to_address="lucia@cliente.example",
        to_name="Lucía Núñez",
        subject="¿Olvidaste algo en tu carrito?",
        body_text="Hola Lucía, tu carrito te espera.\nDarse de baja: responde BAJA.",
        body_html="<p>Hola Lucía, tu carrito te espera.</p>",
        marketing=marketing,
    )


@pytest.mark.parametrize("security", ["none", "starttls", "ssl"])
def test_each_security_mode_delivers_with_login(security: str, tmp_path: Path) -> None:
    mode = {"none": "plain", "starttls": "starttls", "ssl": "ssl"}[security]
    with smtp_server(mode, users={"ventas": PASSWORD}) as server:
        settings = _settings(server, security, username="ventas")
        token = shop_token(tmp_path / "shop.sqlite")
        with SmtpConnection(settings, PASSWORD, tls_context=server.client_tls) as connection:
            results = [
                connection.send(build_email(_email(i), settings, token=token, now=NOW))
                for i in (1, 2, 3)
            ]
        assert [r.outcome for r in results] == [Outcome.SENT] * 3
        received = server.handler.messages
        assert [m["Subject"] for m in received] == ["¿Olvidaste algo en tu carrito?"] * 3
        assert server.handler.message_ids() == [
            f"<outbox-{i}.{token}@tienda.example>" for i in (1, 2, 3)
        ]
        first = received[0]
        assert first["From"] == "La Tiendita <ventas@tienda.example>"
        assert "lucia@cliente.example" in first["To"]
        assert first["List-Unsubscribe"].startswith("<mailto:ventas@tienda.example?subject=")
        assert first["List-Unsubscribe-Post"] is None  # only with an https unsubscribe page
        assert first.is_multipart()


def test_one_click_unsubscribe_headers_when_the_shop_has_a_page(tmp_path: Path) -> None:
    with smtp_server("plain") as server:
        settings = _settings(server, "none", unsubscribe_url="https://tienda.example/baja")
        message = build_email(_email(7), settings, token="t", now=NOW)
        assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert "<https://tienda.example/baja?id=7>" in message["List-Unsubscribe"]
        transactional = build_email(_email(8, marketing=False), settings, token="t", now=NOW)
        assert transactional["List-Unsubscribe"] is None


def test_a_wrong_password_is_explained_without_showing_it() -> None:
    with smtp_server("starttls", users={"ventas": PASSWORD}) as server:
        settings = _settings(server, "starttls", username="ventas")
        with pytest.raises(UserError) as caught:
            check_login(settings, "not-the-password", tls_context=server.client_tls)
    assert caught.value.code == "smtp.login_failed"
    for language in ("es", "en"):
        assert "not-the-password" not in caught.value.message(language)
    assert "rechazó el usuario o la contraseña" in caught.value.message("es")


def test_an_untrusted_certificate_is_refused() -> None:
    import ssl

    with smtp_server("ssl") as server:
        settings = _settings(server, "ssl")
        with pytest.raises(UserError) as caught:
            check_login(settings, None, tls_context=ssl.create_default_context())
    assert caught.value.code == "smtp.tls_failed"


def test_no_server_listening_is_a_clear_message() -> None:
    settings = clean_email_settings(
        host="127.0.0.1", port=1, security="none", from_address="ventas@tienda.example"
    )
    with pytest.raises(UserError) as caught:
        check_login(settings, None)
    assert caught.value.code == "smtp.cannot_connect"
    assert "127.0.0.1:1" in caught.value.message("en")


def test_replies_are_sorted_into_sent_retry_and_permanent() -> None:
    with smtp_server("plain") as server:
        server.handler.script = ["451 4.7.1 try later", "550 5.1.1 no such user", DROP, "250 OK"]
        settings = _settings(server, "none")
        with SmtpConnection(settings, None) as connection:
            outcomes = []
            for i in range(1, 5):
                result = connection.send(build_email(_email(i), settings, token="t", now=NOW))
                outcomes.append((result.outcome, result.code))
        assert outcomes[0] == (Outcome.RETRY, 451)
        assert outcomes[1] == (Outcome.PERMANENT, 550)
        assert outcomes[2][0] == Outcome.RETRY  # dropped connection: try again later
        assert outcomes[3] == (Outcome.SENT, 250)  # reconnected by itself
        assert server.handler.message_ids() == ["<outbox-4.t@tienda.example>"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"security": "none", "host": "smtp.gmail.com"}, "security"),
        ({"port": "70000"}, "port"),
        ({"from_address": "no-es-un-correo"}, "email"),
        ({"unsubscribe_url": "http://tienda.example/baja"}, "unsubscribe_url"),
        ({"daily_limit": "0"}, "daily_limit"),
    ],
)
def test_bad_settings_name_the_field(changes: dict[str, str], field: str) -> None:
    values = {"host": "smtp.example.com", "port": "587", "security": "starttls",
              "from_address": "ventas@tienda.example", **changes}  # fmt: skip
    with pytest.raises(ValidationError) as caught:
        clean_email_settings(**values)
    assert caught.value.field == field


def test_the_unsubscribe_marker_becomes_the_contacts_link() -> None:
    from shopnurture.services.engine.rendering import UNSUBSCRIBE_MARKER

    settings = clean_email_settings(
        host="127.0.0.1", port=25, security="none", from_address="ventas@tienda.example",
        unsubscribe_url="https://tienda.example/baja?lista=1",
    )  # fmt: skip
    outgoing = OutgoingEmail(
        9, "ana@cliente.example", "Ana", "Hola", f"Baja: {UNSUBSCRIBE_MARKER}",
        f'<a href="{UNSUBSCRIBE_MARKER}">Baja</a>',
    )  # fmt: skip
    from email import message_from_bytes, policy

    built = build_email(outgoing, settings, token="t", now=NOW)
    message = message_from_bytes(built.as_bytes(), policy=policy.default)
    text_part = message.get_body(("plain",)).get_content()
    html_part = message.get_body(("html",)).get_content()
    assert "Baja: https://tienda.example/baja?lista=1&id=9" in text_part
    assert 'href="https://tienda.example/baja?lista=1&amp;id=9"' in html_part
    assert UNSUBSCRIBE_MARKER not in text_part + html_part


def test_an_international_address_needs_a_server_that_speaks_smtputf8() -> None:
    for smtputf8, expected in ((True, Outcome.SENT), (False, Outcome.PERMANENT)):
        with smtp_server("plain", smtputf8=smtputf8) as server:
            settings = _settings(server, "none")
            outgoing = OutgoingEmail(5, "lucía@cliente.example", "Lucía", "Hola", "Hola", None)
            with SmtpConnection(settings, None) as connection:
                result = connection.send(build_email(outgoing, settings, token="t", now=NOW))
            assert result.outcome is expected
            if smtputf8:
                assert "<lucía@cliente.example>" in str(server.handler.messages[0]["To"])


def test_the_claim_comes_before_any_content_and_a_refusal_sends_nothing() -> None:
    with smtp_server("plain") as server:
        settings = _settings(server, "none")
        first, second = (render_email(_email(i), settings, token="t", now=NOW) for i in (1, 2))
        seen: list[str] = []

        def claim() -> bool:
            seen.append(f"claim, {len(server.handler.messages)} received")
            return True

        with SmtpConnection(settings, None) as connection:
            refused = connection.send_rendered(first, claim=lambda: False)
            result = connection.send_rendered(
                second, claim=claim, meanwhile=lambda: seen.append("meanwhile")
            )
        assert refused.outcome is Outcome.WITHHELD
        assert result.outcome is Outcome.SENT
        assert seen == ["claim, 0 received", "meanwhile"]
        assert server.handler.message_ids() == [second.message_id]  # the connection went on


def test_a_refusal_of_the_content_is_permanent_and_the_connection_goes_on() -> None:
    with smtp_server("plain") as server:
        settings = _settings(server, "none")
        server.handler.script = ["550 5.1.1 no such user"]
        claims: list[int] = []

        def claim() -> bool:
            claims.append(len(server.handler.messages))
            return True

        with SmtpConnection(settings, None) as connection:
            email = render_email(_email(3), settings, token="t", now=NOW)
            result = connection.send_rendered(email, claim=claim)
            again = connection.send_rendered(email)
        assert (result.outcome, result.code, claims) == (Outcome.PERMANENT, 550, [0])
        assert again.outcome is Outcome.SENT
