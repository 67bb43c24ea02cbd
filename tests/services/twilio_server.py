"""A local HTTP server that speaks the shape of Twilio's Messages API (and a plain gateway).

Form fields To, From / MessagingServiceSid, Body; HTTP Basic auth with the Account SID and
token; a JSON reply. `script` holds the statuses of the next sends (201 when empty).
"""

from __future__ import annotations

import base64
import json
import threading
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ACCOUNT_SID = "AC" + "0" * 32
TOKEN = "token-de-prueba"


@dataclass
class FakeProvider:
    url: str
    received: list[dict[str, str]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    script: list[int] = field(default_factory=list)


@contextmanager
def sms_provider() -> Iterator[FakeProvider]:
    provider = FakeProvider(url="")
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # keep test output clean
            pass

        def _authorised(self) -> bool:
            expected = base64.b64encode(f"{ACCOUNT_SID}:{TOKEN}".encode()).decode()
            auth = self.headers.get("Authorization", "")
            return auth in (f"Basic {expected}", f"Bearer {TOKEN}")

        def _reply(self, status: int, payload: dict[str, object]) -> None:
            body = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            if not self._authorised():
                self._reply(401, {"code": 20003, "message": "Authenticate"})
                return
            self._reply(200, {"sid": ACCOUNT_SID, "status": "active"})

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length", "0"))
            raw = self.rfile.read(length).decode("utf-8")
            if not self._authorised():
                self._reply(401, {"code": 20003, "message": "Authenticate"})
                return
            with lock:
                status = provider.script.pop(0) if provider.script else 201
            if status == 201:
                if self.headers.get("Content-Type", "").startswith("application/json"):
                    fields = json.loads(raw)
                else:
                    fields = dict(urllib.parse.parse_qsl(raw))
                with lock:
                    provider.received.append(fields)
                    provider.headers.append(dict(self.headers))
                self._reply(201, {"sid": f"SM{len(provider.received):032d}", "status": "queued"})
            elif status == 400:
                self._reply(400, {"code": 21211, "message": "The 'To' number is not valid."})
            elif status == 429:
                self._reply(429, {"code": 20429, "message": "Too Many Requests"})
            else:
                self._reply(status, {"message": "Internal error"})

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    provider.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield provider
    finally:
        server.shutdown()
        server.server_close()
