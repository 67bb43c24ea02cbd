"""End to end: a cart left behind, `shopnurture run --once`, and the reminder arrives at a real
SMTP server exactly once, with its headers, and the outbox says sent."""

from __future__ import annotations

import io
import json
from datetime import timedelta
from pathlib import Path

from tests.engine.shop import T0, Shop, iso
from tests.services.smtp_server import smtp_server

H = timedelta(hours=1)
PASSWORD = "contraseña-de-la-tienda"


def test_the_cart_reminder_is_delivered_once_with_correct_headers(
    tmp_path: Path, memory_keyring, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    shop = Shop(tmp_path / "shop.sqlite")
    try:
        with smtp_server("starttls", users={"ventas": PASSWORD}) as server:
            monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
            shop.cli(
                "settings", "email", "--host", server.host, "--port", str(server.port),
                "--security", "starttls", "--username", "ventas",
                "--from-address", "ventas@tienda.example", "--from-name", "La Tiendita",
                "--unsubscribe-url", "https://tienda.example/baja", "--password-stdin", now=T0,
            )  # fmt: skip
            # The test server's certificate is signed by its own authority: trust it here.
            monkeypatch.setattr(
                "shopnurture.services.email_transport.ssl.create_default_context",
                lambda: server.client_tls,
            )
            shop.add_flow("cart_abandonment")
            lucia = shop.contact()
            shop.event(lucia, "add_to_cart", T0 + H, sku="ROP-CAM", quantity=1, value_cents=1990)

            first = json.loads(shop.cli("run", "--once", "--json", now=T0 + 3 * H))
            again = json.loads(
                shop.cli("run", "--once", "--json", now=T0 + 3 * H + timedelta(minutes=1))
            )
            received = list(server.handler.messages)
        outbox = json.loads(shop.cli("outbox", "list", "--json", now=T0 + 4 * H))
    finally:
        shop.close()

    assert (first["queued"], first["delivery"]["sent"], first["delivery"]["problems"]) == (
        1,
        1,
        [],
    ), (first, outbox[0]["reason"])
    assert again["delivery"]["sent"] == 0  # the same step never twice
    assert len(received) == 1
    message = received[0]
    assert "<lucía1@example.es>" in str(message["To"])  # an SMTPUTF8 address
    assert message["From"] == "La Tiendita <ventas@tienda.example>"
    assert message["Subject"]
    assert message["Message-ID"].startswith(f"<outbox-{outbox[0]['id']}.")
    assert "<https://tienda.example/baja?id=" in message["List-Unsubscribe"]
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    body = message.get_body(("plain",)).get_content()
    assert "https://tienda.example/baja?id=" in body and "%unsubscribe_url%" not in body
    assert [(row["status"], row["template"]) for row in outbox] == [("sent", "cart_reminder_1")]
    assert iso(T0 + 3 * H)[:13] in (outbox[0]["sent_at"] or "")
