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


def _timed_start(command: list[str], environment: dict[str, str]) -> dict[str, float]:
    """Seconds from spawn to each milestone line the process prints, and its peak RSS (MiB)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, env=environment, text=True)
    seen: dict[str, float] = {}
    assert process.stdout is not None
    for line in process.stdout:
        for milestone in ("first window shown", "main window shown"):
            if line.startswith(milestone) and milestone not in seen:
                seen[milestone] = time.perf_counter() - started
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0 or "main window shown" not in seen:
        raise RuntimeError(f"{command} did not show its window")
    seen.setdefault("first window shown", seen["main window shown"])
    return {**seen, "rss_mib": usage.ru_maxrss / 1024}


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
    first_window = statistics.median(run["first window shown"] for run in app)
    main_window = statistics.median(run["main window shown"] for run in app)
    bare_start = statistics.median(run["main window shown"] for run in bare)
    app_rss = max(run["rss_mib"] for run in app)
    bare_rss = max(run["rss_mib"] for run in bare)
    return {
        "bare_window_s": round(bare_start, 3),
        "app_first_window_s": round(first_window, 3),
        "first_window_ratio": round(first_window / bare_start, 2),
        "app_main_window_with_contacts_s": round(main_window, 3),
        "main_window_ratio": round(main_window / bare_start, 2),
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
    totals: dict[str, float] = {}
    for query in SEARCHES:
        samples, total_samples = [], []
        for _ in range(runs):
            page.model.set_search("")
            _wait_for_total(app, page.model)
            started = time.perf_counter()
            page.model.set_search(query)
            samples.append(time.perf_counter() - started)
            _wait_for_total(app, page.model)
            total_samples.append(time.perf_counter() - started)
        latencies[query] = statistics.median(samples)
        totals[query] = statistics.median(total_samples)
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
        "search_total_count_known_max_ms": round(max(totals.values()) * 1000, 1),
        "search_total_count_per_query_ms": {q: round(v * 1000, 1) for q, v in totals.items()},
    }


def _wait_for_total(app, model) -> None:  # type: ignore[no-untyped-def]
    """The total is counted on a worker thread; spin the event loop until it has arrived."""
    while model._count_task is not None and not model._count_task.done:
        app.processEvents()
        time.sleep(0.0005)
    app.processEvents()


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
