"""Engine tests: a fresh small shop on a real database file for each test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.engine.shop import Shop


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Shop]:
    built = Shop(tmp_path / "shop.sqlite")
    yield built
    built.close()
