"""Dispatch throughput against raw smtplib, side by side in one run (not part of the tests).

    python bench/bench_dispatch.py [--messages 1000] [--rounds 5]

The SMTP server is aiosmtpd's Sink in its own process on 127.0.0.1. Each round copies one
prepared shop (`--messages` due emails) and times, in alternating order:
- the floor: plain smtplib `sendmail` over one connection of the very bytes the dispatcher
  sends for those rows (rendered beforehand, outside the timing): the SMTP exchange alone;
- the dispatcher doing everything it does for real (read due rows, re-check consent and
  suppression, commit `sending` before and `sent` after each message, build each email);
- for reference, smtplib `send_message` of ready-made `email` messages (the same messages
  as objects: it also pays the `email` library's flattening, so it is not the floor).
The Sink's own CPU time is read from /proc for each loop, to show it does the same work.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from shopnurture.data import delivery  # noqa: E402
from shopnurture.data.database import Database, open_database  # noqa: E402
from shopnurture.domain.channel_settings import EmailSettings, clean_email_settings  # noqa: E402
from shopnurture.services.channels import save_email_settings  # noqa: E402
from shopnurture.services.credentials import Credentials, SessionCredentialStore  # noqa: E402
from shopnurture.services.dispatch import Dispatcher  # noqa: E402
from shopnurture.services.email_message import (  # noqa: E402
    OutgoingEmail,
    build_email,
    render_email,
    shop_token,
)
from tests.services.outbox_rows import add_contact, queue  # noqa: E402

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


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


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def email_settings(port: int) -> EmailSettings:
    return clean_email_settings(
        host="127.0.0.1", port=port, security="none", from_address="v@tienda.example",
        daily_limit=10**6,
    )  # fmt: skip


def make_shop(path: Path, port: int, count: int) -> None:
    """A shop whose email account is the local sink, with `count` messages due now."""
    database = open_database(path)
    save_email_settings(database, email_settings(port), credentials=credentials())
    due = datetime.now(UTC) - timedelta(minutes=1)
    for index in range(count):
        address = f"c{index}@correo.example"
        queue(database, add_contact(database, address), address, due=due)
    database.close()


def credentials() -> Credentials:
    return Credentials(SessionCredentialStore())


def outgoing_of(path: Path) -> list[OutgoingEmail]:
    """The due rows of the shop as the dispatcher will see them."""
    database = open_database(path)
    with database.read_session() as session:
        due = delivery.due_messages(
            session=session, channel="email", now=datetime.now(UTC), limit=10**6
        )
    database.close()
    return [
        OutgoingEmail(m.id, m.recipient, m.contact_name, m.subject or "", m.body_text, m.body_html)
        for m in due
    ]


def floor_sendmail(port: int, path: Path) -> Callable[[], int]:
    settings, token = email_settings(port), shop_token(path)
    now = datetime.now(UTC)
    rendered = [render_email(o, settings, token=token, now=now) for o in outgoing_of(path)]

    def run() -> int:
        with smtplib.SMTP("127.0.0.1", port) as smtp:
            for email in rendered:
                smtp.sendmail(email.sender, [email.recipient], email.data)
        return len(rendered)

    return run


def reference_send_message(port: int, path: Path) -> Callable[[], int]:
    settings, token = email_settings(port), shop_token(path)
    now = datetime.now(UTC)
    messages = [build_email(o, settings, token=token, now=now) for o in outgoing_of(path)]

    def run() -> int:
        with smtplib.SMTP("127.0.0.1", port) as smtp:
            for message in messages:
                smtp.send_message(message)
        return len(messages)

    return run


def dispatcher(path: Path, opened: list[Database]) -> Callable[[], int]:
    database = open_database(path)
    opened.append(database)  # closed after the timing: the app keeps its database open
    dispatch = Dispatcher(database, credentials=credentials(), batch_size=500)

    def run() -> int:
        report = dispatch.dispatch_once()
        assert report.problems == [] and report.failed == 0, report
        return report.sent

    return run


def timed(run: Callable[[], int], sink_pid: int) -> dict[str, float]:
    sink_before, client_before = cpu_seconds(sink_pid), time.process_time()
    started = time.perf_counter()
    sent = run()
    elapsed = time.perf_counter() - started
    return {
        "seconds": elapsed,
        "per_second": sent / elapsed,
        "sink_cpu_us_per_msg": (cpu_seconds(sink_pid) - sink_before) / sent * 1e6,
        "client_cpu_us_per_msg": (time.process_time() - client_before) / sent * 1e6,
    }


def summary(values: list[float], digits: int = 0) -> dict[str, float]:
    return {
        "median": round(statistics.median(values), digits),
        "min": round(min(values), digits),
        "max": round(max(values), digits),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    arguments = parser.parse_args()
    port = free_port()
    sink = start_sink(port)
    folder = Path(tempfile.mkdtemp(prefix="bench-dispatch-"))
    template = folder / "template.sqlite"
    make_shop(template, port, arguments.messages)
    loops: dict[str, list[dict[str, float]]] = {"floor": [], "dispatcher": [], "send_message": []}
    opened: list[Database] = []
    load_before = os.getloadavg()[0]
    try:
        for round_index in range(arguments.rounds):
            shops = {name: folder / f"{name}-{round_index}.sqlite" for name in loops}
            for shop in shops.values():
                shutil.copy(template, shop)
            runs = {
                "floor": floor_sendmail(port, shops["floor"]),
                "dispatcher": dispatcher(shops["dispatcher"], opened),
                "send_message": reference_send_message(port, shops["send_message"]),
            }
            order = list(loops)
            if round_index % 2:  # alternate, so a slow moment hits floor and dispatcher alike
                order = order[1::-1] + order[2:]
            for name in order:
                loops[name].append(timed(runs[name], sink.pid))
            for database in opened:
                database.close()
            opened.clear()
    finally:
        sink.terminate()
        sink.wait()
        shutil.rmtree(folder, ignore_errors=True)
    ratios = [
        floor["seconds"] / ours["seconds"]
        for floor, ours in zip(loops["floor"], loops["dispatcher"], strict=True)
    ]
    results = {
        "machine": {
            "cores": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_1min_before_after": [round(load_before, 1), round(os.getloadavg()[0], 1)],
        },
        "messages": arguments.messages,
        "rounds": arguments.rounds,
        "dispatcher_share_of_floor": summary(ratios, 3),
        "target": ">= 0.90",
        **{
            name: {
                measure: summary([run[measure] for run in runs])
                for measure in ("per_second", "sink_cpu_us_per_msg", "client_cpu_us_per_msg")
            }
            for name, runs in loops.items()
        },
    }
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
