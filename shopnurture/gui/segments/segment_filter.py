"""The Contacts page's segment filter: a combo of saved segments and a "Segments…" button
that opens the rule builder."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from shopnurture.data.database import Database
from shopnurture.data.segments import members_query
from shopnurture.errors import UserError
from shopnurture.gui.contacts.contacts_model import ContactsTableModel
from shopnurture.gui.segments.segments_dialog import SegmentsDialog
from shopnurture.gui.tasks import Task, run_in_background
from shopnurture.services.segments import contact_ids_in, find_segment, list_segments


class SegmentFilter(QObject):
    def __init__(self, database: Database, model: ContactsTableModel, page: QWidget) -> None:
        super().__init__(page)
        self._database = database
        self._model = model
        self._page = page
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Show the contacts of a segment"))
        self.combo.setMinimumContentsLength(14)
        self._generation = 0
        self._task: Task | None = None
        self.button = QPushButton(self.tr("Segments…"))
        self.button.setToolTip(self.tr("Build, save and count groups of contacts"))
        self.reload()
        self.combo.activated.connect(self._on_combo_activated)
        self.button.clicked.connect(self.open_dialog)

    def reload(self, select: int | None = None) -> None:
        """Refill the combo (after segments changed), keeping or choosing `select`."""
        current = select if select is not None else self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("All contacts"), None)
        for segment in list_segments(self._database):
            self.combo.addItem(segment.name, segment.id)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        self.combo.blockSignals(False)

    def show_segment(self, segment_id: int | None) -> None:
        """Filter the contact list to a saved segment (None: every contact). The members are
        found once, on a worker thread; the list then pages over them."""
        self.reload(select=segment_id)
        self._generation += 1
        if segment_id is None or self.combo.currentData() != segment_id:
            self._model.set_segment(None)
            return
        generation, database = self._generation, self._database

        def members() -> list[int]:  # worker thread
            rules = find_segment(database, segment_id).rules
            return contact_ids_in(database, rules, now=datetime.now(UTC))

        self.combo.setToolTip(self.tr("Finding the contacts of this segment…"))
        self._task = run_in_background(
            members,
            on_finished=lambda ids: self._on_members_found(generation, ids),
            on_failed=lambda error: self._on_members_failed(generation, error),
        )

    def _on_members_found(self, generation: int, contact_ids: list[int]) -> None:
        if generation != self._generation:
            return  # another segment was chosen meanwhile
        self.combo.setToolTip("")
        self._model.set_segment(members_query(contact_ids))

    def _on_members_failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self.combo.setToolTip("")
        if not isinstance(error, UserError):
            raise error
        # The segment was deleted meanwhile: back to every contact.
        self.show_segment(None)

    def _on_combo_activated(self, _index: int) -> None:
        self.show_segment(self.combo.currentData())

    def dialog(self) -> SegmentsDialog:
        """The Segments window, not yet shown (tests drive it directly)."""
        dialog = SegmentsDialog(self._database, self._page)
        dialog.sig_segments_changed.connect(lambda: self.show_segment(self.combo.currentData()))
        dialog.sig_show_requested.connect(self.show_segment)
        return dialog

    def open_dialog(self) -> None:
        self.dialog().exec()
