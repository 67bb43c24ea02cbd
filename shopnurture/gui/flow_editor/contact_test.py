"""The "test with a contact" mode: a bar above the canvas to pick a contact (searchable), and
the path that contact would take through the flow as it is being edited, worked out by the
simulator off the GUI thread and shown on the canvas (trace_view.py). Leaving clears it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from shopnurture.data.clock import utc_now
from shopnurture.data.database import Database
from shopnurture.errors import UserError
from shopnurture.gui.flow_editor.contact_picker import ContactPicker
from shopnurture.gui.flow_editor.document import FlowDocument
from shopnurture.gui.flow_editor.scene import FlowScene
from shopnurture.gui.flow_editor.trace_view import TraceClock, TraceSummary, clear_path, show_path
from shopnurture.gui.tasks import Task, run_in_background
from shopnurture.services.engine.contact_trace import ContactTrace, trace_contact

RETRACE_DELAY_MS = 800  # after an edit, the path is worked out again


class ContactTestBar(QWidget):
    """Runs on the GUI thread; the contact search and the simulation run on workers."""

    trace_shown = Signal(object)
    """A path is on the canvas (the ContactTrace)."""
    closed = Signal()
    """The owner left the mode (the highlight is cleared)."""

    def __init__(self, scene: FlowScene, database: Database, language: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.scene = scene
        self.document: FlowDocument = scene.document
        self.database = database
        self.language = language
        self.trace: ContactTrace | None = None
        self._task: Task | None = None
        self._request = 0
        self.setObjectName("contactTestBar")
        self.picker = ContactPicker(database, self.tr("Contact to test with"))
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Test result"))
        close = QToolButton()
        close.setText(self.tr("Stop testing"))
        close.setAccessibleName(self.tr("Stop testing with a contact"))
        close.clicked.connect(self.leave)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(QLabel(self.tr("Test with:")))
        layout.addWidget(self.picker)
        layout.addWidget(self.status, 1)
        layout.addWidget(close)
        self._retrace_timer = QTimer(self, singleShot=True, interval=RETRACE_DELAY_MS)
        self._retrace_timer.timeout.connect(self.trace_chosen)
        self.picker.contact_chosen.connect(lambda _contact_id: self.trace_chosen())
        self.picker.contacts_loaded.connect(self._on_picker_contacts_loaded)
        self.document.changed.connect(self._on_document_changed)
        self.hide()

    # Entering and leaving -----------------------------------------------------------------

    def enter(self) -> None:
        self.show()
        self.picker.search.setFocus()
        if self.picker.contact.count() == 0:
            self.picker.load()

    def leave(self) -> None:
        self._request += 1  # results still on their way are dropped
        self._retrace_timer.stop()
        self.trace = None
        clear_path(self.scene)
        self.status.clear()
        self.hide()
        self.closed.emit()

    @property
    def active(self) -> bool:
        return not self.isHidden()

    # The path -----------------------------------------------------------------------------

    def trace_chosen(self) -> Task | None:
        """Works out the path of the picked contact through the flow as it is now."""
        contact_id = self.picker.contact_id()
        if contact_id is None or not self.active:
            return None
        self._request += 1
        request = self._request
        database, flow, now = self.database, self.document.flow.copy(), utc_now()
        self.status.setText(self.tr("Working out the path…"))

        def finished(trace: ContactTrace) -> None:
            if request == self._request:
                self._show(trace, now)

        def failed(error: Exception) -> None:
            if request == self._request:
                clear_path(self.scene)
                text = error.message(self.language) if isinstance(error, UserError) else str(error)
                self.status.setText(text)

        self._task = run_in_background(
            lambda: trace_contact(database, flow, contact_id, now=now),
            on_finished=finished,
            on_failed=failed,
        )
        return self._task

    def _show(self, trace: ContactTrace, now: datetime) -> None:
        self.trace = trace
        clock = TraceClock(now, trace.time_zone, self.language)
        if trace.paths:
            show_path(self.scene, trace.paths[-1], clock, self.language)
        else:
            clear_path(self.scene)
        self.status.setText(TraceSummary().text(trace, clock))
        self.trace_shown.emit(trace)

    def _on_picker_contacts_loaded(self, count: int) -> None:
        if count == 0:
            self.status.setText(self.tr("No contact matches the search."))

    def _on_document_changed(self) -> None:
        if self.active and self.picker.contact_id() is not None:
            self._retrace_timer.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.leave()
            return
        super().keyPressEvent(event)
