"""The "test with a contact" mode: a bar above the canvas to pick a contact (searchable), and
the path that contact would take through the flow as it is being edited, worked out by the
simulator off the GUI thread and shown on the canvas (trace_view.py). Leaving clears it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from shopnurture.data.clock import utc_now
from shopnurture.data.database import Database
from shopnurture.errors import UserError
from shopnurture.gui.flow_editor.document import FlowDocument
from shopnurture.gui.flow_editor.scene import FlowScene
from shopnurture.gui.flow_editor.trace_view import TraceClock, TraceSummary, clear_path, show_path
from shopnurture.gui.tasks import Task, run_in_background
from shopnurture.services.engine.contact_trace import ContactTrace, trace_contact
from shopnurture.services.engine.message_preview import PreviewContact, find_contacts

SEARCH_DELAY_MS = 300
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
        self._search_task: Task | None = None
        self._trace_task: Task | None = None
        self._request = 0
        self.setObjectName("contactTestBar")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, email or phone"))
        self.search.setAccessibleName(self.tr("Search a contact to test with"))
        self.search.setClearButtonEnabled(True)
        self.contact = QComboBox()
        self.contact.setAccessibleName(self.tr("Contact to test with"))
        self.contact.setMinimumContentsLength(22)
        self.contact.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
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
        layout.addWidget(self.search)
        layout.addWidget(self.contact)
        layout.addWidget(self.status, 1)
        layout.addWidget(close)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.load_contacts)
        self._retrace_timer = QTimer(self, singleShot=True, interval=RETRACE_DELAY_MS)
        self._retrace_timer.timeout.connect(self.trace_chosen)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.contact.activated.connect(lambda _index: self.trace_chosen())
        self.document.changed.connect(self._on_document_changed)
        self.hide()

    # Entering and leaving -----------------------------------------------------------------

    def enter(self) -> None:
        self.show()
        self.search.setFocus()
        if self.contact.count() == 0:
            self.load_contacts()

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

    # Contacts -----------------------------------------------------------------------------

    def load_contacts(self) -> Task:
        database, search = self.database, self.search.text()
        self._search_task = run_in_background(
            lambda: find_contacts(database, search, limit=40), on_finished=self._on_contacts_found
        )
        return self._search_task

    def _on_contacts_found(self, contacts: list[PreviewContact]) -> None:
        current = self.contact_id()
        self.contact.clear()
        for found in contacts:
            label = f"{found.name} · {found.address}" if found.address else found.name
            self.contact.addItem(label, found.id)
        index = self.contact.findData(current) if current is not None else -1
        self.contact.setCurrentIndex(max(index, 0) if contacts else -1)
        if not contacts:
            self.status.setText(self.tr("No contact matches the search."))

    def contact_id(self) -> int | None:
        data = self.contact.currentData()
        return int(data) if data is not None else None

    def choose_contact(self, contact_id: int) -> Task | None:
        """Selects a listed contact and works out their path (what picking it does)."""
        index = self.contact.findData(contact_id)
        if index < 0:
            return None
        self.contact.setCurrentIndex(index)
        return self.trace_chosen()

    # The path -----------------------------------------------------------------------------

    def trace_chosen(self) -> Task | None:
        contact_id = self.contact_id()
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
                message = (
                    error.message(self.language) if isinstance(error, UserError) else str(error)
                )
                self.status.setText(message)

        self._trace_task = run_in_background(
            lambda: trace_contact(database, flow, contact_id, now=now),
            on_finished=finished,
            on_failed=failed,
        )
        return self._trace_task

    def _show(self, trace: ContactTrace, now: datetime) -> None:
        self.trace = trace
        clock = TraceClock(now, trace.time_zone, self.language)
        if trace.paths:
            show_path(self.scene, trace.paths[-1], clock, self.language)
        else:
            clear_path(self.scene)
        self.status.setText(TraceSummary().text(trace, clock))
        self.trace_shown.emit(trace)

    def _on_document_changed(self) -> None:
        if self.active and self.contact_id() is not None:
            self._retrace_timer.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.leave()
            return
        super().keyPressEvent(event)
