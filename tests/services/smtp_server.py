"""A real SMTP server on 127.0.0.1 for tests (aiosmtpd): plain, STARTTLS or SSL, with AUTH.

The handler records every accepted message and can be told to answer the next messages
with a given reply ("451 …", "550 …") or to drop the connection.
"""

from __future__ import annotations

import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import Message

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

DROP = "drop"


@dataclass
class RecordingHandler:
    messages: list[Message] = field(default_factory=list)
    script: list[str] = field(default_factory=list)
    """Replies for the next DATA commands, in order; '250' (or running out) accepts."""
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server, session, envelope) -> str:  # type: ignore[no-untyped-def]
        with self.lock:
            reply = self.script.pop(0) if self.script else "250 OK"
        if reply == DROP:
            server.transport.close()
            return "421 closing"
        if reply.startswith("250"):
            with self.lock:
                self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return reply

    def message_ids(self) -> list[str]:
        with self.lock:
            return [str(message["Message-ID"]) for message in self.messages]


@dataclass
class RunningServer:
    host: str
    port: int
    handler: RecordingHandler
    client_tls: ssl.SSLContext


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def smtp_server(
    mode: str = "plain", *, users: dict[str, str] | None = None, smtputf8: bool = True
) -> Iterator[RunningServer]:
    """mode: plain, starttls or ssl. With `users`, AUTH LOGIN/PLAIN is required. Like the big
    mail providers, it accepts internationalised addresses (SMTPUTF8) unless told not to."""
    authority = trustme.CA()
    certificate = authority.issue_cert("127.0.0.1", "localhost")
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    certificate.configure_cert(server_tls)
    client_tls = ssl.create_default_context()
    authority.configure_trust(client_tls)
    handler = RecordingHandler()

    def authenticate(server, session, envelope, mechanism, auth_data):  # type: ignore[no-untyped-def]
        ok = (
            isinstance(auth_data, LoginPassword)
            and users is not None
            and users.get(auth_data.login.decode()) == auth_data.password.decode()
        )
        return AuthResult(success=ok, handled=False)

    options: dict[str, object] = {"enable_SMTPUTF8": smtputf8}
    if users is not None:
        options.update(authenticator=authenticate, auth_required=True,
                       auth_require_tls=mode == "starttls")  # fmt: skip
    if mode == "starttls":
        options.update(tls_context=server_tls, require_starttls=True)
    port = _free_port()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        ssl_context=server_tls if mode == "ssl" else None,
        server_hostname="127.0.0.1",
        **options,
    )
    controller.start()
    try:
        yield RunningServer("127.0.0.1", port, handler, client_tls)
    finally:
        controller.stop()
