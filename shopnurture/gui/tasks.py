"""Running core calls off the GUI thread and getting their results back on it.

A task is a plain function; it runs on a QThreadPool worker and must not touch widgets.
Its result or error comes back through queued signals, so callbacks run on the GUI thread.
Long tasks receive a `TaskControl` to report progress and to notice Cancel.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

log = logging.getLogger(__name__)


class TaskCancelled(Exception):
    """Raised inside a task by `TaskControl.check_cancelled()` after the user pressed Cancel."""


class TaskControl:
    """Handed to a task: progress reporting and cancellation, safe from any thread."""

    def __init__(self, signals: _TaskSignals) -> None:
        self._signals = signals
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check_cancelled(self) -> None:
        if self._cancelled.is_set():
            raise TaskCancelled

    def report_progress(self, done: int, total: int) -> None:
        self._signals.sig_progressed.emit(done, total)


class _TaskSignals(QObject):
    sig_finished = Signal(object)
    """The task returned; carries its result."""
    sig_failed = Signal(object)
    """The task raised; carries the exception."""
    sig_cancelled = Signal()
    """The task stopped after Cancel."""
    sig_progressed = Signal(int, int)
    """Progress: done, total."""


class _Runnable(QRunnable):
    def __init__(
        self,
        function: Callable[..., Any],
        signals: _TaskSignals,
        control: TaskControl,
        wants_control: bool,
    ) -> None:
        super().__init__()
        self._function = function
        self._signals = signals
        self._control = control
        self._wants_control = wants_control
        self.setAutoDelete(True)

    def run(self) -> None:  # runs on a worker thread
        try:
            result = self._function(self._control) if self._wants_control else self._function()
        except TaskCancelled:
            self._signals.sig_cancelled.emit()
        except BaseException as error:  # reported to the GUI, which decides what to show
            if not isinstance(error, Exception):
                raise
            log.debug("task failed", exc_info=True)
            self._signals.sig_failed.emit(error)
        else:
            self._signals.sig_finished.emit(result)


# Every task stays referenced here until its outcome has been delivered: if the caller drops
# its Task (or replaces it with a newer one), the signal object must not be destroyed while
# the worker's queued emission is still on its way to the GUI thread.
_RUNNING: set[Task] = set()


class Task:
    """A running task; keep a reference while you care about its outcome."""

    def __init__(self, signals: _TaskSignals, control: TaskControl) -> None:
        self.signals = signals
        self.control = control
        self.done = False
        signals.sig_finished.connect(self._mark_done)
        signals.sig_failed.connect(self._mark_done)
        signals.sig_cancelled.connect(self._mark_done)

    def _mark_done(self, *_: object) -> None:
        self.done = True
        # Released after every slot of this emission has run, not in the middle of it.
        QTimer.singleShot(0, lambda: _RUNNING.discard(self))

    def cancel(self) -> None:
        self.control.cancel()


def run_in_background(
    function: Callable[..., Any],
    *,
    on_finished: Callable[[Any], None] | None = None,
    on_failed: Callable[[Exception], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    wants_control: bool = False,
    pool: QThreadPool | None = None,
) -> Task:
    """Start `function` on a worker thread (called with a TaskControl if `wants_control`)."""
    signals = _TaskSignals()
    control = TaskControl(signals)
    task = Task(signals, control)
    if on_finished:
        signals.sig_finished.connect(on_finished)
    if on_failed:
        signals.sig_failed.connect(on_failed)
    if on_cancelled:
        signals.sig_cancelled.connect(on_cancelled)
    if on_progress:
        signals.sig_progressed.connect(on_progress)
    _RUNNING.add(task)
    (pool or QThreadPool.globalInstance()).start(
        _Runnable(function, signals, control, wants_control)
    )
    return task
