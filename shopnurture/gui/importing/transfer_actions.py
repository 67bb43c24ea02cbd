"""The main window's import and export actions: the wizard, and exports run off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from shopnurture.data.database import Database
from shopnurture.errors import UserError
from shopnurture.gui.i18n import current_language
from shopnurture.gui.importing.import_wizard import ImportWizard
from shopnurture.gui.tasks import Task, run_in_background


class TransferActions(QObject):
    sig_data_changed = Signal()
    """An import was committed: lists showing contacts, activity or products must reload."""
    sig_status_message = Signal(str)
    """A short message for the status bar."""

    def __init__(self, database: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self._database = database
        self._window = parent
        self._task: Task | None = None
        self.wizard: ImportWizard | None = None

    def open_import_wizard(self) -> ImportWizard:
        self.wizard = ImportWizard(self._database, self._window)
        self.wizard.sig_imported.connect(self._on_wizard_imported)
        self.wizard.show()
        return self.wizard

    def _on_wizard_imported(self, report: object) -> None:
        self.sig_data_changed.emit()
        self.sig_status_message.emit(self.tr("Import finished"))

    def export_contacts(self, search: str) -> None:
        from shopnurture.services.exporting import export_contacts

        self._export(
            self.tr("contacts.xlsx"),
            lambda path: export_contacts(
                self._database, path, search=search, language=current_language()
            ),
        )

    def export_activity(self) -> None:
        from shopnurture.services.exporting import export_activity

        self._export(
            self.tr("activity.xlsx"),
            lambda path: export_activity(self._database, path, language=current_language()),
        )

    def export_outbox(self) -> None:
        from shopnurture.services.exporting import export_outbox

        self._export(
            self.tr("outbox.xlsx"),
            lambda path: export_outbox(self._database, path, language=current_language()),
        )

    def _export(self, default_name: str, write: Callable[[Path], int]) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Export to Excel"), default_name, "Excel (*.xlsx)"
        )
        if not path:
            return
        self.export_to(Path(path), write)

    def export_to(self, path: Path, write: Callable[[Path], int]) -> Task:
        progress = QProgressDialog(self.tr("Exporting…"), "", 0, 0, self._window)
        progress.setCancelButton(None)
        progress.setMinimumDuration(400)

        def finished(count: int) -> None:
            progress.close()
            self.sig_status_message.emit(
                self.tr("%1 rows exported to %2").replace("%1", str(count)).replace("%2", path.name)
            )

        def failed(error: Exception) -> None:
            progress.close()
            message = (
                error.message(current_language()) if isinstance(error, UserError) else str(error)
            )
            QMessageBox.critical(self._window, self.tr("Export failed"), message)

        self._task = run_in_background(lambda: write(path), on_finished=finished, on_failed=failed)
        return self._task
