"""Saving the edited flow to the shop (off the GUI thread), saving a copy, autosaving a draft
every few seconds while there are unsaved changes, and asking before unsaved work is lost."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from shopnurture.data.clock import utc_now
from shopnurture.data.database import Database
from shopnurture.gui.flow_editor.document import FlowDocument
from shopnurture.gui.flow_editor.flow_errors import flow_error_text
from shopnurture.gui.tasks import Task, run_in_background
from shopnurture.services.engine.flow_drafts import discard_draft, read_draft, write_draft
from shopnurture.services.engine.flow_service import create_flow, save_flow

AUTOSAVE_MS = 5000


def _tr(text: str) -> str:
    return QCoreApplication.translate("FlowSaver", text)


class FlowSaver(QObject):
    """Runs on the GUI thread; the database writes run on a worker."""

    saved = Signal(int)
    """The flow was stored (its id; a new id after "save as copy")."""
    failed = Signal(str)
    """Saving failed; the message says why, in the owner's language."""

    def __init__(self, document: FlowDocument, database: Database, language: str,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.document = document
        self.database = database
        self.language = language
        self.task: Task | None = None
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.write_draft_now)
        document.dirty_changed.connect(self._on_document_dirty_changed)
        if document.is_dirty:
            self.autosave_timer.start()

    @property
    def busy(self) -> bool:
        return self.task is not None and not self.task.done

    def save(self, *, as_copy_named: str | None = None) -> Task | None:
        """Stores the flow (a copy under a new name when `as_copy_named`); None if busy."""
        if self.busy:
            return None
        flow = self.document.flow.copy()
        flow_id = self.document.flow_id
        index = self.document.undo_stack.index()
        database = self.database
        if as_copy_named is not None:
            flow.name = as_copy_named
            flow.template = None

        def store() -> int:  # on a worker thread
            if flow_id is None or as_copy_named is not None:
                return create_flow(database, flow, now=utc_now())
            save_flow(database, flow_id, flow, now=utc_now())
            return flow_id

        def done(stored_id: int) -> None:
            previous_id = self.document.flow_id
            if as_copy_named is not None:
                self.document.flow.name = as_copy_named
            if self.document.undo_stack.index() == index:  # no edits while it was saving
                self.document.mark_saved(stored_id)
                discard_draft(database.path, previous_id)
            else:
                self.document.flow_id = stored_id
            self.saved.emit(stored_id)

        def fail(error: Exception) -> None:
            self.failed.emit(flow_error_text(error, self.language, saving=True))

        self.task = run_in_background(store, on_finished=done, on_failed=fail)
        return self.task

    def ask_and_save_copy(self, parent: QWidget) -> Task | None:
        name, accepted = QInputDialog.getText(
            parent,
            self.tr("Save a copy"),
            self.tr("Name of the copy:"),
            text=self.tr("Copy of %1").replace("%1", self.document.flow.name),
        )
        if not accepted or not name.strip():
            return None
        return self.save(as_copy_named=name.strip())

    def write_draft_now(self) -> None:
        """Keeps the unsaved state on disk (a few milliseconds: a small JSON file)."""
        if self.document.is_dirty:
            try:
                write_draft(
                    self.database.path, self.document.flow_id, self.document.flow, utc_now()
                )
            except OSError:
                self.autosave_timer.stop()  # a read-only folder: no drafts, but no nagging

    def discard_draft(self) -> None:
        discard_draft(self.database.path, self.document.flow_id)

    def _on_document_dirty_changed(self, dirty: bool) -> None:
        if dirty:
            self.autosave_timer.start()
        else:
            self.autosave_timer.stop()


def offer_draft(
    parent: QWidget | None, database: Database, flow_id: int | None
) -> FlowDocument | None:
    """When a draft was left by a crash, asks whether to continue from it; the document made
    from the draft (with unsaved changes) or None."""
    draft = read_draft(database.path, flow_id)
    if draft is None:
        return None
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("FlowSaver", "Unsaved changes found"),
        QCoreApplication.translate(
            "FlowSaver",
            "This automation has changes from %1 that were never saved (shopnurture closed "
            "unexpectedly). Continue from them?",
        ).replace("%1", draft.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")),
    )
    if answer != QMessageBox.StandardButton.Yes:
        discard_draft(database.path, flow_id)
        return None
    document = FlowDocument(draft.flow, flow_id=flow_id)
    document.mark_recovered()
    return document


def confirm_close(parent: QWidget, document: FlowDocument) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel for a flow with unsaved changes (Discard when there are none)."""
    if not document.is_dirty:
        return QMessageBox.StandardButton.Discard
    return QMessageBox.question(
        parent,
        QCoreApplication.translate("FlowSaver", "Unsaved changes"),
        QCoreApplication.translate("FlowSaver", "Save the changes to “%1” before closing?").replace(
            "%1", document.flow.name
        ),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
