"""Does the window stay responsive during a big import? (not part of the tests)

    python bench/bench_gui_while_importing.py [FILE] [--kind contacts]

Runs the import service on a worker thread, as the import wizard does, with the main window
open (offscreen); default file: the 100k-contact workbook `bench/bench_import.py` writes.
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

from bench.gui_lateness import run_and_watch_gui  # noqa: E402
from shopnurture.data.database import open_database  # noqa: E402
from shopnurture.services.importing.service import run_import  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "file", nargs="?", default=str(ROOT / "bench/out/import/contacts_100k.xlsx")
    )
    parser.add_argument("--kind", default="contacts")
    arguments = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from shopnurture.gui.main_window import MainWindow

    database = open_database(Path(tempfile.mkdtemp(prefix="bench-gui-import-")) / "shop.sqlite")
    app = QApplication([])
    window = MainWindow(database)
    window.resize(1280, 800)
    window.show()
    started = time.perf_counter()
    report, stalls = run_and_watch_gui(
        app, lambda: run_import(database, arguments.file, kind=arguments.kind)
    )
    print(json.dumps({
        "file": Path(arguments.file).name,
        "read": report.read,  # type: ignore[attr-defined]
        "seconds": round(time.perf_counter() - started, 1),
        **stalls,
        "target": "the window never blocked more than ~100 ms",
    }, indent=2))  # fmt: skip
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
