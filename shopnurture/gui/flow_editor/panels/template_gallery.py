"""The template gallery: start a flow from one of the eleven built-in automations, each told in
plain words with its timings, or from an empty canvas. `choose_template` returns the key."""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopnurture.domain.flows import FlowGraph, Node
from shopnurture.domain.flows.templates import TEMPLATES
from shopnurture.domain.flows.timing import duration
from shopnurture.gui.i18n import current_language
from shopnurture.services.engine.flow_service import TemplateSummary, list_templates

EMPTY = ""  # the key of "Empty flow"
KEY_ROLE = Qt.ItemDataRole.UserRole
# Colours by family: winning back interest, after an order, dates and lifecycle, nurturing.
_FAMILY = {
    "browse_abandonment": "#c0392b", "cart_abandonment": "#c0392b", "upsell": "#c0392b",
    "cross_sell": "#2471a3", "product_review": "#2471a3", "replenishment": "#2471a3",
    "referral": "#2471a3", "offer": "#b9770e", "birthday": "#b9770e", "win_back": "#b9770e",
    "nurture_by_phase": "#1e8449",
}  # fmt: skip


def template_icon(label: str, colour: str, size: int = 40) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), 8, 8)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.45))
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, label)
    painter.end()
    return QIcon(pixmap)


class TemplateTimings(QObject):
    """How long a template waits, in words (a QObject so that plural forms are translated)."""

    def length(self, minutes: int) -> str:
        days, hours = minutes // 1440, minutes // 60
        if minutes and minutes % 1440 == 0:
            return self.tr("%n day(s)", "", days)
        if minutes and minutes % 60 == 0:
            return self.tr("%n hour(s)", "", hours)
        return self.tr("%n minute(s)", "", minutes)

    def step(self, node: Node) -> str | None:
        params = node.params
        if node.kind == "trigger.cart_abandoned":
            return self.length(int(params.get("minutes") or 0))
        if node.kind == "trigger.inactivity":
            days = int(params.get("days") or 0)
            return self.tr("%n day(s) without buying", "", days)
        if node.kind == "trigger.date_anniversary":
            days = int(params.get("days_before") or 0)
            return self.tr("%n day(s) before the date", "", days)
        if node.kind == "logic.wait" and params.get("days_by_kind"):
            days_by_kind = sorted(int(d) for d in params["days_by_kind"].values())
            text = self.tr("%1–%2 days by product type")
            return text.replace("%1", str(days_by_kind[0])).replace("%2", str(days_by_kind[-1]))
        if node.kind == "logic.wait":
            return self.length(int(duration(params.get("duration")).total_seconds() // 60))
        if node.kind == "logic.wait_for_event":
            minutes = int(duration(params.get("timeout")).total_seconds() // 60)
            return self.tr("up to %1 for a reply").replace("%1", self.length(minutes))
        return None


def timing_line(flow: FlowGraph) -> str:
    """The flow's waits in reading order, e.g. "1 hour → 1 day → 2 days"."""
    words = TemplateTimings()
    ordered = sorted(flow.nodes.values(), key=lambda node: (node.position[1], node.position[0]))
    return " → ".join(step for node in ordered if (step := words.step(node)))


class TemplateGallery(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New flow"))
        self.setAccessibleName(self.tr("Choose how to start the new flow"))
        self.resize(660, 640)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Start from a ready-made automation (you can change everything "
                               "afterwards) or from an empty canvas."))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by name or description"))
        self.search.setAccessibleName(self.tr("Filter templates"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.setIconSize(QSize(40, 40))
        self.list.setSpacing(2)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create flow"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill(list_templates(current_language()))
        self.search.textChanged.connect(self._on_search_changed)
        self.search.returnPressed.connect(self._on_search_return)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.itemSelectionChanged.connect(self._fit_rows)
        self.list.setCurrentRow(0)
        self.list.setFocus()

    def _fill(self, templates: list[TemplateSummary]) -> None:
        for summary in templates:
            flow = TEMPLATES[summary.key].build()
            timing = timing_line(flow)
            self._add(summary.key, str(summary.number), _FAMILY.get(summary.key, "#555"),
                      summary.name, summary.description,
                      self.tr("Timing: %1").replace("%1", timing) if timing else "")  # fmt: skip
        self._add(EMPTY, "+", "#7f8c8d", self.tr("Empty flow"),
                  self.tr("A blank canvas: drag a trigger from the palette and build your own."),
                  "")  # fmt: skip

    def _add(self, key: str, badge: str, colour: str, name: str, text: str, timing: str) -> None:
        item = QListWidgetItem(template_icon(badge, colour), "")
        item.setData(KEY_ROLE, key)
        plain = " ".join(part for part in (name, text, timing) if part)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, plain)
        item.setData(Qt.ItemDataRole.ToolTipRole, plain)
        item.setData(Qt.ItemDataRole.UserRole + 1, plain.casefold())
        label = QLabel(
            f"<b>{html.escape(name)}</b><br>{html.escape(text)}"
            + (f"<br><i>{html.escape(timing)}</i>" if timing else "")
        )
        label.setWordWrap(True)
        label.setContentsMargins(6, 4, 6, 6)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.list.addItem(item)
        self.list.setItemWidget(item, label)

    def _fit_rows(self) -> None:
        """Each row as tall as its wrapped text at the list's current width."""
        # The scroll bar's room is kept even before it shows up (it appears after sizing).
        scroll_bar = self.list.verticalScrollBar().sizeHint().width()
        frame = 2 * self.list.frameWidth()
        icon_room = self.list.iconSize().width() + 8  # the view puts the label right of it
        width = self.list.width() - frame - scroll_bar - 2 * self.list.spacing() - icon_room
        for row in range(self.list.count()):
            item = self.list.item(row)
            label = self.list.itemWidget(item)
            if isinstance(label, QLabel):
                label.setFixedWidth(width)
                item.setSizeHint(QSize(width, label.heightForWidth(width) + 4))
                # Selected text in the highlight's colour, like a plain list item.
                label.setStyleSheet("color: palette(highlighted-text)" if item.isSelected() else "")

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt)
        super().showEvent(event)
        self._fit_rows()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self._fit_rows()

    def _on_search_changed(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            haystack = str(item.data(Qt.ItemDataRole.UserRole + 1))
            item.setHidden(bool(needle) and needle not in haystack and item.data(KEY_ROLE) != EMPTY)
        current = self.list.currentItem()
        if current is None or current.isHidden():
            visible = [self.list.item(r) for r in range(self.list.count())
                       if not self.list.item(r).isHidden()]  # fmt: skip
            if visible:
                self.list.setCurrentItem(visible[0])

    def _on_search_return(self) -> None:
        if self.list.currentItem() is not None:
            self.accept()

    def chosen_key(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(KEY_ROLE)) if item is not None else None


def choose_template(parent: QWidget | None = None) -> str | None:
    """Shows the gallery: the chosen template's key, "" for an empty flow, None if cancelled."""
    dialog = TemplateGallery(parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen_key()
    finally:
        dialog.deleteLater()
