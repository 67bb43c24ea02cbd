"""The Contacts page's segment filter: a combo of saved segments and a "Segments…" button
that opens the rule builder."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from shopnurture.data.database import Database
from shopnurture.gui.contacts.contacts_model import ContactsTableModel
from shopnurture.gui.segments.segments_dialog import SegmentsDialog
from shopnurture.services.segments import find_segment, list_segments, segment_query


class SegmentFilter(QObject):
    def __init__(self, database: Database, model: ContactsTableModel, page: QWidget) -> None:
        super().__init__(page)
        self._database = database
        self._model = model
        self._page = page
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Show the contacts of a segment"))
        self.combo.setMinimumContentsLength(14)
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
        """Filter the contact list to a saved segment (None: every contact)."""
        self.reload(select=segment_id)
        query = None
        if segment_id is not None and self.combo.currentData() == segment_id:
            rules = find_segment(self._database, segment_id).rules
            query = segment_query(rules, now=datetime.now(UTC))
        self._model.set_segment(query)

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
