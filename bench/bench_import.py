"""Import benchmark: `python bench/bench_import.py` (about two minutes the first time).

Builds once in bench/out/ a 100k-row contacts .xlsx and a 1M-row activity .csv (";" and
decimal commas, as Spanish Excel writes), then measures, each in a fresh process:
- the floor: raw parse with the fastest reader plus a bare sqlite3 executemany of the same
  rows into a fresh shop database (default settings; for activity also once with the
  import's page cache, for information);
- the real import (full validation, de-duplication, one transaction), and a re-import;
and prints the import time as a ratio to the floor, peak RSS (the import's process and its
helper process), and the longest pause a 10 ms ticker thread saw during the import (what a
GUI thread would feel). Only the work is timed: module imports and creating or opening the
shop come before the clock. `--rounds N` (3) repeats floor, import and re-import N times,
each import compared with the floor measured just before it, and prints the median and
range of the ratios: the machine is shared, and a busy minute would otherwise decide.
"""

from __future__ import annotations

import argparse
import csv
import json
import multiprocessing
import platform
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script from a source checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

OUT = Path(__file__).resolve().parent / "out" / "import"
CONTACTS_XLSX = OUT / "contacts_100k.xlsx"
ACTIVITY_CSV = OUT / "activity_1m.csv"
NOW = datetime(2026, 11, 1, tzinfo=UTC)
CONTACT_HEADER = [
    "Id cliente", "Nombre", "Apellidos", "Correo", "Móvil", "Cumpleaños", "Idioma", "País",
    "Ciudad", "Etiquetas", "Acepta publicidad", "Acepta SMS",
]  # fmt: skip
ACTIVITY_HEADER = [
    "Fecha", "Correo", "Tipo", "Referencia", "Producto", "Categoría", "Cantidad", "Importe",
    "Pedido", "Valoración", "Duración (s)", "Origen",
]  # fmt: skip


