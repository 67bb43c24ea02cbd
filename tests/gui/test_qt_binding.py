"""Guards against Qt binding bugs that would crash the app in the field."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    sig_happened = Signal(object)
    """A test signal."""


def test_emitting_signals_keeps_reference_counts_balanced(qapp) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 drops a reference to True per emission (then aborts the interpreter)."""
    emitters = [_Emitter() for _ in range(50)]
    received: list[object] = []
    for emitter in emitters:
        emitter.sig_happened.connect(lambda value: received.append(value))
    before = sys.getrefcount(True)
    for emitter in emitters:
        emitter.sig_happened.emit(7)
    assert received == [7] * 50
    # A stray reference or two may come and go; the 6.12.0 bug loses one per emission (50).
    assert sys.getrefcount(True) >= before - 5
