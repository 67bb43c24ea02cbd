"""The guard that keeps full garbage collections out of background work, shared by the
import and the sender (which may overlap on two threads)."""

from __future__ import annotations

import gc
import threading

from shopnurture.services.collector import young_collections_only


def test_overlapping_holders_keep_the_collector_off_until_the_last_leaves() -> None:
    assert gc.isenabled()
    first_inside, second_done = threading.Event(), threading.Event()
    seen: list[bool] = []

    def sender() -> None:
        with young_collections_only():
            first_inside.set()
            second_done.wait(5)
            seen.append(gc.isenabled())  # the import left before us: still off

    thread = threading.Thread(target=sender)
    thread.start()
    first_inside.wait(5)
    with young_collections_only():
        assert not gc.isenabled()
    second_done.set()
    thread.join(5)

    assert seen == [False]
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off() -> None:
    gc.disable()
    try:
        with young_collections_only():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
