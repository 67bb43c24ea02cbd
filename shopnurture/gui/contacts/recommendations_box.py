"""What to show a contact next, on their page: up to three products and why each one
(bought together by other customers, viewed lately, a best seller). Loaded off the GUI thread."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from shopnurture.data.database import Database
from shopnurture.domain.recommendations import BEST_SELLER, BOUGHT_TOGETHER
from shopnurture.gui.formatting import format_money
from shopnurture.gui.tasks import Task, run_in_background
from shopnurture.services.recommendations import RecommendedProduct, recommendations_for_contact

SHOWN = 3


class RecommendationsBox(QWidget):
    def __init__(self, database: Database, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._currency = currency
        self._contact_id: int | None = None
        self._task: Task | None = None
        self.items: list[RecommendedProduct] = []
        self.title = QLabel(self.tr("Recommended for them"))
        self.title.setObjectName("sectionTitle")
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.body)

    def show_contact(self, contact_id: int | None) -> None:
        self._contact_id = contact_id
        self.items = []
        if contact_id is None:
            self.body.setText("")
            return
        self.body.setText(self.tr("Looking…"))
        database = self._database
        self._task = run_in_background(
            lambda: (
                contact_id,
                recommendations_for_contact(
                    database, contact_id, now=datetime.now(UTC), count=SHOWN
                ),
            ),
            on_finished=self._on_recommendations_finished,
        )

    def _on_recommendations_finished(self, result: tuple[int, list[RecommendedProduct]]) -> None:
        contact_id, items = result
        if contact_id != self._contact_id:
            return  # another contact was chosen meanwhile
        self.items = items
        if not items:
            self.body.setText(self.tr("Nothing to suggest yet: no products in stock to match."))
            return
        self.body.setText("<br>".join(self._line(item) for item in items))

    def _line(self, item: RecommendedProduct) -> str:
        product, why = item.product, item.recommendation
        if why.reason == BOUGHT_TOGETHER:
            reason = (
                self.tr("%1 customers who bought %2 also bought it")
                .replace("%1", str(why.support))
                .replace("%2", _escape(item.because_name))
            )
        elif why.reason == BEST_SELLER:
            reason = self.tr("a best seller")
        else:
            reason = self.tr("viewed it lately")
        price = format_money(product.price_cents, self._currency)
        name = _escape(product.name or product.sku)
        return f"<b>{name}</b> · {price}<br><span style='color:gray'>{reason}</span>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
