"""The app's look: Fusion style, the shop's accent colour, and `resources/style.qss`.

The style sheet uses palette roles so that light and dark system palettes both work.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from shopnurture.resources import resources_dir

ACCENT = QColor("#1f8a70")
# Grey explanation lines (#hint, subtitles; style.qss's palette(placeholder-text)): this much
# of the text colour mixed into the background, darker or lighter until readable (WCAG AA).
HINT_SHARE_OF_TEXT = 0.6
MIN_HINT_CONTRAST = 4.5


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply_style(app: QApplication) -> None:
    # Replacing the style deletes the current one, which widgets styled by a style sheet of
    # their own still point to: styling again after that crashed Qt (setStyleSheet below).
    # (Once a style sheet is set, app.style() is Qt's style-sheet wrapper, nameless: hence
    # the flag.)
    if not app.property("fusion_style_set"):
        app.setStyle("Fusion")
        app.setProperty("fusion_style_set", True)
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
    _derive_hint_colour(app)
    if not hasattr(app, "_hint_colour_follower"):
        app._hint_colour_follower = _HintColourFollower(app)  # type: ignore[attr-defined]
        app.installEventFilter(app._hint_colour_follower)  # type: ignore[attr-defined]


def hint_colour(palette: QPalette) -> QColor:
    """Between the text and the window colours, readable on the window and on the base."""
    role = QPalette.ColorRole
    text, window = palette.color(role.WindowText), palette.color(role.Window)
    backgrounds = (window, palette.color(role.Base))
    share = HINT_SHARE_OF_TEXT
    colour = _mix(text, window, share)
    while share < 1.0 and min(contrast(colour, back) for back in backgrounds) < MIN_HINT_CONTRAST:
        share = min(1.0, share + 0.05)
        colour = _mix(text, window, share)
    return colour


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio, 1 (same) to 21 (black on white)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(colour: QColor) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def _mix(text: QColor, background: QColor, share: float) -> QColor:
    return QColor.fromRgbF(
        *(t * share + b * (1 - share)
          for t, b in zip(text.getRgbF()[:3], background.getRgbF()[:3], strict=True))
    )  # fmt: skip


def _derive_hint_colour(app: QApplication) -> None:
    """Puts the derived hint colour in the palette's placeholder role (the default one is half
    transparent black: unreadable on a dark window) and refreshes the style sheet."""
    palette = app.palette()
    wanted = hint_colour(palette)
    if palette.color(QPalette.ColorRole.PlaceholderText) == wanted:
        return
    palette.setColor(QPalette.ColorRole.PlaceholderText, wanted)
    app.setPalette(palette)
    app.setStyleSheet(app.styleSheet())  # palette(...) in the sheet is read when it is set


class _HintColourFollower(QObject):
    """Derives the hint colour again whenever the application's palette changes (a dark
    system theme switched on, or a palette set by hand)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange and watched is self.parent():
            _derive_hint_colour(self.parent())  # type: ignore[arg-type]
        return False


def heading_font(base: QFont, scale: float = 1.6) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * scale)
    font.setBold(True)
    return font
