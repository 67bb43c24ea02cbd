"""The editor in its own window: opens a stored flow (offering an autosaved draft after a
crash), shows * while there are unsaved changes, and asks before closing them away."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from shopnurture.data.database import Database
from shopnurture.domain.flows import FlowGraph
from shopnurture.gui.flow_editor.document import FlowDocument
from shopnurture.gui.flow_editor.editor import FlowEditorWidget
from shopnurture.gui.flow_editor.editor_io import confirm_close, offer_draft
from shopnurture.gui.flow_editor.live_info import LiveInfo
from shopnurture.gui.flow_editor.panel_binding import PropertiesBinding
from shopnurture.gui.icons import icon
from shopnurture.services.engine.flow_service import load_flow


class FlowEditorWindow(QMainWindow):
    flow_saved = Signal(int)
    """The flow was stored (its id)."""

    def __init__(self, database: Database, document: FlowDocument, *, language: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.database = database
        self.editor = FlowEditorWidget(document, language=language, database=database)
        self.live_info = LiveInfo(self.editor.scene, database, self)
        self.properties = PropertiesBinding(self.editor, database)
        self.setCentralWidget(self.editor)
        self.setWindowIcon(icon("flows"))
        self.resize(1280, 800)
        self._close_after_save = False
        self._shown_once = False
        document.dirty_changed.connect(self._update_title)
        self.editor.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        assert self.editor.saver is not None
        self.editor.saver.saved.connect(self._on_saver_saved)
        self.editor.saver.failed.connect(self._on_saver_failed)
        self._update_title()

    @classmethod
    def open_stored(cls, database: Database, flow_id: int, *, language: str,
                    parent: QWidget | None = None) -> FlowEditorWindow:  # fmt: skip
        """The editor for a stored flow (from its autosaved draft if the owner wants it)."""
        document = offer_draft(parent, database, flow_id)
        if document is None:
            _record, flow = load_flow(database, flow_id)
            document = FlowDocument(flow, flow_id=flow_id)
        return cls(database, document, language=language, parent=parent)

    @classmethod
    def open_new(cls, database: Database, flow: FlowGraph, *, language: str,
                 parent: QWidget | None = None) -> FlowEditorWindow:  # fmt: skip
        return cls(database, FlowDocument(flow), language=language, parent=parent)

    def _update_title(self, *_args: object) -> None:
        document = self.editor.document
        self.setWindowTitle(self.tr("%1[*] — Automation editor").replace("%1", document.flow.name))
        self.setWindowModified(document.is_dirty)

    def _on_saver_saved(self, flow_id: int) -> None:
        self._update_title()
        self.flow_saved.emit(flow_id)
        if self._close_after_save and not self.editor.document.is_dirty:
            self.close()

    def _on_saver_failed(self, text: str) -> None:
        self._close_after_save = False
        QMessageBox.warning(self, self.tr("Not saved"), text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            # Once the window has its size: the view's size decides the zoom.
            QTimer.singleShot(0, self.editor.view.show_start)

    def closeEvent(self, event: QCloseEvent) -> None:
        saver = self.editor.saver
        assert saver is not None
        answer = confirm_close(self, self.editor.document)
        if answer == QMessageBox.StandardButton.Cancel:
            event.ignore()
            return
        if answer == QMessageBox.StandardButton.Save:
            self._close_after_save = True
            saver.save()
            event.ignore()  # closes once the flow is stored
            return
        saver.autosave_timer.stop()
        saver.discard_draft()
        event.accept()
