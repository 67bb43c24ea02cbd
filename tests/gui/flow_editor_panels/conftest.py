"""Panels tests: a small shop on a real database file, and the panel's test window."""

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


@pytest.fixture
def open_panel(styled_app, qtbot, shop):  # type: ignore[no-untyped-def]
    """open_panel(flow, node_id) -> the harness window showing that node, choices loaded."""
    from shopnurture.gui.flow_editor.panels.harness import PanelHarness

    def opened(flow, node_id):  # type: ignore[no-untyped-def]
        window = PanelHarness(shop.database, flow)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.panel.sig_choices_loaded, timeout=5000):
            window.show()
        window.select(node_id)
        return window

    return opened
