"""Dispatch throughput against raw smtplib, side by side in one run (not part of the tests).

    python bench/bench_dispatch.py [--messages 1000] [--chunk 200] [--rounds 3]
                                   [--reply-delay-ms 0]

The SMTP server is aiosmtpd's Sink in its own process on 127.0.0.1. Each round copies one
prepared shop whose `--messages` emails fall due in chunks of `--chunk`, a minute apart,
and sends chunk after chunk, alternating which loop goes first (this machine is shared and
noisy: fine-grained alternation makes a busy moment hit both loops alike):
- the floor: plain smtplib `sendmail` over one connection per chunk, of the very bytes the
  dispatcher sends for those rows (rendered beforehand, outside the timing): the SMTP
  exchange alone;
- the dispatcher, one `dispatch_once` per chunk (its clock set to that chunk's minute),
  doing everything it does for real: read due rows, re-check consent and suppression,
  commit `sending` before and `sent` after each message, build each email, one connection;
- for reference, smtplib `send_message` of ready-made `email` messages (the same messages
  as objects: it also pays the `email` library's flattening, so it is not the floor).
The Sink's CPU time is read from /proc, to show it does the same work for each loop.
Target: dispatcher ≥ 90 % of the floor.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import smtplib
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.policy import compat32
from pathlib import Path

from sqlalchemy import insert

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from shopnurture.data import contacts as contacts_data  # noqa: E402
from shopnurture.data import delivery  # noqa: E402
from shopnurture.data.database import Database, open_database  # noqa: E402
from shopnurture.data.tables import OutboxMessage  # noqa: E402
from shopnurture.domain.channel_settings import EmailSettings, clean_email_settings  # noqa: E402
from shopnurture.services.channels import save_email_settings  # noqa: E402
from shopnurture.services.credentials import Credentials, SessionCredentialStore  # noqa: E402
from shopnurture.services.dispatch import Dispatcher  # noqa: E402
from shopnurture.services.email_message import OutgoingEmail, build_email, shop_token  # noqa: E402
from tests.services.outbox_rows import DEFAULT_BODY  # noqa: E402

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
WIRE = compat32.clone(linesep="\r\n")  # as email_message.WIRE_POLICY


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_sink(port: int, reply_delay_ms: float = 0) -> subprocess.Popen[bytes]:
    handler = (
        ["slow_sink.SlowSink", str(reply_delay_ms)]
        if reply_delay_ms
        else ["aiosmtpd.handlers.Sink"]
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}", "-c", *handler],
        cwd=Path(__file__).resolve().parent,  # where slow_sink.py is
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return process
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("the SMTP sink did not start")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def email_settings(port: int) -> EmailSettings:
    return clean_email_settings(
        host="127.0.0.1", port=port, security="none", from_address="v@tienda.example",
        daily_limit=10**6,
    )  # fmt: skip


BASE = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def chunk_time(chunk: int) -> datetime:
    return BASE + timedelta(minutes=chunk)


def make_shop(path: Path, port: int, count: int, *, chunk: int | None = None,
              contacts: int | None = None) -> None:  # fmt: skip
    """A shop whose email account is the local sink, with `count` messages: all due now, or
    chunk after chunk of `chunk` messages due a minute apart from BASE."""
    database = open_database(path)
    save_email_settings(database, email_settings(port), credentials=credentials())
    now = datetime.now(UTC) - timedelta(minutes=1)
    with database.write_session() as session:
        people = [
            contacts_data.create_contact(session=session, values={
                "first_name": "Lucía", "last_name": "Núñez", "email": f"c{i}@correo.example",
                "email_consent": "granted", "sms_consent": "granted"})
            for i in range(contacts or count)
        ]  # fmt: skip
        rows = []
        for index in range(count):
            who = index % len(people)
            due = chunk_time(index // chunk) if chunk else now
            rows.append({
                "contact_id": people[who], "channel": "email",
                "recipient": f"c{who}@correo.example", "subject": "Tu carrito te espera",
                "body_text": DEFAULT_BODY, "body_html": "<p>Hola Lucía</p>", "status": "queued",
                "idempotency_key": f"bench-{index}", "due_at": due,
                "created_at": due - timedelta(minutes=1), "updated_at": due,
            })  # fmt: skip
        session.connection().execute(insert(OutboxMessage.__table__), rows)
    database.close()


def shop_with_due_messages(
    path: Path, port: int, count: int, *, contacts: int | None = None
) -> tuple[Database, Credentials]:
    """The shop of `make_shop`, opened (used by bench_gui_while_sending.py too)."""
    make_shop(path, port, count, contacts=contacts)
    return open_database(path), credentials()


def credentials() -> Credentials:
    return Credentials(SessionCredentialStore())


def outgoing_of(path: Path, chunk: int) -> list[OutgoingEmail]:
    """The rows of one chunk as the dispatcher will see them."""
    database = open_database(path)
    with database.read_session() as session:
        due = delivery.due_messages(
            session=session, channel="email", now=chunk_time(chunk), limit=10**6
        )
    database.close()
    return [
        OutgoingEmail(m.id, m.recipient, m.contact_name, m.subject or "", m.body_text, m.body_html)
        for m in due
        if m.created_at >= chunk_time(chunk) - timedelta(minutes=1)
    ]


def floor_sendmail(port: int, path: Path, chunk: int) -> Callable[[], int]:
    settings, token = email_settings(port), shop_token(path)
    now = chunk_time(chunk)
    # The `email` library's bytes for each message, CRLF: what the dispatcher sends (byte
    # for byte, tests/services/test_email_wire.py), made without it so that this floor
    # also measures older dispatchers.
    ready = [
        (o.to_address, build_email(o, settings, token=token, now=now).as_bytes(policy=WIRE))
        for o in outgoing_of(path, chunk)
    ]

    def run() -> int:
        with smtplib.SMTP("127.0.0.1", port) as smtp:
            for recipient, data in ready:
                smtp.sendmail(settings.from_address, [recipient], data)
        return len(ready)

    return run


def reference_send_message(port: int, path: Path, chunk: int) -> Callable[[], int]:
    settings, token = email_settings(port), shop_token(path)
    now = chunk_time(chunk)
    messages = [build_email(o, settings, token=token, now=now) for o in outgoing_of(path, chunk)]

    def run() -> int:
        with smtplib.SMTP("127.0.0.1", port) as smtp:
            for message in messages:
                smtp.send_message(message)
        return len(messages)

    return run


def dispatcher(database: Database, chunk: int) -> Callable[[], int]:
    moment = chunk_time(chunk) + timedelta(seconds=30)
    dispatch = Dispatcher(database, credentials=credentials(), clock=lambda: moment, batch_size=500)

    def run() -> int:
        report = dispatch.dispatch_once()
        assert report.problems == [] and report.failed == 0, report
        return report.sent

    return run


def timed(run: Callable[[], int], sink_pid: int) -> dict[str, float]:
    sink_before, client_before = cpu_seconds(sink_pid), time.process_time()
    started = time.perf_counter()
    sent = run()
    return {
        "seconds": time.perf_counter() - started,
        "messages": sent,
        "sink_cpu": cpu_seconds(sink_pid) - sink_before,
        "client_cpu": time.process_time() - client_before,
    }


def totals(runs: list[dict[str, float]]) -> dict[str, float]:
    return {key: sum(run[key] for run in runs) for key in runs[0]}


def summary(values: list[float], digits: int = 0) -> dict[str, float]:
    return {
        "median": round(statistics.median(values), digits),
        "min": round(min(values), digits),
        "max": round(max(values), digits),
    }


def one_round(folder: Path, template: Path, port: int, sink_pid: int, chunks: int,
              round_index: int) -> dict[str, list[dict[str, float]]]:  # fmt: skip
    """Every chunk through each loop, alternating which loop goes first."""
    shops = {name: folder / f"{name}-{round_index}.sqlite" for name in LOOPS}
    for shop in shops.values():
        shutil.copy(template, shop)
    database = open_database(shops["dispatcher"])  # kept open, as the app does
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in LOOPS}
    for chunk in range(chunks):
        loops = {
            "floor": floor_sendmail(port, shops["floor"], chunk),
            "dispatcher": dispatcher(database, chunk),
            "send_message": reference_send_message(port, shops["send_message"], chunk),
        }
        order = list(LOOPS) if (chunk + round_index) % 2 == 0 else ["dispatcher", "floor"]
        for name in order + [name for name in LOOPS if name not in order]:
            runs[name].append(timed(loops[name], sink_pid))
    database.close()
    return runs


LOOPS = ("floor", "dispatcher", "send_message")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--chunk", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--reply-delay-ms", type=float, default=0,
        help="the server answers MAIL, RCPT and DATA after this delay (a network's round trip)",
    )  # fmt: skip
    arguments = parser.parse_args()
    chunks = -(-arguments.messages // arguments.chunk)
    port = free_port()
    sink = start_sink(port, arguments.reply_delay_ms)
    folder = Path(tempfile.mkdtemp(prefix="bench-dispatch-"))
    template = folder / "template.sqlite"
    make_shop(template, port, arguments.messages, chunk=arguments.chunk)
    load_before = os.getloadavg()[0]
    rounds = []
    try:
        for round_index in range(arguments.rounds):
            rounds.append(one_round(folder, template, port, sink.pid, chunks, round_index))
    finally:
        sink.terminate()
        sink.wait()
        shutil.rmtree(folder, ignore_errors=True)
    chunk_ratios = [
        floor["seconds"] / ours["seconds"]
        for runs in rounds
        for floor, ours in zip(runs["floor"], runs["dispatcher"], strict=True)
    ]
    round_totals = [{name: totals(runs[name]) for name in LOOPS} for runs in rounds]
    round_ratios = [t["floor"]["seconds"] / t["dispatcher"]["seconds"] for t in round_totals]

    def per_loop(name: str) -> dict[str, object]:
        sums = [t[name] for t in round_totals]
        return {
            "per_second": summary([s["messages"] / s["seconds"] for s in sums]),
            "client_cpu_us_per_msg": summary([s["client_cpu"] / s["messages"] * 1e6 for s in sums]),
            "sink_cpu_us_per_msg": summary([s["sink_cpu"] / s["messages"] * 1e6 for s in sums]),
        }

    results = {
        "machine": {
            "cores": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_1min_before_after": [round(load_before, 1), round(os.getloadavg()[0], 1)],
        },
        "messages_per_round": arguments.messages,
        "chunk": arguments.chunk,
        "rounds": arguments.rounds,
        "reply_delay_ms": arguments.reply_delay_ms,
        "dispatcher_share_of_floor": {
            "per_round": summary(round_ratios, 3),
            "per_chunk": summary(chunk_ratios, 3),
        },
        "target": ">= 0.90",
        **{name: per_loop(name) for name in LOOPS},
    }
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