def build_inputs() -> None:
    """Write the two input files (kept between runs)."""
    if CONTACTS_XLSX.exists() and ACTIVITY_CSV.exists():
        return
    import phonenumbers
    from openpyxl import Workbook

    from shopnurture.services.synthetic import generate_journeys

    OUT.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Clientes")
    sheet.append(CONTACT_HEADER)
    yes_no = {"granted": "sí", "withdrawn": "no", "unknown": ""}
    with ACTIVITY_CSV.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(ACTIVITY_HEADER)
        journeys = generate_journeys(seed=7, contact_count=100_000, event_count=1_000_000, now=NOW)
        for journey in journeys:
            contact = journey.contact
            phone = contact["phone"]
            if phone:
                number = phonenumbers.parse(phone)
                style = (
                    phonenumbers.PhoneNumberFormat.NATIONAL
                    if phone.startswith("+34")
                    else phonenumbers.PhoneNumberFormat.INTERNATIONAL
                )
                phone = phonenumbers.format_number(number, style)
            sheet.append(
                [
                    f"C{contact['id']:06d}", contact["first_name"], contact["last_name"],
                    contact["email"], phone, contact["birthday"], contact["language"],
                    contact["country"], contact["city"], contact["tags"].replace(",", ", "),
                    yes_no[contact["email_consent"]], yes_no[contact["sms_consent"]],
                ]
            )  # fmt: skip
            for event in journey.events:
                value = event["value_cents"]
                writer.writerow(
                    [
                        event["occurred_at"].strftime("%Y-%m-%d %H:%M:%S"), contact["email"],
                        event["type"], event["sku"] or "", event["product"] or "",
                        event["category"] or "", event["quantity"] or "",
                        "" if value is None else f"{value / 100:.2f}".replace(".", ","),
                        event["order_id"] or "", event["rating"] or "",
                        event["duration_seconds"] or "", event["source"] or "",
                    ]
                )  # fmt: skip
    workbook.save(CONTACTS_XLSX)
    print(f"inputs built in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def _fresh_shop(path: Path) -> None:
    from shopnurture.data.database import open_database

    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()
    open_database(path).close()


def prepare_floor_contacts(database: Path, *, search_index: bool) -> None:
    """A fresh shop (untimed). Without `search_index` the table is bare (the brief's
    floor); with it, the per-row trigger of the contacts' search index runs too, as in the
    app's schema."""
    _fresh_shop(database)
    if not search_index:
        with sqlite3.connect(database) as connection:
            connection.execute("DROP TRIGGER contact_search_after_insert")


def floor_contacts(database: Path) -> None:
    import python_calamine

    stamp = "2026-11-01 00:00:00.000000"
    sheet = python_calamine.CalamineWorkbook.from_path(str(CONTACTS_XLSX)).get_sheet_by_index(0)
    rows = [
        (row[0], row[1], row[2], row[3], row[4], str(row[5]), row[6], row[7], row[8], row[9],
         row[3], stamp, stamp)
        for row in sheet.iter_rows()
    ][1:]  # fmt: skip
    connection = sqlite3.connect(database)
    connection.executemany(
        "INSERT INTO contact (external_id, first_name, last_name, email, phone, birthday, "
        "language, country, city, tags, search_text, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    connection.commit()
    connection.close()


def floor_activity(database: Path, *, cache_kib: int | None = None) -> None:
    """`cache_kib`: the page cache the import gives its transaction (the brief's floor has
    SQLite's default, 2 MiB; this one shows what the bigger cache alone is worth)."""
    connection = sqlite3.connect(database)
    if cache_kib is not None:
        connection.execute(f"PRAGMA cache_size = -{cache_kib}")
    ids = dict(connection.execute("SELECT email, id FROM contact"))
    stamp = "2026-11-01 00:00:00.000000"
    with ACTIVITY_CSV.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter=";")
        next(reader)
        rows = [
            (ids.get(row[1], 1), row[2], row[0], row[3], row[4], row[5], row[6], row[7], row[8],
             row[9], row[10], row[11], stamp)
            for row in reader
        ]  # fmt: skip
    connection.executemany(
        "INSERT INTO activity_event (contact_id, type, occurred_at, sku, product, category, "
        "quantity, value_cents, order_id, rating, duration_seconds, source, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    connection.commit()
    connection.close()


def _peak_rss_kib(pid: int) -> int:
    """A running process's own peak RSS (VmHWM: since its exec, unlike a child's ru_maxrss,
    which also counts the pages it shared with this process before exec)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


class Ticker:
    """A thread waking every 10 ms; its longest gap is how long the GIL was out of reach.
    Every tenth tick it also notes the peak RSS of the import's helper process, if any."""

    def __init__(self) -> None:
        self.longest = 0.0
        self.helper_peak_kib = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        last = time.perf_counter()
        ticks = 0
        while not self._stop.wait(0.01):
            now = time.perf_counter()
            self.longest = max(self.longest, now - last - 0.01)
            last = now
            ticks += 1
            if ticks % 10 == 0:
                for child in multiprocessing.active_children():
                    if child.pid is not None:
                        peak = _peak_rss_kib(child.pid)
                        self.helper_peak_kib = max(self.helper_peak_kib, peak)

    def __enter__(self) -> Ticker:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()


def real_import(database: Path, kind: str, source: Path) -> dict[str, Any]:
    """The import alone is timed: the app has its modules loaded and the shop open before
    the owner picks a file (as the floor has sqlite3 and python-calamine)."""
    from shopnurture.data.database import open_database
    from shopnurture.services.importing import run_import

    shop = open_database(database)
    started = time.perf_counter()
    with Ticker() as ticker:
        report = run_import(shop, source, kind=kind, now=NOW)
    seconds = time.perf_counter() - started
    shop.close()
    return {
        "helper_rss_mb": round(ticker.helper_peak_kib / 1024),
        "read": report.read,
        "created": report.created,
        "updated": report.updated,
        "errors": len(report.errors),
        "longest_pause_ms": round(ticker.longest * 1000, 1),
        "seconds": round(seconds, 2),
    }


def run_phase(phase: str) -> None:
    """One measurement, in this (fresh) process; prints its JSON result."""
    shops = {
        "floor-contacts": OUT / "floor.sqlite",
        "floor-contacts-indexed": OUT / "floor.sqlite",
        "floor-activity": OUT / "floor.sqlite",
        "floor-activity-cached": OUT / "floor.sqlite",
        "import-contacts": OUT / "shop.sqlite",
        "reimport-contacts": OUT / "shop.sqlite",
        "import-activity": OUT / "shop.sqlite",
        "reimport-activity": OUT / "shop.sqlite",
    }
    database = shops[phase]
    if phase == "import-contacts":
        _fresh_shop(database)
    if phase.startswith("floor-activity"):  # the same contacts as the real import finds
        for suffix in ("", "-wal", "-shm"):
            target = Path(f"{database}{suffix}")
            target.unlink(missing_ok=True)
        shutil.copy(OUT / "contacts-only.sqlite", database)
    result: dict[str, Any] = {}
    if phase.startswith("floor"):
        import python_calamine  # noqa: F401  (loaded before the clock, as the app's modules)

        from shopnurture.data.imports import IMPORT_CACHE_KIB

        if phase.startswith("floor-contacts"):
            prepare_floor_contacts(database, search_index=phase.endswith("indexed"))
        started = time.perf_counter()
        if phase.startswith("floor-activity"):
            cached = phase.endswith("cached")
            floor_activity(database, cache_kib=IMPORT_CACHE_KIB if cached else None)
        else:
            floor_contacts(database)
        result["seconds"] = round(time.perf_counter() - started, 2)
    else:
        kind, source = (
            ("contacts", CONTACTS_XLSX)
            if phase.endswith("contacts")
            else ("activity", ACTIVITY_CSV)
        )
        result = real_import(database, kind, source)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    if phase == "reimport-contacts":  # the shop the activity import (and its floor) start from
        shutil.copy(database, OUT / "contacts-only.sqlite")
    print(json.dumps(result))


def measure(phase: str) -> dict[str, Any]:
    completed = subprocess.run(
        [sys.executable, __file__, "--phase", phase], capture_output=True, text=True, check=True
    )
    return json.loads(completed.stdout.strip().splitlines()[-1])


ROUND_PHASES = (
    "floor-contacts", "import-contacts", "reimport-contacts",
    "floor-activity", "import-activity", "reimport-activity",
)  # fmt: skip


def _median_and_range(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} ({min(values):.2f}-{max(values):.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument(
        "--rounds", type=int, default=3,
        help="rounds of floor, import and re-import, one after the other (the machine is "
        "shared: each import is compared with the floor measured just before it)",
    )  # fmt: skip
    arguments = parser.parse_args()
    if arguments.phase:
        run_phase(arguments.phase)
        return
    build_inputs()
    import python_calamine

    print(f"machine: {platform.platform()}, {platform.processor() or platform.machine()}, "
          f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
          f"python-calamine {getattr(python_calamine, '__version__', '?')}")  # fmt: skip
    rounds = []
    for number in range(arguments.rounds):
        results = {phase: measure(phase) for phase in ROUND_PHASES}
        rounds.append(results)
        for kind, target in (("contacts", 2.5), ("activity", 2.0)):
            floor = results[f"floor-{kind}"]["seconds"]
            for phase in (f"import-{kind}", f"reimport-{kind}"):
                result = results[phase]
                print(
                    f"round {number + 1} {phase:18} {result['seconds']:6.2f} s  "
                    f"floor {floor:5.2f} s  ratio {result['seconds'] / floor:4.2f} "
                    f"(target <= {target})  peak RSS {result['peak_rss_mb']} MB "
                    f"+ helper process {result.get('helper_rss_mb', 0)} MB  "
                    f"longest pause {result['longest_pause_ms']} ms  read {result['read']} "
                    f"created {result['created']} updated {result['updated']} "
                    f"errors {result['errors']}"
                )
    print(f"\nover {arguments.rounds} rounds, median (range):")
    for kind in ("contacts", "activity"):
        for phase in (f"import-{kind}", f"reimport-{kind}"):
            seconds = [results[phase]["seconds"] for results in rounds]
            floors = [results[f"floor-{kind}"]["seconds"] for results in rounds]
            ratios = [time_ / floor for time_, floor in zip(seconds, floors, strict=True)]
            pauses = [results[phase]["longest_pause_ms"] for results in rounds]
            print(
                f"{phase:18} ratio {_median_and_range(ratios)}  time {_median_and_range(seconds)} s"
                f"  floor {_median_and_range(floors)} s  longest pause "
                f"{_median_and_range(pauses)} ms  peak RSS "
                f"{max(results[phase]['peak_rss_mb'] for results in rounds)} MB + helper "
                f"{max(results[phase].get('helper_rss_mb', 0) for results in rounds)} MB"
            )
    for phase, label in (
        ("floor-contacts-indexed", "floor of contacts with the search index trigger"),
        ("floor-activity-cached", "floor of activity with the import's page cache"),
    ):
        print(f"{label}: {measure(phase)['seconds']:.2f} s (once, for information)")


if __name__ == "__main__":
    main()
