"""The grey explanation lines (#hint) stay readable in a light and in a dark palette: their
colour is derived from the palette, also when the palette changes while the app runs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette

from shopnurture.gui.style import MIN_HINT_CONTRAST, contrast, hint_colour

ROLE = QPalette.ColorRole
DARK = {ROLE.Window: "#2b2b2b", ROLE.Base: "#1f1f1f", ROLE.AlternateBase: "#333333",
        ROLE.Text: "#eeeeee", ROLE.WindowText: "#eeeeee", ROLE.Button: "#3a3a3a",
        ROLE.ButtonText: "#eeeeee", ROLE.Mid: "#555555"}  # fmt: skip


def _palette(colours: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.mark.parametrize(
    "colours",
    [DARK, {ROLE.Window: "#efefef", ROLE.WindowText: "#000000", ROLE.Base: "#ffffff"},
     # Mid grey: the usual mix is too faint here, the hint moves towards the text.
     {ROLE.Window: "#505050", ROLE.WindowText: "#e0e0e0", ROLE.Base: "#4a4a4a"}],
)  # fmt: skip
def test_the_hint_colour_is_readable_yet_quieter_than_the_text(colours) -> None:  # type: ignore[no-untyped-def]
    palette = _palette(colours)
    hint = hint_colour(palette)
    for background in (palette.color(ROLE.Window), palette.color(ROLE.Base)):
        assert contrast(hint, background) >= MIN_HINT_CONTRAST
    window, text = palette.color(ROLE.Window), palette.color(ROLE.WindowText)
    assert contrast(hint, window) < contrast(text, window) or hint == text


@pytest.mark.parametrize("dark", [False, True])
def test_settings_page_hints_are_drawn_readable_in_both_palettes(
    styled_app, qtbot, database, tmp_path: Path, dark: bool
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from shopnurture.gui.settings_page import SettingsPage

    previous = styled_app.palette()
    if dark:
        styled_app.setPalette(_palette(DARK))  # set after the style: it must follow
    try:
        page = SettingsPage(database)
        qtbot.addWidget(page)
        page.resize(900, 700)
        page.show()
        qtbot.waitExposed(page)
        hints = [label for label in page.findChildren(QLabel) if label.objectName() == "hint"]
        hints = [label for label in hints if label.isVisible() and label.text()]
        assert hints
        window = styled_app.palette().color(ROLE.Window)
        image = page.grab().toImage()
        for label in hints:
            assert label.palette().color(ROLE.WindowText) == hint_colour(styled_app.palette())
            # The darkest (light palette) or lightest (dark) pixel of its text, as drawn.
            origin = label.mapTo(page, label.rect().topLeft())
            pixels = [
                image.pixelColor(origin.x() + x, origin.y() + y)
                for x in range(0, label.width(), 2)
                for y in range(label.height())
            ]
            drawn = max(pixels, key=lambda colour: contrast(colour, window))
            assert contrast(drawn, window) >= MIN_HINT_CONTRAST
        folder = Path(os.environ.get("SHOPNURTURE_SHOTS", tmp_path))
        page.grab().save(str(folder / f"settings{'-dark' if dark else ''}.png"))
    finally:
        styled_app.setPalette(previous)
