"""A contact's data-protection requests from the Contacts page: give them their data, or
forget them (irreversible, so asked twice as plainly as we can)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from shopnurture.data.clock import utc_now
from shopnurture.data.database import Database
from shopnurture.errors import UserError
from shopnurture.gui.i18n import current_language
from shopnurture.gui.tasks import Task, run_in_background
from shopnurture.services.privacy import export_contact_data, forget_contact


class PrivacyActions(QObject):
    sig_contact_forgotten = Signal(int)
    """A contact was erased for good; carries its former id."""
    sig_status_message = Signal(str)
    """A short message for the status bar."""

    def __init__(self, database: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self._database = database
        self._parent = parent
        self.task: Task | None = None

    def export_data(self, contact_id: int, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self._parent, self.tr("Save everything about this contact"),
                self.tr("contact-data.json"), "JSON (*.json)",
            )  # fmt: skip
            if not chosen:
                return
            path = Path(chosen)
        database = self._database
        self.task = run_in_background(
            lambda: export_contact_data(database, contact_id, path),
            on_finished=lambda written: self.sig_status_message.emit(
                self.tr("Saved to %1").replace("%1", Path(written).name)
            ),
            on_failed=self._explain,
        )

    def confirm_forget(self, name: str) -> bool:
        answer = QMessageBox.warning(
            self._parent,
            self.tr("Forget this contact"),
            self.tr(
                "Erase %1 and everything about them (activity, messages, consent) for good? "
                "This cannot be undone. They will never get marketing again, even if their "
                "address comes back in an import."
            ).replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def forget(self, contact_id: int, name: str, *, confirmed: bool = False) -> None:
        if not confirmed and not self.confirm_forget(name):
            return
        database = self._database
        self.task = run_in_background(
            lambda: forget_contact(database, contact_id, now=utc_now()),
            on_finished=lambda _none: self._on_forgotten(contact_id),
            on_failed=self._explain,
        )

    def _on_forgotten(self, contact_id: int) -> None:
        self.sig_contact_forgotten.emit(contact_id)
        self.sig_status_message.emit(self.tr("The contact was erased."))

    def _explain(self, error: Exception) -> None:
        message = error.message(current_language()) if isinstance(error, UserError) else str(error)
        QMessageBox.critical(self._parent, self.tr("It could not be done"), message)
