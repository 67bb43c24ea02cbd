"""The "why" of a contact on the Contacts page: the reasons behind their lead score, phase
and RFM group, in the owner's language. GUI thread; one contact's activity is read."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from shopnurture.data.database import Database
from shopnurture.gui.formatting import format_money
from shopnurture.gui.i18n import current_language
from shopnurture.messages import render_message
from shopnurture.services.scoring import ContactStanding, contact_standing

MAX_SCORE_REASONS = 6
MIN_WIDTH = 280


class StandingBox(QWidget):
    def __init__(self, database: Database, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._currency = currency
        self.standing: ContactStanding | None = None
        self.title = QLabel(self.tr("Why this score, phase and group"))
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)  # a long title in Spanish must not be cut off
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reasons.setAccessibleName(self.tr("Reasons for the score, phase and RFM group"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.reasons)

    def show_contact(self, contact_id: int | None, now: datetime | None = None) -> None:
        self.standing = None
        if contact_id is not None:
            self.standing = contact_standing(
                self._database,
                contact_id,
                now=now or datetime.now(UTC),
                money=lambda cents: format_money(cents, self._currency),
            )
        self.setVisible(self.standing is not None)
        if self.standing is not None:
            self.reasons.setText("\n".join(self.lines()))
            # A wrapped label inside the panel's layout does not ask for its full height.
            width = max(self.width(), MIN_WIDTH)
            self.reasons.setMinimumHeight(self.reasons.heightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.standing is not None:
            self.reasons.setMinimumHeight(self.reasons.heightForWidth(max(self.width(), MIN_WIDTH)))

    def lines(self) -> list[str]:
        """The reasons as shown: the biggest score parts, then phase, then RFM group."""
        if self.standing is None:
            return []
        language = current_language()
        score = self.standing.reasons_about("score")
        lines = [render_message(r.code, language, **r.params) for r in score[:MAX_SCORE_REASONS]]
        if len(score) > MAX_SCORE_REASONS:
            lines.append(self.tr("…and %n more", "", len(score) - MAX_SCORE_REASONS))
        for topic in ("phase", "rfm"):
            lines += [
                render_message(r.code, language, **r.params)
                for r in self.standing.reasons_about(topic)
            ]
        return lines
