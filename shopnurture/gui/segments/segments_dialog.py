"""The Segments window: the saved segments on the left; the chosen one's name and rules on
the right, with the live count; save, save as new, delete, and show its contacts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopnurture.data.database import Database
from shopnurture.domain.segments import Group
from shopnurture.errors import UserError
from shopnurture.gui.i18n import current_language
from shopnurture.gui.segments.builder import SegmentBuilder
from shopnurture.services.segments import delete_segment, list_segments, save_segment


class SegmentsDialog(QDialog):
    sig_segments_changed = Signal()
    """A segment was saved, renamed or deleted."""
    sig_show_requested = Signal(int)
    """Show the contacts of this saved segment on the Contacts page."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Segments"))
        self.resize(1240, 600)
        self._database = database
        self.segment_id: int | None = None
        self.saved = QListWidget()
        self.saved.setAccessibleName(self.tr("Saved segments"))
        self.saved.setMaximumWidth(240)
        self.new_button = QPushButton(self.tr("New segment"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name, e.g. Customers at risk"))
        self.name.setAccessibleName(self.tr("Segment name"))
        self.builder = SegmentBuilder(database)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primaryButton")
        self.save_as_button = QPushButton(self.tr("Save as new"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.show_button = QPushButton(self.tr("Show these contacts"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        for button in (self.show_button, self.save_as_button, self.save_button):
            buttons.addWidget(button)
        left = QVBoxLayout()
        left.addWidget(self.saved, 1)
        left.addWidget(self.new_button)
        right = QVBoxLayout()
        right.addWidget(self.name)
        right.addWidget(self.builder, 1)
        right.addWidget(self.error)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        self.saved.currentItemChanged.connect(self._on_saved_current_item_changed)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(lambda: self.save(as_new=False))
        self.save_as_button.clicked.connect(lambda: self.save(as_new=True))
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.show_button.clicked.connect(self._on_show_clicked)
        self.reload()
        self._update_buttons()

    def reload(self, select: int | None = None) -> None:
        self.saved.blockSignals(True)
        self.saved.clear()
        for segment in list_segments(self._database):
            item = QListWidgetItem(segment.name)
            item.setData(Qt.ItemDataRole.UserRole, segment.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, segment.rules)
            self.saved.addItem(item)
            if segment.id == select:
                self.saved.setCurrentItem(item)
        self.saved.blockSignals(False)

    def start_new(self) -> None:
        self.saved.clearSelection()
        self.saved.setCurrentItem(None)
        self.segment_id = None
        self.name.clear()
        self.builder.set_rules(Group())
        self._update_buttons()

    def _on_saved_current_item_changed(self, item: QListWidgetItem | None, *_: object) -> None:
        if item is None:
            return
        self.segment_id = int(item.data(Qt.ItemDataRole.UserRole))
        self.name.setText(item.text())
        self.builder.set_rules(item.data(Qt.ItemDataRole.UserRole + 1))
        self.error.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.segment_id is not None
        self.delete_button.setEnabled(chosen)
        self.show_button.setEnabled(chosen)
        self.save_as_button.setEnabled(chosen)

    def save(self, *, as_new: bool) -> bool:
        """Save (or rename) the segment shown; a problem shows under the rules."""
        self.error.clear()
        try:
            saved = save_segment(
                self._database,
                self.name.text(),
                self.builder.rules(),
                segment_id=None if as_new else self.segment_id,
            )
        except UserError as error:
            self.error.setText(error.message(current_language()))
            return False
        self.segment_id = saved.id
        self.reload(select=saved.id)
        self._update_buttons()
        self.sig_segments_changed.emit()
        return True

    def _on_delete_clicked(self) -> None:
        if self.segment_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete segment"),
            self.tr("Delete the segment %1? Its contacts stay.").replace("%1", self.name.text()),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_now()

    def delete_now(self) -> None:
        if self.segment_id is not None:
            delete_segment(self._database, self.segment_id)
            self.reload()
            self.start_new()
            self.sig_segments_changed.emit()

    def _on_show_clicked(self) -> None:
        if self.segment_id is not None:
            self.sig_show_requested.emit(self.segment_id)
            self.accept()
