"""The Contacts page: search-as-you-type list, add/edit/delete, and the detail panel."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopnurture.data.contacts import DeletedContacts, get_contact
from shopnurture.data.database import Database
from shopnurture.gui.contacts.contact_detail import ContactDetailPanel
from shopnurture.gui.contacts.contact_dialog import ContactDialog
from shopnurture.gui.contacts.contacts_model import ContactsTableModel
from shopnurture.gui.contacts.privacy_actions import PrivacyActions
from shopnurture.gui.list_table import configure_list_table
from shopnurture.gui.segments.segment_filter import SegmentFilter
from shopnurture.services.contacts import delete_contacts, draft_from_contact, restore_contacts

SEARCH_DELAY_MS = 120


class DeleteContactsCommand(QUndoCommand):
    """Deleting contacts as one undoable step; Undo brings back them and their activity."""

    def __init__(self, page: ContactsPage, contact_ids: list[int], text: str) -> None:
        super().__init__(text)
        self._page = page
        self._contact_ids = contact_ids
        self._deleted: DeletedContacts | None = None

    def redo(self) -> None:
        self._deleted = delete_contacts(self._page.database, self._contact_ids)
        self._page.refresh()

    def undo(self) -> None:
        if self._deleted is not None:
            restore_contacts(self._page.database, self._deleted)
        self._page.refresh()


class ContactsPage(QWidget):
    sig_status_message = Signal(str)
    """A short message for the status bar (e.g. "2 contacts deleted")."""

    def __init__(
        self,
        database: Database,
        undo_stack: QUndoStack,
        *,
        default_country: str,
        currency: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.undo_stack = undo_stack
        self._default_country = default_country
        self.model = ContactsTableModel(database, self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, email, phone, city or tag…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search contacts"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.search.textChanged.connect(self._search_timer.start)

        self.segment_filter = SegmentFilter(database, self.model, self)
        self.segment_combo: QComboBox = self.segment_filter.combo
        self.segments_button = self.segment_filter.button

        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.add_button = QPushButton(self.tr("New contact"))
        self.add_button.setObjectName("primaryButton")
        self.edit_button = QPushButton(self.tr("Edit"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.privacy = PrivacyActions(database, self)
        self.privacy.sig_status_message.connect(self.sig_status_message)
        self.privacy.sig_contact_forgotten.connect(self._on_privacy_contact_forgotten)
        self.privacy_button = QPushButton(self.tr("Privacy…"))
        self.privacy_button.setToolTip(self.tr("Give this contact their data, or forget them"))
        privacy_menu = QMenu(self.privacy_button)
        privacy_menu.addAction(self.tr("Save everything about this contact…"), self._on_export_data)
        privacy_menu.addAction(self.tr("Forget this contact…"), self._on_forget)
        self.privacy_button.setMenu(privacy_menu)
        self.add_button.clicked.connect(self.add_contact)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)

        self.table = QTableView()
        configure_list_table(
            self.table,
            self.model,
            accessible_name=self.tr("Contacts"),
            widths=(190, 240, 165, 120, 130, 60, 140, 90),
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)

        self.detail = ContactDetailPanel(database, currency)

        edit_action = QAction(self.tr("Edit contact"), self)
        edit_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit_action.triggered.connect(self.edit_selected)
        delete_action = QAction(self.tr("Delete contacts"), self)
        delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(edit_action)
        self.table.addAction(delete_action)

        toolbar = QHBoxLayout()
        toolbar.addWidget(self.search, 1)
        toolbar.addWidget(self.segment_combo)
        toolbar.addWidget(self.segments_button)
        toolbar.addWidget(self.count_label)
        toolbar.addSpacing(12)
        toolbar.addWidget(self.add_button)
        toolbar.addWidget(self.edit_button)
        toolbar.addWidget(self.delete_button)
        toolbar.addWidget(self.privacy_button)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([900, 340])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addLayout(toolbar)
        layout.addWidget(splitter, 1)

        self.model.sig_total_changed.connect(self._on_model_total_changed)
        self.model.reload()
        self._update_buttons()

    # Queries ---------------------------------------------------------------------------
    def _on_search_timer_timeout(self) -> None:
        self.model.set_search(self.search.text())
        self._update_buttons()

    def _on_model_total_changed(self, total: int) -> None:
        self.count_label.setText(self.tr("%n contact(s)", "", total))

    def refresh(self) -> None:
        """Reload the list keeping the selected contact (if it still exists) in view."""
        selected = self.selected_contact_ids()
        self.model.reload()
        for contact_id in selected[:1]:
            self.select_contact(contact_id)
        self.detail.show_contact(
            selected[0] if selected and self.model.row_of_contact(selected[0]) is not None else None
        )
        self._update_buttons()

    def select_contact(self, contact_id: int) -> bool:
        row = self.model.row_of_contact(contact_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def selected_contact_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [
            contact_id for row in rows if (contact_id := self.model.contact_id_at(row)) is not None
        ]

    def _on_table_selection_changed(self, *_: object) -> None:
        selected = self.selected_contact_ids()
        self.detail.show_contact(selected[0] if len(selected) == 1 else None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = len(self.selected_contact_ids())
        self.edit_button.setEnabled(count == 1)
        self.delete_button.setEnabled(count >= 1)
        self.privacy_button.setEnabled(count == 1)

    # Data protection ---------------------------------------------------------------------
    def _on_export_data(self) -> None:
        selected = self.selected_contact_ids()
        if len(selected) == 1:
            self.privacy.export_data(selected[0])

    def _on_forget(self) -> None:
        selected = self.selected_contact_ids()
        if len(selected) == 1:
            self.privacy.forget(selected[0], self.detail.title.text())

    def _on_privacy_contact_forgotten(self, _contact_id: int) -> None:
        self.undo_stack.clear()  # nothing of theirs may come back through Undo
        self.refresh()

    # Edits -----------------------------------------------------------------------------
    def open_contact_dialog(self, contact_id: int | None = None) -> ContactDialog:
        """The dialog, not yet shown (tests drive it directly)."""
        draft = None
        if contact_id is not None:
            with self.database.read_session() as session:
                contact = get_contact(session=session, contact_id=contact_id)
            draft = draft_from_contact(contact) if contact else None
        return ContactDialog(
            self.database,
            default_country=self._default_country,
            draft=draft,
            contact_id=contact_id,
            parent=self,
        )

    def add_contact(self) -> None:
        dialog = self.open_contact_dialog()
        if dialog.exec() and dialog.saved_contact_id is not None:
            self._after_save(dialog.saved_contact_id, self.tr("Contact added"))

    def edit_selected(self) -> None:
        selected = self.selected_contact_ids()
        if len(selected) != 1:
            return
        dialog = self.open_contact_dialog(selected[0])
        if dialog.exec() and dialog.saved_contact_id is not None:
            self._after_save(dialog.saved_contact_id, self.tr("Contact saved"))

    def _after_save(self, contact_id: int, message: str) -> None:
        self.model.reload()
        if not self.select_contact(contact_id):
            self.detail.show_contact(contact_id)
        self.sig_status_message.emit(message)

    def delete_selected(self) -> None:
        selected = self.selected_contact_ids()
        if not selected:
            return
        if not self.confirm_delete(len(selected)):
            return
        self.delete_contacts_now(selected)

    def confirm_delete(self, count: int) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete contacts"),
            self.tr(
                "Delete %n contact(s) and their activity? You can undo this with Ctrl+Z.", "", count
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_contacts_now(self, contact_ids: list[int]) -> None:
        text = self.tr("Delete %n contact(s)", "", len(contact_ids))
        self.undo_stack.push(DeleteContactsCommand(self, contact_ids, text))
        self.sig_status_message.emit(
            self.tr("%n contact(s) deleted. Press Ctrl+Z to undo.", "", len(contact_ids))
        )
