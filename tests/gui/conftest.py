"""GUI fixtures: the app's style and translators, and a main window over a test database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.gui


@pytest.fixture
def styled_app(qapp):  # type: ignore[no-untyped-def]
    from shopnurture.gui.i18n import install_translators
    from shopnurture.gui.style import apply_style

    qapp.setOrganizationName("shopnurture-tests")
    qapp.setApplicationName("shopnurture-tests")
    apply_style(qapp)
    install_translators("en")
    yield qapp
    install_translators("en")


@pytest.fixture
def main_window(styled_app, qtbot, database) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from shopnurture.gui.main_window import MainWindow

    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
