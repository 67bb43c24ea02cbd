"""SIGKILL at random points while sending, 200 times: never a duplicate, never a silent loss."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from tests.services.smtp_server import smtp_server

RUNS = 200
ROOT = Path(__file__).resolve().parents[2]


def test_killing_the_sender_never_duplicates_or_loses_a_message(tmp_path: Path) -> None:
    with smtp_server("plain") as server:
        result = subprocess.run(
            [sys.executable, "-m", "tests.services.crash_harness", str(tmp_path),
             str(server.port), str(RUNS), "20261123"],
            capture_output=True, text=True, timeout=900, cwd=ROOT,
        )  # fmt: skip
        received = Counter(server.handler.message_ids())
    assert result.returncode == 0, result.stderr[-3000:]
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    runs = [line for line in lines if "run" in line]
    assert len(runs) == RUNS
    duplicates = {message_id: n for message_id, n in received.items() if n > 1}
    assert duplicates == {}
    totals: Counter[str] = Counter()
    for run in runs:
        # Only the one message that was on the wire when the process died can need a decision.
        assert list(run["statuses"].values()).count("flagged") <= 1, run["run"]
        for outbox_id, status in run["statuses"].items():
            message_id = f"<outbox-{outbox_id}.{run['token']}@tienda.example>"
            delivered = received.get(message_id, 0)
            totals[status] += 1
            # Sent means delivered exactly once; flagged means the owner decides (it may have
            # arrived just before the kill); nothing is left queued or lost without a trace.
            if status == "sent":
                assert delivered == 1, (run["run"], outbox_id)
            else:
                assert status == "flagged", (run["run"], outbox_id, status)
                assert delivered <= 1
    # The kills really did land mid-send in some runs, and most messages went out.
    assert totals["flagged"] >= 1
    assert totals["sent"] > totals["flagged"]
    print(f"crash test: {RUNS} runs, {dict(totals)}, duplicates: 0")
