"""Measuring how long the GUI thread could not react while work runs on a worker thread."""

from __future__ import annotations

import statistics
import threading
import time
from collections.abc import Callable
from typing import Any


def run_and_watch_gui(app: Any, work: Callable[[], object]) -> tuple[object, dict[str, float]]:
    """Run `work` on a worker thread while a 10 ms QTimer ticks on the GUI thread; return the
    work's result and how late the ticks were (median, p99, worst, in ms)."""
    from PySide6.QtCore import QTimer

    lateness: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        lateness.append(max(0.0, (now - last[0]) - 0.010))
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    outcome: dict[str, object] = {}

    def worker() -> None:
        outcome["result"] = work()

    thread = threading.Thread(target=worker)
    timer.start()
    thread.start()
    while thread.is_alive():
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    values = sorted(value * 1000 for value in lateness) or [0.0]
    return outcome.get("result"), {
        "gui_ticks": len(values),
        "gui_lateness_median_ms": round(statistics.median(values), 1),
        "gui_lateness_p99_ms": round(values[int(len(values) * 0.99)], 1),
        "gui_lateness_max_ms": round(values[-1], 1),
    }
