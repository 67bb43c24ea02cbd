"""The background scheduler: every minute, one engine tick and one dispatch, on its own thread.

The database is the source of truth (every wait is a due time in it), so nothing the
`schedule` library holds needs to survive a restart. A lock file beside the database makes
sure only one scheduler sends for a shop, whether it lives in a window or in `shopnurture
run`. A laptop that slept shows up as the wall clock jumping ahead of the monotonic clock;
the engine's staleness rules decide what is still worth sending. An exception in a cycle is
logged and reported, and the next cycle runs as usual. Never touches Qt: the GUI listens
through `on_cycle`, which is called on the scheduler's thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import schedule
from filelock import FileLock, Timeout

from shopnurture.data.clock import utc_now
from shopnurture.errors import UserError

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_SECONDS = 60
# A wall-clock jump this much larger than the time that really passed means we slept.
SLEEP_DETECTION_SLACK = timedelta(seconds=90)


class SchedulerBusy(UserError):
    """Another window or `shopnurture run` already sends for this shop."""

    def __init__(self, path: Path) -> None:
        super().__init__("scheduler.busy", path=str(path))


@dataclass
class CycleResult:
    started_at: datetime
    tick: object | None = None
    """The engine's TickReport (None when the tick failed)."""
    dispatch: object | None = None
    """The DispatchReport (None while sending is paused or when it failed)."""
    slept_for: timedelta | None = None
    """How long the computer slept before this cycle, when it did."""
    notifications: list[tuple[str, str]] = field(default_factory=list)
    """The flows' "notify the owner" messages due now (title, text); shown once."""
    errors: list[Exception] = field(default_factory=list)


def lock_path_for(database_path: Path) -> Path:
    return database_path.with_name(database_path.name + ".scheduler.lock")


def default_cycle(
    database: object, *, now: datetime, send: bool, dispatcher: object
) -> CycleResult:
    """One engine tick, then one dispatch; each failure is recorded and the other still runs."""
    from shopnurture.services.engine.tick import run_tick

    result = CycleResult(started_at=now)
    try:
        result.tick = run_tick(database, now=now)  # type: ignore[arg-type]
    except Exception as error:  # reported to the owner; the next cycle runs anyway
        log.exception("engine tick failed")
        result.errors.append(error)
    if send:
        try:
            result.dispatch = dispatcher.dispatch_once()  # type: ignore[attr-defined]
        except Exception as error:
            log.exception("dispatch failed")
            result.errors.append(error)
    try:
        from shopnurture.data.delivery import take_owner_notifications

        with database.write_session() as session:  # type: ignore[attr-defined]
            result.notifications = take_owner_notifications(session=session, now=now)
    except Exception as error:
        log.exception("reading the owner's notifications failed")
        result.errors.append(error)
    return result


class BackgroundScheduler:
    def __init__(
        self,
        database_path: Path,
        *,
        on_cycle: Callable[[CycleResult], None] | None = None,
        interval_seconds: float = DEFAULT_INTERVAL_SECONDS,
        clock: Callable[[], datetime] = utc_now,
        sending_paused: bool = False,
        cycle: Callable[..., CycleResult] = default_cycle,
        dispatcher_factory: Callable[[object], object] | None = None,
    ) -> None:
        self.database_path = Path(database_path)
        self.on_cycle = on_cycle
        self.interval_seconds = interval_seconds
        self.clock = clock
        self._cycle_function = cycle
        self._dispatcher_factory = dispatcher_factory
        self._sending_paused = threading.Event()
        if sending_paused:
            self._sending_paused.set()
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._lock = FileLock(str(lock_path_for(self.database_path)))
        self._thread: threading.Thread | None = None
        self.last_cycle: CycleResult | None = None

    # Control (any thread) ---------------------------------------------------------------
    def start(self) -> None:
        """Take the shop's scheduler lock and start the thread. Raises SchedulerBusy."""
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise SchedulerBusy(self.database_path) from None
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="scheduler", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Ask the thread to finish its current message and stop; releases the lock."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        if self._lock.is_locked:
            self._lock.release()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def sending_paused(self) -> bool:
        return self._sending_paused.is_set()

    def pause_sending(self) -> None:
        self._sending_paused.set()

    def resume_sending(self) -> None:
        self._sending_paused.clear()
        self._wake.set()

    def run_soon(self) -> None:
        """Run a cycle now instead of at the next minute (e.g. after an import)."""
        self._wake.set()

    # The thread ---------------------------------------------------------------------------
    def _run(self) -> None:
        from shopnurture.data.database import open_database
        from shopnurture.services.dispatch import Dispatcher

        try:
            database = open_database(self.database_path)
        except UserError as error:
            log.error("the scheduler cannot open the shop: %s", error)
            self._report(CycleResult(started_at=self.clock(), errors=[error]))
            return
        if self._dispatcher_factory is not None:
            dispatcher = self._dispatcher_factory(database)
        else:
            dispatcher = Dispatcher(database, clock=self.clock)
        try:
            try:
                dispatcher.recover_interrupted()  # type: ignore[attr-defined]
            except Exception as error:  # e.g. the disk is full: say so, keep scheduling
                log.exception("flagging interrupted messages failed")
                self._report(CycleResult(started_at=self.clock(), errors=[error]))
            jobs = schedule.Scheduler()
            jobs.every(self.interval_seconds).seconds.do(self._cycle, database, dispatcher)
            last_wall, last_monotonic = time.time(), time.monotonic()
            self._cycle(database, dispatcher)
            while not self._stop.is_set():
                woken = self._wake.wait(timeout=min(1.0, self.interval_seconds))
                if self._stop.is_set():
                    break
                wall, monotonic = time.time(), time.monotonic()
                slept = timedelta(seconds=(wall - last_wall) - (monotonic - last_monotonic))
                last_wall, last_monotonic = wall, monotonic
                if woken or slept > SLEEP_DETECTION_SLACK:
                    self._wake.clear()
                    self._cycle(
                        database, dispatcher, slept if slept > SLEEP_DETECTION_SLACK else None
                    )
                else:
                    jobs.run_pending()
        finally:
            database.close()

    def _cycle(self, database: object, dispatcher: object, slept: timedelta | None = None) -> None:
        if slept is not None:
            log.info("the computer slept for about %s; catching up", slept)
        try:
            result = self._cycle_function(
                database, now=self.clock(), send=not self.sending_paused, dispatcher=dispatcher
            )
        except Exception as error:  # a bug in the cycle itself: keep the thread alive
            log.exception("scheduler cycle failed")
            result = CycleResult(started_at=self.clock(), errors=[error])
        result.slept_for = slept
        self._report(result)

    def _report(self, result: CycleResult) -> None:
        self.last_cycle = result
        if self.on_cycle is not None:
            try:
                self.on_cycle(result)
            except Exception:
                log.exception("scheduler listener failed")
