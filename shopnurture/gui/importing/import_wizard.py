"""The import wizard: choose a file and what it holds, check the columns, see what would
change, then import — reading and importing run on a worker thread with progress and Cancel.

GUI thread only; the import service (`services.importing.service`) does the work.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from shopnurture.data.database import Database
from shopnurture.domain.import_fields import FIELDS, ImportKind
from shopnurture.errors import UserError
from shopnurture.gui.i18n import current_language
from shopnurture.gui.importing.field_labels import field_label, kind_label, kinds
from shopnurture.gui.tasks import Task, TaskControl, run_in_background
from shopnurture.services.importing.mapping import suggest_mapping
from shopnurture.services.importing.report import ImportReport, write_error_report
from shopnurture.services.importing.service import (
    ImportCancelled,
    Preview,
    preview,
    remembered_mapping,
    run_import,
)

SPREADSHEETS = "*.xlsx *.xlsm *.ods *.csv *.txt"
SAMPLE_VALUES = 3


def _describe_error(error: Exception) -> str:
    if isinstance(error, UserError):
        return error.message(current_language())
    return f"{type(error).__name__}: {error}"


class ImportWizard(QWizard):
    """Holds what the pages share: the file, its preview, the chosen mapping, the reports."""

    sig_imported = Signal(object)
    """The import was committed; carries the ImportReport."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.path: Path | None = None
        self.preview: Preview | None = None
        self.mapping: dict[str, str | None] = {}
        self.dry_run_report: ImportReport | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import from a spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(820, 560)
        # An import holds the shop's write lock until it commits: edits elsewhere in the
        # window would have to wait for it, so the window waits with the wizard instead.
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.check_page = RunPage(self, dry_run=True)
        self.import_page = RunPage(self, dry_run=False)
        for page in (self.file_page, self.columns_page, self.check_page, self.import_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)

    @property
    def kind(self) -> ImportKind | None:
        return self.file_page.chosen_kind()

    def reject(self) -> None:
        # Closing mid-run cancels the worker; its transaction rolls back.
        for page in (self.file_page, self.check_page, self.import_page):
            page.cancel_task()
        super().reject()


class _TaskPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.import_wizard = wizard
        self.task: Task | None = None

    def cancel_task(self) -> None:
        if self.task is not None and not self.task.done:
            self.task.cancel()


class FilePage(_TaskPage):
    """Which file, which sheet, and what its rows are (contacts, activity, orders, products)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Which spreadsheet?"))
        self.setSubTitle(
            self.tr("Excel (.xlsx), LibreOffice (.ods) or CSV, e.g. an export of your shop.")
        )
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setAccessibleName(self.tr("File"))
        browse = QPushButton(self.tr("Choose file…"))
        browse.clicked.connect(self._on_browse_clicked)
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Sheet"))
        self.sheet.currentIndexChanged.connect(self._on_sheet_changed)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("The rows are"))
        self.kind.addItem(self.tr("(choose)"), None)
        for kind in kinds():
            self.kind.addItem(kind_label(kind), kind)
        self.kind.currentIndexChanged.connect(self.completeChanged)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("hint")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Sheet"), self.sheet)
        form.addRow(self.tr("The rows are"), self.kind)
        form.addRow("", self.busy)
        form.addRow("", self.status)

    def chosen_kind(self) -> ImportKind | None:
        value = self.kind.currentData()
        return ImportKind(value) if value else None

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a spreadsheet"),
            "",
            self.tr("Spreadsheets (%1)").replace("%1", SPREADSHEETS),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path, sheet: str | None = None) -> None:
        """Read the file's first rows on a worker thread (a big CSV must not freeze us)."""
        self.import_wizard.path = path
        self.import_wizard.preview = None
        self.path_edit.setText(str(path))
        self.status.setText(self.tr("Reading the file…"))
        self.busy.show()
        self.cancel_task()
        database = self.import_wizard.database
        self.task = run_in_background(
            lambda: preview(path, sheet=sheet, database=database),
            on_finished=self._on_preview_ready,
            on_failed=self._on_preview_failed,
        )
        self.completeChanged.emit()

    def _on_preview_ready(self, result: Preview) -> None:
        self.busy.hide()
        self.import_wizard.preview = result
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(result.sheet_names)
        self.sheet.setCurrentText(result.sheet)
        self.sheet.blockSignals(False)
        if result.guessed_kind is not None and self.kind.currentData() is None:
            self.kind.setCurrentIndex(self.kind.findData(result.guessed_kind.value))
        found = self.tr("%1 columns, about %2 rows, header on row %3.")
        text = (
            found.replace("%1", str(len(result.headers)))
            .replace("%2", str(max(0, result.total_rows - result.header_row)))
            .replace("%3", str(result.header_row))
        )
        if result.layout_name:
            text = self.tr("Recognised: %1.").replace("%1", result.layout_name) + " " + text
        self.status.setText(text)
        self.completeChanged.emit()

    def _on_preview_failed(self, error: Exception) -> None:
        self.busy.hide()
        self.import_wizard.preview = None
        self.status.setText(_describe_error(error))
        self.completeChanged.emit()

    def _on_sheet_changed(self, _index: int) -> None:
        if self.import_wizard.path is not None and self.sheet.currentText():
            self.load(self.import_wizard.path, self.sheet.currentText())

    def isComplete(self) -> bool:
        return self.import_wizard.preview is not None and self.chosen_kind() is not None


