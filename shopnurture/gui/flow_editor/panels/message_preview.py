"""The live preview of a message for a chosen contact: subject, HTML and plain text as the
engine renders them (off the GUI thread), and for SMS how many parts it takes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from shopnurture.data.clock import utc_now
from shopnurture.data.database import Database
from shopnurture.gui.flow_editor.panels.message_editor import segment_text
from shopnurture.gui.i18n import current_language
from shopnurture.gui.tasks import Task, run_in_background
from shopnurture.services.engine.message_preview import (
    MessagePreview,
    PreviewContact,
    find_contacts,
    preview_message,
)

RENDER_DELAY_MS = 250  # typing does not render on every key


class MessagePreviewPane(QWidget):
    sig_preview_shown = Signal(object)
    """A preview (MessagePreview) is on screen."""
    sig_contacts_loaded = Signal(int)
    """The contact list was filled: how many contacts it offers."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._message: dict[str, Any] = {}
        self._channel = "email"
        self._request = 0
        self._tasks: list[Task] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, email or phone"))
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.search.setClearButtonEnabled(True)
        self.contact = QComboBox()
        self.contact.setAccessibleName(self.tr("Contact for the preview"))
        self.contact.setMinimumContentsLength(16)
        self.contact.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        form.addRow(self.tr("Find"), self.search)
        form.addRow(self.tr("Preview for"), self.contact)
        layout.addLayout(form)
        self.subject = QLabel()
        self.subject.setWordWrap(True)
        # Plain text: a contact's name is shown as typed, never read as markup.
        self.subject.setTextFormat(Qt.TextFormat.PlainText)
        self.subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subject.setAccessibleName(self.tr("Subject"))
        layout.addWidget(self.subject)
        self.views = QTabWidget()
        self.html = QTextBrowser()
        self.html.setOpenLinks(False)
        self.html.setAccessibleName(self.tr("Message as the contact sees it"))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Plain text"))
        self.views.addTab(self.html, self.tr("As sent"))
        self.views.addTab(self.text, self.tr("Plain text"))
        self.views.setMinimumHeight(180)
        layout.addWidget(self.views)
        self.counter = QLabel()
        self.counter.setObjectName("hint")
        self.counter.setAccessibleName(self.tr("SMS length for this contact"))
        layout.addWidget(self.counter)
        self.problem = QLabel()
        self.problem.setObjectName("errorLabel")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(RENDER_DELAY_MS)
        self._render_timer.timeout.connect(self._render_now)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(RENDER_DELAY_MS)
        self._search_timer.timeout.connect(self._load_contacts)
        self.search.textEdited.connect(lambda _text: self._search_timer.start())
        self.contact.activated.connect(lambda _index: self._render_now())
        self._load_contacts()

    # What to show --------------------------------------------------------------------------

    def set_message(self, message: dict[str, Any], channel: str) -> None:
        self._message, self._channel = message, channel
        self.subject.setVisible(channel != "sms")
        self.views.setTabVisible(0, channel == "email")
        self.views.setCurrentIndex(0 if channel == "email" else 1)
        self.counter.setVisible(channel == "sms")
        self._render_timer.start()

    def choose_contact(self, contact_id: int) -> None:
        index = self.contact.findData(contact_id)
        if index >= 0:
            self.contact.setCurrentIndex(index)
            self._render_now()

    def contact_id(self) -> int | None:
        data = self.contact.currentData()
        return int(data) if data is not None else None

    # Background work -----------------------------------------------------------------------

    def _keep(self, task: Task) -> None:
        self._tasks = [t for t in self._tasks if not t.done] + [task]

    def _load_contacts(self) -> None:
        database, search = self.database, self.search.text()
        self._keep(run_in_background(
            lambda: find_contacts(database, search), on_finished=self._on_contacts_loaded,
        ))  # fmt: skip

    def _on_contacts_loaded(self, contacts: list[PreviewContact]) -> None:
        current = self.contact_id()
        self.contact.clear()
        self.contact.addItem(self.tr("Sample values (no contact)"), None)
        for found in contacts:
            label = f"{found.name} · {found.address}" if found.address else found.name
            self.contact.addItem(label, found.id)
        index = self.contact.findData(current) if current is not None else -1
        self.contact.setCurrentIndex(index if index >= 0 else (1 if contacts else 0))
        self.sig_contacts_loaded.emit(len(contacts))
        self._render_now()

    def _render_now(self) -> None:
        self._render_timer.stop()
        self._request += 1
        request = self._request
        database, message, channel = self.database, dict(self._message), self._channel
        contact_id, language = self.contact_id(), current_language()

        def render() -> MessagePreview:
            return preview_message(
                database, message, channel, contact_id, now=utc_now(), owner_language=language
            )

        self._keep(run_in_background(
            render, on_finished=lambda preview: self._on_rendered(request, preview),
        ))  # fmt: skip

    def _on_rendered(self, request: int, preview: MessagePreview) -> None:
        if request != self._request:
            return  # a newer edit is on its way
        self.problem.setText(preview.problem or "")
        self.problem.setVisible(bool(preview.problem))
        self.subject.setText(
            self.tr("Subject: %1").replace("%1", preview.subject) if preview.subject else ""
        )
        self.html.setHtml(preview.html or "")
        self.text.setPlainText(preview.text)
        self.counter.setText(segment_text(preview.text))
        self.sig_preview_shown.emit(preview)
