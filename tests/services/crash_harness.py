"""Kills a sending process with SIGKILL at random moments, then lets a new one carry on.

Run by tests/services/test_dispatch_crash.py as its own single-threaded process, so that
fork() is safe: for each run it fills a fresh shop with queued messages, forks a child that
dispatches them, kills the child after a random delay, and then dispatches again in the
parent the way the app does on its next start (flag the interrupted, send the rest). It
prints one JSON line per run with the final status of every outbox row.

    python -m tests.services.crash_harness FOLDER SMTP_PORT RUNS SEED
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from shopnurture.data.database import open_database
from shopnurture.domain.channel_settings import clean_email_settings
from shopnurture.services.channels import save_email_settings
from shopnurture.services.credentials import Credentials, SessionCredentialStore
from shopnurture.services.dispatch import Dispatcher
from shopnurture.services.email_message import shop_token
from tests.services.outbox_rows import add_contact, queue

MESSAGES_PER_RUN = 12


def prepare(path: Path, port: int) -> None:
    database = open_database(path)
    settings = clean_email_settings(
        host="127.0.0.1", port=port, security="none", from_address="ventas@tienda.example"
    )
    save_email_settings(database, settings, credentials=Credentials(SessionCredentialStore()))
    now = datetime.now(UTC)
    for index in range(MESSAGES_PER_RUN):
        contact = add_contact(database, f"cliente{index}@correo.example")
        queue(database, contact, f"cliente{index}@correo.example", due=now - timedelta(seconds=1))
    database.close()  # nothing of this connection may cross the fork


def dispatch(path: Path, *, recover: bool) -> None:
    database = open_database(path)
    dispatcher = Dispatcher(database, credentials=Credentials(SessionCredentialStore()))
    if recover:
        dispatcher.recover_interrupted()
    dispatcher.dispatch_once()
    database.close()


def statuses(path: Path) -> dict[str, str]:
    database = open_database(path)
    with database.read_session() as session:
        rows = session.connection().execute(text("SELECT id, status FROM outbox_message"))
        result = {str(row_id): status for row_id, status in rows}
    database.close()
    return result


def one_run(folder: Path, port: int, index: int, delay: float) -> dict[str, object]:
    path = folder / f"run-{index}.sqlite"
    prepare(path, port)
    child = os.fork()
    if child == 0:  # the sending process that will be killed
        try:
            dispatch(path, recover=False)
        finally:
            os._exit(0)
    time.sleep(delay)
    os.kill(child, signal.SIGKILL)
    os.waitpid(child, 0)
    dispatch(path, recover=True)  # the next start of the app
    return {"run": index, "token": shop_token(path), "delay": delay, "statuses": statuses(path)}


def main(folder: str, port: str, runs: str, seed: str) -> int:
    rng = random.Random(int(seed))
    base = Path(folder)
    # How long an undisturbed dispatch of one run takes here, so kills land all over it.
    started = time.perf_counter()
    path = base / "calibration.sqlite"
    prepare(path, int(port))
    dispatch(path, recover=False)
    span = time.perf_counter() - started
    print(json.dumps({"calibration": span}), flush=True)
    for index in range(int(runs)):
        result = one_run(base, int(port), index, rng.uniform(0, span * 1.2))
        print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