class ColumnsPage(QWizardPage):
    """One row per column of the file: its header, example values, and what to import it as."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.import_wizard = wizard
        self.setTitle(self.tr("Which column is which?"))
        self.setSubTitle(
            self.tr(
                "Check what each column will be imported as. "
                "Columns set to “Don't import” are left out."
            )
        )
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Columns of the file"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Examples"), self.tr("Import as")]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(2, 240)
        self.combos: dict[str, QComboBox] = {}
        self.remembered = QLabel()
        self.remembered.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.remembered)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:
        wizard = self.import_wizard
        kind = wizard.kind
        assert wizard.preview is not None and kind is not None and wizard.path is not None
        current = wizard.preview
        suggested = current.suggested_mapping
        remembered = current.remembered
        if current.kind != kind:  # the owner chose another kind: suggest for that one
            stored = remembered_mapping(wizard.database, current.headers, kind)
            remembered = stored is not None
            suggested = stored or suggest_mapping(current.headers, current.sample_rows, kind)
        self.remembered.setText(
            self.tr("Using the columns you chose last time for a file like this.")
            if remembered
            else ""
        )
        self.table.setRowCount(len(current.headers))
        self.combos.clear()
        for row, header in enumerate(current.headers):
            self.table.setItem(row, 0, _readonly(header))
            examples = [_shown(sample[row]) for sample in current.sample_rows[:SAMPLE_VALUES]]
            self.table.setItem(row, 1, _readonly(" · ".join(value for value in examples if value)))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Import %1 as").replace("%1", header))
            combo.addItem(self.tr("Don't import"), None)
            for field in FIELDS[kind]:
                combo.addItem(field_label(field), field)
            combo.setCurrentIndex(max(0, combo.findData(suggested.get(header))))
            self.table.setCellWidget(row, 2, combo)
            self.combos[header] = combo

    def mapping(self) -> dict[str, str | None]:
        return {header: combo.currentData() for header, combo in self.combos.items()}

    def validatePage(self) -> bool:
        self.import_wizard.mapping = self.mapping()
        return True


class RunPage(_TaskPage):
    """Runs the import on a worker thread: as a dry run ("check") or for real."""

    def __init__(self, wizard: ImportWizard, *, dry_run: bool) -> None:
        super().__init__(wizard)
        self.dry_run = dry_run
        self.report: ImportReport | None = None
        if dry_run:
            self.setTitle(self.tr("What would change"))
            self.setSubTitle(self.tr("Nothing has been imported yet."))
            # Past this page the import is done: no way back, and Next says what it does.
            self.setCommitPage(True)
            self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        else:
            self.setTitle(self.tr("Importing"))
            self.setFinalPage(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_task)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("importSummary")
        self.errors = QTableWidget(0, 4)
        self.errors.setAccessibleName(self.tr("Rows that will be skipped"))
        self.errors.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Why")]
        )
        self.errors.verticalHeader().hide()
        self.errors.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((60, 170, 150)):
            self.errors.setColumnWidth(column, width)
        self.save_errors = QPushButton(self.tr("Save the list of skipped rows…"))
        self.save_errors.clicked.connect(self._on_save_errors_clicked)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors, 1)
        layout.addWidget(self.save_errors, 0, Qt.AlignmentFlag.AlignRight)

    def initializePage(self) -> None:
        wizard = self.import_wizard
        self.report = None
        self.summary.setText(
            self.tr("Checking the rows…") if self.dry_run else self.tr("Importing…")
        )
        self.errors.setRowCount(0)
        self.errors.hide()
        self.save_errors.hide()
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        database, path, kind = wizard.database, wizard.path, wizard.kind
        sheet = wizard.preview.sheet if wizard.preview else None
        mapping, dry_run = dict(wizard.mapping), self.dry_run

        def work(control: TaskControl) -> ImportReport:
            return run_import(
                database, path, kind=kind, sheet=sheet, mapping=mapping, dry_run=dry_run,
                progress=control.report_progress, is_cancelled=lambda: control.cancelled,
            )  # fmt: skip

        self.task = run_in_background(
            work,
            wants_control=True,
            on_finished=self._on_finished,
            on_failed=self._on_failed,
            on_progress=self._on_progress,
        )
        self.completeChanged.emit()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _on_finished(self, report: ImportReport) -> None:
        self.report = report
        if self.dry_run:
            self.import_wizard.dry_run_report = report
        else:
            self.import_wizard.report = report
            self.import_wizard.sig_imported.emit(report)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.cancel_button.setEnabled(False)
        self.summary.setText(self._summary_text(report))
        self._show_errors(report)
        self.completeChanged.emit()

    def _summary_text(self, report: ImportReport) -> str:
        if self.dry_run:
            text = self.tr("%1 rows read: %2 new, %3 updated, %4 skipped because of a problem.")
        else:
            text = self.tr(
                "Done. %1 rows read: %2 new, %3 updated, %4 skipped because of a problem."
            )
        return (
            text.replace("%1", str(report.read))
            .replace("%2", str(report.created))
            .replace("%3", str(report.updated))
            .replace("%4", str(report.skipped))
        )

    def _show_errors(self, report: ImportReport) -> None:
        shown = report.errors[:500]
        self.errors.setRowCount(len(shown))
        for row, error in enumerate(shown):
            values = (str(error.row), error.column, error.value, error.message(current_language()))
            for column, value in enumerate(values):
                self.errors.setItem(row, column, _readonly(value))
        self.errors.setVisible(bool(shown))
        self.save_errors.setVisible(bool(report.errors))

    def _on_failed(self, error: Exception) -> None:
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        if isinstance(error, ImportCancelled):
            self.summary.setText(self.tr("Cancelled: nothing was imported."))
        else:
            self.summary.setText(_describe_error(error) + " " + self.tr("Nothing was imported."))

    def _on_save_errors_clicked(self) -> None:
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the skipped rows"), self.tr("skipped-rows.xlsx"), "Excel (*.xlsx)"
        )
        if path:
            write_error_report(self.report, path, language=current_language())

    def isComplete(self) -> bool:
        return self.report is not None

    def validatePage(self) -> bool:
        return self.report is not None


def _readonly(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
