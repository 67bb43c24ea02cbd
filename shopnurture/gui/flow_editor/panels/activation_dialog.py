"""Activating a flow; when it is live, changed, and contacts wait in it, the owner first sees
how many wait at each step and decides: they stay on the old version, move to a chosen step
of the new one, or leave the flow. The work runs off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopnurture.data.clock import utc_now
from shopnurture.data.database import Database
from shopnurture.errors import UserError
from shopnurture.gui.i18n import current_language
from shopnurture.gui.tasks import run_in_background
from shopnurture.services.engine.flow_versions import (
    EXIT,
    MOVE,
    STAY,
    ActivationPlan,
    activate_with_choice,
    activation_plan,
)


class ActivationDialog(QDialog):
    def __init__(self, plan: ActivationPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Activate the changed flow"))
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("%n contact(s) are in the middle of this flow. Your changes apply to "
                    "everyone who enters from now on; what should happen to those already "
                    "in it?", "", plan.total_waiting)
        )  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(plan.waiting), 2)
        self.table.setAccessibleName(self.tr("Contacts waiting at each step"))
        self.table.setHorizontalHeaderLabels([self.tr("Waiting at"), self.tr("Contacts")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        several_versions = len({place.version for place in plan.waiting}) > 1
        for row, place in enumerate(plan.waiting):
            label = (
                place.label if place.label == place.node_id else f"{place.label} ({place.node_id})"
            )
            if several_versions:
                label += " · " + self.tr("version %1").replace("%1", str(place.version))
            count = QTableWidgetItem(str(place.count))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, QTableWidgetItem(label))
            self.table.setItem(row, 1, count)
        self.table.setMaximumHeight(40 + 30 * min(len(plan.waiting), 6))
        layout.addWidget(self.table)
        self.choices = QButtonGroup(self)
        self.stay = QRadioButton(self.tr("Let them finish on the old version (recommended)"))
        self.move = QRadioButton(self.tr("Move them all to this step of the new version:"))
        self.exit = QRadioButton(self.tr("Take them out of the flow (no more messages from it)"))
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("Step to move them to"))
        for node_id, label in plan.targets:
            self.target.addItem(label if label == node_id else f"{label} ({node_id})", node_id)
        # Where most of them wait, if the new version still has that step.
        busiest = max(plan.waiting, key=lambda place: place.count, default=None)
        if busiest is not None and self.target.findData(busiest.node_id) >= 0:
            self.target.setCurrentIndex(self.target.findData(busiest.node_id))
        self.target.setEnabled(False)
        hints = {
            self.stay: self.tr("Each contact keeps the steps and messages they started with."),
            self.move: self.tr("They continue from that step now; a wait there starts today."),
            self.exit: self.tr("Messages they have queued and not yet sent are cancelled."),
        }
        for button, choice in ((self.stay, STAY), (self.move, MOVE), (self.exit, EXIT)):
            button.setProperty("choice", choice)
            self.choices.addButton(button)
            layout.addWidget(button)
            if button is self.move:
                layout.addWidget(self.target)
            hint = QLabel(hints[button])
            hint.setObjectName("hint")
            hint.setWordWrap(True)
            hint.setContentsMargins(24, 0, 0, 4)
            layout.addWidget(hint)
        self.stay.setChecked(True)
        self.move.toggled.connect(self.target.setEnabled)
        layout.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Activate"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> tuple[str, str | None]:
        """(stay / move / exit, the target step when moving)."""
        checked = self.choices.checkedButton()
        choice = str(checked.property("choice")) if checked is not None else STAY
        return choice, (str(self.target.currentData()) if choice == MOVE else None)


def run_and_wait(function: Callable[[], Any]) -> Any:
    """Runs `function` on a worker thread while the window keeps painting; its result (or
    its exception, raised here)."""
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def finished(result: Any) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(error: Exception) -> None:
        outcome["error"] = error
        loop.quit()

    task = run_in_background(function, on_finished=finished, on_failed=failed)
    if not task.done:
        loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


def confirm_activation(parent: QWidget | None, database: Database, flow_id: int) -> bool | None:
    """Activates the flow: True when done, False when it could not be (the reason shown),
    None when the owner cancelled. Asks about waiting contacts only when the flow is live,
    its steps changed, and someone waits in it."""
    language = current_language()
    try:
        plan = run_and_wait(lambda: activation_plan(database, flow_id, language))
        choice: tuple[str, str | None] = (STAY, None)
        if plan.needs_decision:
            dialog = ActivationDialog(plan, parent)
            try:
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return None
                choice = dialog.choice()
            finally:
                dialog.deleteLater()
        run_and_wait(
            lambda: activate_with_choice(database, flow_id, choice[0], choice[1], now=utc_now())
        )
    except UserError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ActivationDialog", "The flow was not activated"),
            error.message(language),
        )
        return False
    return True
