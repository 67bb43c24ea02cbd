"""The GUI side of the background scheduler: its results as Qt signals, and the tray icon.

`SendingController` lives on the GUI thread. The scheduler calls back on its own thread;
the callback only emits a signal, which Qt queues to the GUI thread.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from shopnurture.errors import UserError
from shopnurture.gui.formatting import format_datetime
from shopnurture.gui.i18n import current_language
from shopnurture.gui.icons import icon
from shopnurture.services.scheduler import BackgroundScheduler, CycleResult, SchedulerBusy

log = logging.getLogger(__name__)

PAUSED_KEY = "sending/paused"
TRAY_HINT_SHOWN_KEY = "sending/tray_hint_shown"


class SendingController(QObject):
    sig_cycle_finished = Signal(object)
    """A scheduler cycle finished (emitted from the scheduler thread, received queued)."""
    sig_status_changed = Signal(str)
    """A one-line summary for the status bar and the tray."""

    def __init__(self, database_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = QSettings()
        self.scheduler = BackgroundScheduler(
            database_path,
            on_cycle=self.sig_cycle_finished.emit,
            sending_paused=self._settings.value(PAUSED_KEY, False, bool),
        )
        self.sig_cycle_finished.connect(self._on_cycle_finished)
        self.busy_elsewhere: SchedulerBusy | None = None
        self.last_result: CycleResult | None = None
        self.tray: QSystemTrayIcon | None = None

    def start(self) -> bool:
        """Start sending for this shop; False when another window or `run` already does."""
        try:
            self.scheduler.start()
        except SchedulerBusy as busy:
            self.busy_elsewhere = busy
            self.sig_status_changed.emit(busy.message(current_language()))
            return False
        return True

    def stop(self) -> None:
        self.scheduler.stop()
        if self.tray is not None:
            self.tray.hide()

    @property
    def paused(self) -> bool:
        return self.scheduler.sending_paused

    def set_paused(self, paused: bool) -> None:
        if paused:
            self.scheduler.pause_sending()
        else:
            self.scheduler.resume_sending()
        self._settings.setValue(PAUSED_KEY, paused)
        self.sig_status_changed.emit(self.summary())

    def run_soon(self) -> None:
        self.scheduler.run_soon()

    def summary(self) -> str:
        if self.busy_elsewhere is not None:
            return self.busy_elsewhere.message(current_language())
        result = self.last_result
        parts = [self.tr("Sending paused") if self.paused else self.tr("Sending on")]
        if result is not None:
            parts.append(self.tr("last run %1").replace("%1", format_datetime(result.started_at)))
            dispatch = result.dispatch
            if dispatch is not None and getattr(dispatch, "sent", 0):
                parts.append(self.tr("%n sent", "", dispatch.sent))
            problems = list(result.errors)
            if dispatch is not None:
                problems.extend(getattr(dispatch, "problems", []))
            if problems:
                first = problems[0]
                text = (
                    first.message(current_language())
                    if isinstance(first, UserError)
                    else type(first).__name__
                )
                parts.append(self.tr("problem: %1").replace("%1", text))
        return " · ".join(parts)

    def _on_cycle_finished(self, result: CycleResult) -> None:
        self.last_result = result
        self.sig_status_changed.emit(self.summary())
        if self.tray is not None:
            self.tray.setToolTip(self.summary())
        self.show_owner_notifications(result.notifications)

    def show_owner_notifications(self, notes: list[tuple[str, str]]) -> None:
        """The flows' "notify the owner" messages, as desktop notifications (or in the
        status bar when the desktop has no tray)."""
        for title, text in notes:
            if self.tray is not None:
                self.tray.showMessage(title, text)
            else:
                self.sig_status_changed.emit(f"{title}: {text}")

    # The tray icon --------------------------------------------------------------------
    def install_tray(self, window: QWidget) -> bool:
        """A tray icon that keeps the app sending when the window closes. False if the
        desktop has no tray (then closing the window quits)."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return False
        self.tray = QSystemTrayIcon(icon("app"), self)
        menu = QMenu(window)
        show = QAction(self.tr("Open shopnurture"), menu)
        show.triggered.connect(window.showNormal)
        show.triggered.connect(window.activateWindow)
        pause = QAction(self.tr("Pause sending"), menu)
        pause.setCheckable(True)
        pause.setChecked(self.paused)
        pause.toggled.connect(self.set_paused)
        run_now = QAction(self.tr("Send due messages now"), menu)
        run_now.triggered.connect(self.run_soon)
        menu.addActions([show, pause, run_now])
        self.tray.setContextMenu(menu)
        self.tray.setToolTip(self.summary())
        self.tray.show()
        return True

    def explain_tray_once(self) -> None:
        """The first time the window closes into the tray, say that sending goes on."""
        if self.tray is None or self._settings.value(TRAY_HINT_SHOWN_KEY, False, bool):
            return
        self._settings.setValue(TRAY_HINT_SHOWN_KEY, True)
        self.tray.showMessage(
            "shopnurture",
            self.tr("shopnurture keeps sending your reminders from here. "
                    "Use this icon to open it again or to pause sending."),
        )  # fmt: skip
