"""Dispatch throughput against raw smtplib, side by side in one run (not part of the tests).

    python bench/bench_dispatch.py [--messages 2000] [--rounds 3]

The SMTP server is aiosmtpd's Sink in its own process on 127.0.0.1. The floor sends the
same number of ready-made messages with plain smtplib over one connection; the dispatcher
does everything it does for real (read due rows, re-check consent and suppression, mark
sending, build the email, send, record sent). Target: dispatcher ≥ 90 % of the floor.
"""

from __future__ import annotations

import argparse
import json
import platform
import smtplib
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from shopnurture.data.database import Database, open_database  # noqa: E402
from shopnurture.domain.channel_settings import clean_email_settings  # noqa: E402
from shopnurture.services.channels import save_email_settings  # noqa: E402
from shopnurture.services.credentials import Credentials, SessionCredentialStore  # noqa: E402
from shopnurture.services.dispatch import Dispatcher  # noqa: E402
from shopnurture.services.email_message import OutgoingEmail, build_email  # noqa: E402
from tests.services.outbox_rows import add_contact, queue  # noqa: E402


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_sink(port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}",
         "-c", "aiosmtpd.handlers.Sink"],
    )  # fmt: skip
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return process
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("the SMTP sink did not start")


def floor_seconds(port: int, count: int) -> float:
    settings = clean_email_settings(host="127.0.0.1", port=port, security="none",
                                    from_address="ventas@tienda.example")  # fmt: skip
    now = datetime.now(UTC)
    outgoing = [
        OutgoingEmail(
            i, f"c{i}@correo.example", "Lucía", "Tu carrito", "Hola. BAJA.", "<p>Hola</p>"
        )
        for i in range(count)
    ]
    messages = [build_email(item, settings, token="t", now=now) for item in outgoing]
    started = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port) as smtp:
        for message in messages:
            smtp.send_message(message)
    return time.perf_counter() - started


def shop_with_due_messages(
    path: Path, port: int, count: int, *, contacts: int | None = None
) -> tuple[Database, Credentials]:
    """A shop whose email account is the local sink, with `count` messages due now."""
    database = open_database(path)
    credentials = Credentials(SessionCredentialStore())
    settings = clean_email_settings(
        host="127.0.0.1",
        port=port,
        security="none",
        from_address="v@tienda.example",
        daily_limit=10**6,
    )
    save_email_settings(database, settings, credentials=credentials)
    due = datetime.now(UTC) - timedelta(minutes=1)
    people = [add_contact(database, f"c{i}@correo.example") for i in range(contacts or count)]
    for index in range(count):
        who = index % len(people)
        queue(database, people[who], f"c{who}@correo.example", due=due)
    return database, credentials


def dispatcher_seconds(port: int, count: int, folder: Path, round_index: int) -> float:
    database, credentials = shop_with_due_messages(
        folder / f"dispatch-{round_index}.sqlite", port, count
    )
    dispatcher = Dispatcher(database, credentials=credentials, batch_size=500)
    started = time.perf_counter()
    report = dispatcher.dispatch_once()
    elapsed = time.perf_counter() - started
    assert report.sent == count, report
    database.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    arguments = parser.parse_args()
    port = free_port()
    sink = start_sink(port)
    folder = Path(tempfile.mkdtemp(prefix="bench-dispatch-"))
    floors, dispatches = [], []
    try:
        for round_index in range(arguments.rounds):  # interleaved: noise hits both alike
            floors.append(floor_seconds(port, arguments.messages))
            dispatches.append(dispatcher_seconds(port, arguments.messages, folder, round_index))
    finally:
        sink.terminate()
        sink.wait()
    floor, ours = statistics.median(floors), statistics.median(dispatches)
    results = {
        "machine": {"cores": platform.os.cpu_count(), "python": platform.python_version()},
        "messages": arguments.messages,
        "raw_smtplib_per_second": round(arguments.messages / floor),
        "dispatcher_per_second": round(arguments.messages / ours),
        "dispatcher_share_of_raw": round(floor / ours, 2),
        "target": ">= 0.90",
    }
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
