"""The Automations page: every flow with its status, template and numbers; New (from the
template gallery), Open in the editor, Activate / Pause and Delete."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopnurture.data.clock import utc_now
from shopnurture.data.database import Database
from shopnurture.domain.flows import FlowGraph
from shopnurture.domain.flows.templates import build_template
from shopnurture.errors import UserError
from shopnurture.gui.flow_editor.flow_errors import flow_error_text
from shopnurture.gui.flow_editor.window import FlowEditorWindow
from shopnurture.gui.i18n import current_language
from shopnurture.gui.style import heading_font
from shopnurture.gui.tasks import Task, run_in_background
from shopnurture.services.engine.flow_deletion import delete_stopped_flow
from shopnurture.services.engine.flow_service import (
    activate_flow,
    flows_overview,
    list_templates,
    pause_flow,
)

ID_ROLE = Qt.ItemDataRole.UserRole
_STATUS = {
    "active": QT_TRANSLATE_NOOP("FlowsPage", "Active"),
    "paused": QT_TRANSLATE_NOOP("FlowsPage", "Paused"),
    "draft": QT_TRANSLATE_NOOP("FlowsPage", "Draft"),
}


def choose_template(parent: QWidget) -> str | None:
    """The other helper's gallery when present; else a plain list ("" = an empty flow)."""
    try:
        from shopnurture.gui.flow_editor.panels.template_gallery import (
            choose_template as gallery,
        )
    except ImportError:
        gallery = None
    if gallery is not None:
        return gallery(parent)
    templates = list_templates(current_language())
    empty = QCoreApplication.translate("FlowsPage", "Empty automation")
    names = [empty, *(template.name for template in templates)]
    name, accepted = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("FlowsPage", "New automation"),
        QCoreApplication.translate("FlowsPage", "Start from:"),
        names,
        0,
        False,
    )
    if not accepted:
        return None
    return "" if name == empty else templates[names.index(name) - 1].key


