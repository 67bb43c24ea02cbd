"""Typing into widgets in tests, the way a keyboard does."""

from __future__ import annotations


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type like a keyboard would, accents included (QTest.keyClicks only knows ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)
