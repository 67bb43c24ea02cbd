"""The app's look: Fusion style, the shop's accent colour, and `resources/style.qss`.

The style sheet uses palette roles so that light and dark system palettes both work.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from shopnurture.resources import resources_dir

ACCENT = QColor("#1f8a70")


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Highlight, ACCENT)
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, ACCENT)
    app.setPalette(palette)
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)
    sheet = (resources_dir() / "style.qss").read_text(encoding="utf-8")
    # Style sheets need absolute image paths; ICONS stands for the icons folder.
    sheet = sheet.replace("url(ICONS/", f"url({(resources_dir() / 'icons').as_posix()}/")
    app.setStyleSheet(sheet)
    app.setProperty("dark_palette", is_dark(palette))


def heading_font(base: QFont, scale: float = 1.6) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * scale)
    font.setBold(True)
    return font