def confirm_activation(parent: QWidget, database: Database, flow_id: int) -> bool | None:
    try:
        from shopnurture.gui.flow_editor.panels.activation_dialog import (
            confirm_activation as dialog,
        )
    except ImportError:
        dialog = None
    if dialog is not None:
        return dialog(parent, database, flow_id)
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("FlowsPage", "Activate automation"),
        QCoreApplication.translate(
            "FlowsPage", "From now on, contacts who match its trigger will enter it. Activate?"
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


class FlowsPage(QWidget):
    sig_status_message = Signal(str)
    """A short text for the status bar."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.windows: dict[int, FlowEditorWindow] = {}
        self._task: Task | None = None
        title = QLabel(self.tr("Automations"))
        title.setObjectName("pageTitle")
        title.setFont(heading_font(title.font(), 1.4))
        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("Automations"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Status"), self.tr("Template"), self.tr("In it now"),
            self.tr("Entered"), self.tr("Messages"),
        ])  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("new", self.tr("New…"), self.new_flow),
            ("open", self.tr("Open in editor"), self.open_selected),
            ("activate", self.tr("Activate"), self.activate_selected),
            ("pause", self.tr("Pause"), self.pause_selected),
            ("delete", self.tr("Delete"), self.delete_selected),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        self.empty_hint = QLabel(self.tr(
            "No automations yet. Press New… and start from a ready-made one, such as "
            "abandoned-cart reminders."
        ))  # fmt: skip
        self.empty_hint.setObjectName("hint")
        self.empty_hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        self.rows: list[dict[str, Any]] = []
        self.refresh()

    # Reading ------------------------------------------------------------------------------

    def refresh(self) -> Task:
        database = self.database
        self._task = run_in_background(lambda: flows_overview(database), on_finished=self._show)
        return self._task

    def _show(self, rows: list[dict[str, Any]]) -> None:
        selected = self.selected_flow_id()
        self.rows = rows
        language = current_language()
        names = {template.key: template.name for template in list_templates(language)}
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            status = _STATUS.get(row["status"], row["status"])
            values = [row["name"], self.tr(status), names.get(row["template"] or "", "—"),
                      row["live_runs"], row["entered"], row["messages"]]  # fmt: skip
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                item.setData(ID_ROLE, row["id"])
                if column >= 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(index, column, item)
            if row["id"] == selected:
                self.table.selectRow(index)
        self.empty_hint.setVisible(not rows)
        self._update_buttons()

    def selected_flow_id(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(ID_ROLE)) if items else None

    def _selected_row(self) -> dict[str, Any] | None:
        flow_id = self.selected_flow_id()
        return next((row for row in self.rows if row["id"] == flow_id), None)

    def _update_buttons(self) -> None:
        row = self._selected_row()
        for key in ("open", "activate", "pause", "delete"):
            self.buttons[key].setEnabled(row is not None)
        if row is not None:
            self.buttons["activate"].setEnabled(row["status"] != "active")
            self.buttons["pause"].setEnabled(row["status"] == "active")

    # Acting -------------------------------------------------------------------------------

    def new_flow(self) -> FlowEditorWindow | None:
        key = choose_template(self)
        if key is None:
            return None
        language = current_language()
        flow = build_template(key, language) if key else FlowGraph(name=self.tr("New automation"))
        window = FlowEditorWindow.open_new(self.database, flow, language=language, parent=self)
        self._show_window(window)
        return window

    def open_selected(self) -> FlowEditorWindow | None:
        flow_id = self.selected_flow_id()
        if flow_id is None:
            return None
        window = self.windows.get(flow_id)
        if window is None:
            try:
                window = FlowEditorWindow.open_stored(
                    self.database, flow_id, language=current_language(), parent=self
                )
            except UserError as error:
                self._say(error.message(current_language()))
                return None
            self.windows[flow_id] = window
        self._show_window(window)
        return window

    def _show_window(self, window: FlowEditorWindow) -> None:
        window.setWindowFlag(Qt.WindowType.Window, True)
        # Closed means gone: reopening reads the stored flow again, not discarded edits.
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        key = id(window)
        window.destroyed.connect(lambda _object=None: self._forget(key))
        window.flow_saved.connect(lambda flow_id: self._on_window_saved(window, flow_id))
        window.show()
        window.raise_()
        window.activateWindow()

    def _forget(self, key: int) -> None:
        self.windows = {i: w for i, w in self.windows.items() if id(w) != key}

    def _on_window_saved(self, window: FlowEditorWindow, flow_id: int) -> None:
        self.windows[flow_id] = window
        self.refresh()

    def activate_selected(self) -> None:
        flow_id = self.selected_flow_id()
        if flow_id is not None and confirm_activation(self, self.database, flow_id):
            self._run(lambda: activate_flow(self.database, flow_id, now=utc_now()),
                      self.tr("Automation activated"))  # fmt: skip

    def pause_selected(self) -> None:
        flow_id = self.selected_flow_id()
        if flow_id is not None:
            text = self.tr("Automation paused; waiting contacts stay where they are")
            self._run(lambda: pause_flow(self.database, flow_id, now=utc_now()), text)

    def delete_selected(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete automation"),
            self.tr("Delete “%1” and its history? This cannot be undone.").replace(
                "%1", row["name"]
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            flow_id = row["id"]
            self._run(
                lambda: delete_stopped_flow(self.database, flow_id), self.tr("Automation deleted")
            )

    def _run(self, work: Callable[[], object], done_text: str) -> Task:
        def finished(_result: object) -> None:
            self._say(done_text)
            self.refresh()

        def failed(error: Exception) -> None:
            self._say(flow_error_text(error, current_language()))

        self._task = run_in_background(work, on_finished=finished, on_failed=failed)
        return self._task

    def _say(self, text: str) -> None:
        self.sig_status_message.emit(text)
