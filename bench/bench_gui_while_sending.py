"""Does the window stay responsive while 10,000 messages go out? (not part of the tests)

    python bench/bench_gui_while_sending.py [--messages 10000]

The main window is open (offscreen) on a shop with that many due messages; the dispatcher
sends them to aiosmtpd's Sink (its own process) on a worker thread, as the app's scheduler
does. A 10 ms QTimer on the GUI thread records how late each of its ticks fires: the worst
lateness is how long the window could not react.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.bench_dispatch import free_port, shop_with_due_messages, start_sink  # noqa: E402
from bench.gui_lateness import run_and_watch_gui  # noqa: E402
from shopnurture.services.dispatch import Dispatcher  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=10_000)
    arguments = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from shopnurture.gui.main_window import MainWindow

    port = free_port()
    sink = start_sink(port)
    folder = Path(tempfile.mkdtemp(prefix="bench-gui-sending-"))
    database, credentials = shop_with_due_messages(
        folder / "shop.sqlite", port, arguments.messages, contacts=200
    )

    app = QApplication([])
    window = MainWindow(database)
    window.resize(1280, 800)
    window.show()
    started = time.perf_counter()
    report, stalls = run_and_watch_gui(
        app, lambda: Dispatcher(database, credentials=credentials, batch_size=500).dispatch_once()
    )
    seconds = time.perf_counter() - started
    sink.terminate()
    sink.wait()
    print(json.dumps({
        "messages": arguments.messages,
        "sent": report.sent,  # type: ignore[attr-defined]
        "seconds": round(seconds, 1),
        **stalls,
        "target": "the window never blocked more than ~100 ms",
    }, indent=2))  # fmt: skip
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
