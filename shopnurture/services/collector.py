"""Keeping Python's full garbage collections out of long background work (an import, a
round of sending): a full collection holds the GIL for 50-200 ms once much is in memory,
and the GUI thread freezes for as long. Inside `young_collections_only` the work collects
young objects itself (`collect_young`) at moments of its choosing."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_was_enabled = True


@contextmanager
def young_collections_only() -> Iterator[None]:
    """The automatic collector is off while any thread is inside (an import and the sender
    may overlap: the last one out puts it back as the first one in found it)."""
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()


def collect_young() -> None:
    """Collect the two young generations (a few ms): what a long loop calls between steps."""
    gc.collect(1)
