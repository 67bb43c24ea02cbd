"""The dispatcher's fast writer gives byte for byte what the `email` library writes."""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime
from email import message_from_bytes, policy

from shopnurture.domain.channel_settings import clean_email_settings
from shopnurture.services.email_message import WIRE_POLICY, OutgoingEmail, build_email
from shopnurture.services.email_wire import render_email

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
PIECES = [
    "Hola", "Lucía", "Núñez", "ñandú", "¿Olvidaste", "algo?", "=", "==", "=3D", ".", "..",
    "From", "tu", "carrito", " ", "  ", "\t", "\n", "\r\n", "\r", "€", "😀", '"', ",", ";",
    "<p>", "</p>", "x" * 90, "https://tienda.example/p/123?utm=1&b=2", "BAJA", "=?utf-8?q?x?=",
]  # fmt: skip


def _text(rng: random.Random, most: int) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, most)))


def _line(rng: random.Random, most: int) -> str:
    return re.sub(r"\s+", " ", _text(rng, most))


def _settings(rng: random.Random):  # type: ignore[no-untyped-def]
    return clean_email_settings(
        host="127.0.0.1", port=25, security="none",
        from_address=rng.choice(["ventas@tienda.example", "a@b.example"]),
        from_name=rng.choice(["", "La Tiendita", "Tienda de Núñez, S.L.", "x" * 70]),
        reply_to=rng.choice([None, "hola@tienda.example"]),
        unsubscribe_url=rng.choice([None, "https://tienda.example/baja", "https://t.example/b?l=1"]),
    )  # fmt: skip


def _wire_bytes_of_the_library(outgoing, settings, boundary: str | None) -> bytes:  # type: ignore[no-untyped-def]
    message = build_email(outgoing, settings, token="t0k3n", now=NOW)
    if boundary is not None:
        message.set_boundary(boundary)
    return message.as_bytes(policy=WIRE_POLICY)


def test_fast_rendering_equals_the_library_byte_for_byte() -> None:
    rng = random.Random(20261123)
    for index in range(600):
        settings = _settings(rng)
        outgoing = OutgoingEmail(
            outbox_id=rng.randint(1, 10**7),
            to_address=rng.choice(["c@correo.example", "a.b+c@x.example"]),
            to_name=_line(rng, 4).strip(),
            subject=_line(rng, 12).strip(),
            body_text=_text(rng, 60),
            body_html=rng.choice([None, "", _text(rng, 60)]),
            marketing=rng.random() < 0.8,
        )
        rendered = render_email(outgoing, settings, token="t0k3n", now=NOW)
        found = re.search(rb'boundary="([^"]+)"', rendered.data)
        boundary = found.group(1).decode() if found else None
        assert rendered.data == _wire_bytes_of_the_library(outgoing, settings, boundary), index
        assert rendered.message_id == f"<outbox-{outgoing.outbox_id}.t0k3n@" + (
            settings.from_address.split("@")[1] + ">"
        )
        assert b"\n" not in rendered.data.replace(b"\r\n", b"")  # no bare line ends
        assert (rendered.sender, rendered.recipient) == (
            settings.from_address,
            outgoing.to_address,
        )


def test_rendered_message_reads_back_as_written() -> None:
    settings = clean_email_settings(
        host="127.0.0.1", port=25, security="none", from_address="ventas@tienda.example",
        from_name="La Tiendita", unsubscribe_url="https://tienda.example/baja",
    )  # fmt: skip
    outgoing = OutgoingEmail(
        42, "lucia@cliente.example", "Lucía Núñez", "¿Olvidaste algo, Lucía?",
        "Hola Lucía.\n.Punto al principio\nBaja: responde BAJA.", "<p>Hola Lucía</p>",
    )  # fmt: skip
    rendered = render_email(outgoing, settings, token="t", now=NOW)
    message = message_from_bytes(rendered.data, policy=policy.default)
    assert message["Subject"] == "¿Olvidaste algo, Lucía?"
    assert message["To"] == "Lucía Núñez <lucia@cliente.example>"
    assert message["Message-ID"] == "<outbox-42.t@tienda.example>"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    plain = message.get_body(("plain",)).get_content()
    assert plain.replace("\r\n", "\n") == "Hola Lucía.\n.Punto al principio\nBaja: responde BAJA."
    assert message.get_body(("html",)).get_content() == "<p>Hola Lucía</p>"


def test_an_international_address_is_rendered_with_raw_utf8() -> None:
    settings = clean_email_settings(
        host="127.0.0.1", port=25, security="none", from_address="ventas@tienda.example"
    )
    outgoing = OutgoingEmail(5, "lucía@cliente.example", "Lucía", "Hola", "Hola", None)
    rendered = render_email(outgoing, settings, token="t", now=NOW)
    assert rendered.international
    assert "To: Lucía <lucía@cliente.example>\r\n" in rendered.data.decode("utf-8")
