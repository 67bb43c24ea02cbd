"""The main window over the demo shop, rendered offscreen to a PNG a person can look at.

Set SHOPNURTURE_SCREENSHOTS=DIR to keep the pictures (they go to a temporary folder otherwise).
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtGui import QColor

from shopnurture.services.demo_shop import load_demo_shop


def _folder(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("SHOPNURTURE_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_main_window_with_the_demo_shop_renders(
    styled_app, qtbot, database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from shopnurture.gui.i18n import install_translators
    from shopnurture.gui.main_window import MainWindow

    load_demo_shop(database, now=datetime(2026, 11, 23, 10, tzinfo=UTC))
    install_translators("es")
    window = MainWindow(database, is_demo=True)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    page = window.contacts_page
    with qtbot.waitSignal(page.model.sig_total_changed, timeout=5000):
        page.model.reload()
    page.select_contact(page.model.contact_id_at(3))
    assert page.count_label.text() == "150 contactos"
    assert page.detail.timeline.count() > 0

    image = window.grab().toImage()
    path = _folder(tmp_path) / "main-window-demo.png"
    assert image.save(str(path))
    assert (image.width(), image.height()) == (1280, 800)
    # Not a blank picture: the accent colour of the selected row and sidebar text are there.
    colours = {image.pixelColor(x, y).name() for x in range(0, 1280, 16) for y in range(0, 800, 16)}
    assert len(colours) > 20
    assert QColor("#1f8a70").name() in colours or any(c.startswith("#1f8") for c in colours)
