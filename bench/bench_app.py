"""Benchmarks of the desktop shell at shop scale (not part of the test suite).

    python bench/bench_app.py                  # 100k contacts, 1M events (built once in bench/out/)
    python bench/bench_app.py --contacts 20000 --events 200000 --runs 3

Measures, against floors taken in the same run:
- cold start to the first shown main window, vs a bare PySide6 QMainWindow started the same way;
- peak RSS of the app process vs the bare window's;
- the contacts view: ready (model + first page + count) and first paint, at that scale;
- search latency (page + count) for typical queries, vs a bare SQL LIKE scan of the same column.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"

SEARCHES = (
    "garcía",
    "maria",
    "lopez mart",
    "gmail",
    "+34 6",
    "612",
    "vip",
    "madrid",
    "zzzz-nobody",
)


def ensure_shop(contacts: int, events: int) -> Path:
    path = OUT / f"shop-{contacts}-{events}.sqlite"
    if not path.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, str(ROOT / "bench" / "make_shop.py"), str(path),
             "--contacts", str(contacts), "--events", str(events)],
            check=True,
        )  # fmt: skip
    return path


def _timed_start(command: list[str], environment: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawn to the 'main window shown' line, and the peak RSS in MiB."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, env=environment, text=True)
    shown_after = None
    assert process.stdout is not None
    for line in process.stdout:
        if "main window shown" in line and shown_after is None:
            shown_after = time.perf_counter() - started
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if shown_after is None or process.returncode != 0:
        raise RuntimeError(f"{command} did not show its window (exit {process.returncode})")
    return shown_after, usage.ru_maxrss / 1024


def bench_start(database: Path, runs: int) -> dict[str, float]:
    home = Path(tempfile.mkdtemp(prefix="bench-home-"))
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    app_command = [
        sys.executable,
        "-m",
        "shopnurture",
        "--db",
        str(database),
        "gui",
        "--smoke-test",
    ]
    bare_command = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
    # One warm-up each, so both read their files from the page cache.
    _timed_start(app_command, environment)
    _timed_start(bare_command, environment)
    app, bare = [], []
    for _ in range(runs):  # interleaved, so machine noise hits both alike
        app.append(_timed_start(app_command, environment))
        bare.append(_timed_start(bare_command, environment))
    app_start = statistics.median(t for t, _ in app)
    bare_start = statistics.median(t for t, _ in bare)
    app_rss = max(r for _, r in app)
    bare_rss = max(r for _, r in bare)
    return {
        "app_start_s": round(app_start, 3),
        "bare_start_s": round(bare_start, 3),
        "start_ratio": round(app_start / bare_start, 2),
        "app_peak_rss_mib": round(app_rss, 1),
        "bare_peak_rss_mib": round(bare_rss, 1),
        "rss_over_bare_mib": round(app_rss - bare_rss, 1),
    }


def bench_contacts_view(database_path: Path, runs: int) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import sqlite3

    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from shopnurture.data.database import open_database
    from shopnurture.domain.contact_fields import fold_for_search
    from shopnurture.gui.contacts.contacts_page import ContactsPage
    from shopnurture.gui.i18n import install_translators
    from shopnurture.gui.style import apply_style

    app = QApplication.instance() or QApplication([])
    apply_style(app)
    install_translators("es")
    database = open_database(database_path)
    ready, painted = [], []
    page = None
    for _ in range(runs):
        started = time.perf_counter()
        page = ContactsPage(database, QUndoStack(), default_country="ES", currency="EUR")
        ready.append(time.perf_counter() - started)
        page.resize(1280, 760)
        page.show()
        page.grab()  # forces a full paint of the page and its table
        app.processEvents()
        painted.append(time.perf_counter() - started)
        page.close()
    assert page is not None
    latencies: dict[str, float] = {}
    floors: dict[str, float] = {}
    raw = sqlite3.connect(database_path)
    for query in SEARCHES:
        samples = []
        for _ in range(runs):
            page.model.set_search("")
            started = time.perf_counter()
            page.model.set_search(query)
            samples.append(time.perf_counter() - started)
        latencies[query] = statistics.median(samples)
        pattern = f"%{fold_for_search(query)}%"
        started = time.perf_counter()
        raw.execute("SELECT count(*) FROM contact WHERE search_text LIKE ?", (pattern,)).fetchone()
        floors[query] = time.perf_counter() - started
    rows = raw.execute("SELECT count(*) FROM contact").fetchone()[0]
    database.close()
    return {
        "contacts": rows,
        "view_ready_ms": round(statistics.median(ready) * 1000, 1),
        "view_first_paint_ms": round(statistics.median(painted) * 1000, 1),
        "search_median_ms": round(statistics.median(latencies.values()) * 1000, 1),
        "search_max_ms": round(max(latencies.values()) * 1000, 1),
        "search_max_query": max(latencies, key=latencies.get),
        "search_over_bare_like_scan": round(
            statistics.median(latencies[q] / floors[q] for q in SEARCHES), 2
        ),
        "search_per_query_ms": {q: round(v * 1000, 1) for q, v in latencies.items()},
    }


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import PySide6

    return {"cpu": cpu, "cores": str(os.cpu_count()), "python": platform.python_version(),
            "pyside6": PySide6.__version__, "system": platform.platform()}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    arguments = parser.parse_args()
    database = ensure_shop(arguments.contacts, arguments.events)
    results = {
        "machine": machine(),
        "start": bench_start(database, arguments.runs),
        "contacts_view": bench_contacts_view(database, arguments.runs),
        "targets": {
            "start_ratio": "<= 2.0",
            "view_ready_ms": "<= 300",
            "search_ms": "<= 100",
            "rss_over_bare_mib": "<= 150",
        },  # fmt: skip
    }
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "bench_app.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print(json.dumps(results, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
