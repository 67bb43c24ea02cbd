"""The synthetic shops the benchmarks share: built once by make_shop.py in bench/out/, and
copied per benchmark, migrated to the current schema without keeping a backup of the copy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"


def synthetic_shop(contacts: int, events: int) -> Path:
    """bench/out/shop-C-E.sqlite, built the first time it is asked for (minutes)."""
    source = OUT / f"shop-{contacts}-{events}.sqlite"
    if not source.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, str(ROOT / "bench" / "make_shop.py"), str(source),
             "--contacts", str(contacts), "--events", str(events)],
            check=True,
        )  # fmt: skip
    return source


def shop_copy(purpose: str, contacts: int, events: int) -> tuple[Path, bool]:
    """bench/out/PURPOSE-C-E.sqlite, a migrated copy of the synthetic shop; True when it
    was made just now (the caller may add what it needs once)."""
    from shopnurture.data.database import open_database
    from shopnurture.services.engine.simulator import copy_database

    target = OUT / f"{purpose}-{contacts}-{events}.sqlite"
    if target.exists():
        return target, False
    copy_database(synthetic_shop(contacts, events), target)
    open_database(target).close()
    for backup in OUT.glob(f"{purpose}-{contacts}-{events}.v*.backup*.sqlite"):
        backup.unlink()  # the copy's own pre-migration backup: not needed
    return target, True
