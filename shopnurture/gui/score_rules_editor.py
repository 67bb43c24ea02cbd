"""Settings tab: the lead score's points table (points per activity, how fast points fade,
points for money spent). Saving refreshes every score off the GUI thread."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shopnurture.data.database import Database
from shopnurture.domain.scoring import ScoreRules
from shopnurture.errors import UserError
from shopnurture.gui.i18n import current_language
from shopnurture.gui.labels import event_type_label
from shopnurture.gui.tasks import Task, run_in_background
from shopnurture.services.scoring import read_score_rules, refresh_all_scores, save_score_rules


class ScoreRulesEditor(QWidget):
    sig_scores_refreshed = Signal(int)
    """Every score was recomputed with the saved table; carries how many changed."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._task: Task | None = None
        intro = QLabel(
            self.tr(
                "Each activity adds points to a contact's lead score. Points fade with time: "
                "after the half-life they count half. Orders also add points for the money "
                "spent. Campaigns can then target contacts by score."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        form = QFormLayout()
        self.points: dict[str, QSpinBox] = {}
        for event in ScoreRules().points:
            spin = QSpinBox()
            spin.setRange(-1000, 1000)
            spin.setAccessibleName(event_type_label(event))
            self.points[str(event)] = spin
            form.addRow(event_type_label(event), spin)
        self.half_life = QSpinBox()
        self.half_life.setRange(1, 3650)
        self.half_life.setSuffix(self.tr(" days"))
        form.addRow(self.tr("Half-life of points"), self.half_life)
        self.cents_per_point = QSpinBox()
        self.cents_per_point.setRange(0, 10_000_000)
        self.cents_per_point.setSpecialValueText(self.tr("spend gives no points"))
        self.cents_per_point.setToolTip(self.tr("In cents: 1000 means one point per 10.00 spent"))
        form.addRow(self.tr("Cents spent per point"), self.cents_per_point)
        self.save_button = QPushButton(self.tr("Save points table"))
        self.save_button.setObjectName("primaryButton")
        self.defaults_button = QPushButton(self.tr("Back to defaults"))
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.defaults_button)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        buttons.addWidget(self.save_button)
        content = QWidget()
        content.setMaximumWidth(720)
        column = QVBoxLayout(content)
        column.addWidget(intro)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(content)
        layout.addStretch(1)
        self.show_rules(read_score_rules(database))
        self.save_button.clicked.connect(self.save)
        self.defaults_button.clicked.connect(lambda: self.show_rules(ScoreRules()))

    def show_rules(self, rules: ScoreRules) -> None:
        for event, spin in self.points.items():
            spin.setValue(int(rules.points.get(event, 0)))
        self.half_life.setValue(round(rules.half_life_days))
        self.cents_per_point.setValue(rules.cents_per_point)

    def rules(self) -> ScoreRules:
        return ScoreRules(
            points={event: spin.value() for event, spin in self.points.items()},
            half_life_days=float(self.half_life.value()),
            cents_per_point=self.cents_per_point.value(),
        )

    def save(self) -> bool:
        """Store the table, then recompute every score in the background."""
        try:
            save_score_rules(self._database, self.rules())
        except UserError as error:
            self.status.setText(error.message(current_language()))
            return False
        self.status.setText(self.tr("Saved. Updating every contact's score…"))
        self.save_button.setEnabled(False)
        database, now = self._database, datetime.now(UTC)
        self._task = run_in_background(
            lambda: refresh_all_scores(database, now=now),
            on_finished=self._on_refresh_finished,
            on_failed=self._on_refresh_failed,
        )
        return True

    def _on_refresh_finished(self, changed: int) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Saved; %n score(s) changed.", "", changed))
        self.sig_scores_refreshed.emit(changed)

    def _on_refresh_failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        message = error.message(current_language()) if isinstance(error, UserError) else str(error)
        self.status.setText(message)
