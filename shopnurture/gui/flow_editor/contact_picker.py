"""A searchable contact picker: a search field and the matching contacts in a list, looked up
off the GUI thread as the owner types (by name, email or phone)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from shopnurture.data.database import Database
from shopnurture.gui.tasks import Task, run_in_background
from shopnurture.services.engine.message_preview import PreviewContact, find_contacts

SEARCH_DELAY_MS = 300  # typing does not search on every key
LISTED = 40


class ContactPicker(QWidget):
    """Runs on the GUI thread; the search runs on a worker."""

    contacts_loaded = Signal(int)
    """The list was filled: how many contacts match."""
    contact_chosen = Signal(int)
    """The owner picked a contact from the list (its id)."""

    def __init__(self, database: Database, purpose: str, parent: QWidget | None = None) -> None:
        """`purpose` names the list for screen readers ("Contact to test with")."""
        super().__init__(parent)
        self.database = database
        self._task: Task | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, email or phone"))
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.search.setClearButtonEnabled(True)
        self.contact = QComboBox()
        self.contact.setAccessibleName(purpose)
        self.contact.setMinimumContentsLength(22)
        self.contact.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.contact)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.load)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.contact.activated.connect(self._on_contact_activated)

    def load(self) -> Task:
        """Looks up the contacts matching the search (all, by name, when it is empty)."""
        database, search = self.database, self.search.text()
        self._task = run_in_background(
            lambda: find_contacts(database, search, limit=LISTED), on_finished=self._fill
        )
        return self._task

    def _fill(self, contacts: list[PreviewContact]) -> None:
        current = self.contact_id()
        self.contact.clear()
        for found in contacts:
            label = f"{found.name} · {found.address}" if found.address else found.name
            self.contact.addItem(label, found.id)
        index = self.contact.findData(current) if current is not None else -1
        self.contact.setCurrentIndex(max(index, 0) if contacts else -1)
        self.contacts_loaded.emit(len(contacts))

    def contact_id(self) -> int | None:
        data = self.contact.currentData()
        return int(data) if data is not None else None

    def choose(self, contact_id: int) -> bool:
        """Picks a listed contact as if the owner had; False when it is not in the list."""
        index = self.contact.findData(contact_id)
        if index < 0:
            return False
        self.contact.setCurrentIndex(index)
        self.contact_chosen.emit(contact_id)
        return True

    def _on_contact_activated(self, _index: int) -> None:
        contact_id = self.contact_id()
        if contact_id is not None:
            self.contact_chosen.emit(contact_id)
