"""The background scheduler: cycles on its own thread, one per shop, survives a failing job."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from shopnurture.data.database import open_database
from shopnurture.services.scheduler import BackgroundScheduler, CycleResult, SchedulerBusy


class FakeDispatcher:
    def __init__(self, database: object) -> None:
        self.recovered = 0

    def recover_interrupted(self) -> int:
        self.recovered += 1
        return 0


class Recorder:
    def __init__(self) -> None:
        self.results: list[CycleResult] = []
        self.threads: set[str] = set()
        self.sends: list[bool] = []
        self.calls = 0
        self.event = threading.Event()

    def cycle(self, database, *, now, send, dispatcher) -> CycleResult:  # type: ignore[no-untyped-def]
        self.calls += 1
        self.threads.add(threading.current_thread().name)
        self.sends.append(send)
        if self.calls == 2:
            raise RuntimeError("a job blew up")
        return CycleResult(started_at=now)

    def listen(self, result: CycleResult) -> None:
        self.results.append(result)
        self.event.set()


def _wait(predicate, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    path = tmp_path / "shop.sqlite"
    open_database(path).close()
    return path


def test_cycles_run_on_their_own_thread_and_survive_an_exception(shop: Path) -> None:
    recorder = Recorder()
    scheduler = BackgroundScheduler(
        shop, on_cycle=recorder.listen, interval_seconds=0.2, cycle=recorder.cycle,
        dispatcher_factory=FakeDispatcher, clock=lambda: datetime(2026, 11, 23, tzinfo=UTC),
    )  # fmt: skip
    scheduler.start()
    try:
        _wait(lambda: len(recorder.results) >= 4)
    finally:
        scheduler.stop()
    assert recorder.threads == {"scheduler"}
    assert isinstance(recorder.results[1].errors[0], RuntimeError)  # reported…
    assert recorder.results[2].errors == []  # …and the next cycle ran anyway
    assert not scheduler.running


def test_only_one_scheduler_per_shop(shop: Path) -> None:
    first = BackgroundScheduler(shop, cycle=lambda *a, **k: CycleResult(datetime.now(UTC)),
                                dispatcher_factory=FakeDispatcher)  # fmt: skip
    first.start()
    try:
        second = BackgroundScheduler(shop, cycle=lambda *a, **k: CycleResult(datetime.now(UTC)))
        with pytest.raises(SchedulerBusy) as caught:
            second.start()
        assert "ya está enviando para esta tienda" in caught.value.message("es")
    finally:
        first.stop()
    third = BackgroundScheduler(shop, cycle=lambda *a, **k: CycleResult(datetime.now(UTC)),
                                dispatcher_factory=FakeDispatcher)  # fmt: skip
    third.start()  # the lock was released
    third.stop()


def test_pausing_sending_keeps_ticking_without_dispatch(shop: Path) -> None:
    recorder = Recorder()
    recorder.calls = 10  # no exception in this test
    scheduler = BackgroundScheduler(
        shop, on_cycle=recorder.listen, interval_seconds=30, cycle=recorder.cycle,
        dispatcher_factory=FakeDispatcher, sending_paused=True,
    )  # fmt: skip
    scheduler.start()
    try:
        _wait(lambda: len(recorder.results) >= 1)
        scheduler.resume_sending()  # wakes the thread for a cycle at once
        _wait(lambda: len(recorder.results) >= 2)
    finally:
        scheduler.stop()
    assert recorder.sends[:2] == [False, True]


def test_a_real_cycle_ticks_the_engine_and_dispatches(shop: Path) -> None:
    results: list[CycleResult] = []
    scheduler = BackgroundScheduler(shop, on_cycle=results.append, interval_seconds=30)
    scheduler.start()
    try:
        _wait(lambda: len(results) >= 1)
    finally:
        scheduler.stop()
    assert results[0].errors == []
    assert results[0].tick is not None and results[0].dispatch is not None


def test_owner_notifications_are_handed_over_once(shop: Path) -> None:
    from tests.services.outbox_rows import add_contact, queue

    database = open_database(shop)
    contact = add_contact(database, "ana@cliente.example")
    queue(
        database, contact, "", due=datetime.now(UTC), channel="owner", body="Ana lleva 3 consultas"
    )
    database.close()
    results: list[CycleResult] = []
    scheduler = BackgroundScheduler(shop, on_cycle=results.append, interval_seconds=30)
    scheduler.start()
    try:
        _wait(lambda: len(results) >= 1)
        scheduler.run_soon()
        _wait(lambda: len(results) >= 2)
    finally:
        scheduler.stop()
    assert results[0].notifications == [("shopnurture", "Ana lleva 3 consultas")]
    assert results[1].notifications == []
