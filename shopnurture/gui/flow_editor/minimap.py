"""A minimap in the canvas's bottom-right corner: the whole flow in small, with the part on
screen framed; a click or drag in it moves the view there. It only appears while the flow
does not fit in the view, and redraws its picture of the flow a moment after edits (never
while a drag is running), so it costs nothing per frame but one pixmap."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, QSizeF, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from shopnurture.gui.flow_editor.items import NODE_HEIGHT, NODE_WIDTH
from shopnurture.gui.flow_editor.view import FlowView

MAX_SIZE = QSize(220, 200)
MIN_SIDE = 72  # never so thin that it is hard to click
MARGIN = 8.0  # inside the minimap, around the flow
CORNER_GAP = 12  # between the minimap and the view's edges
REDRAW_AFTER_MS = 150


class Minimap(QWidget):
    """Runs on the GUI thread; a child of the view, drawn over its bottom-right corner."""

    def __init__(self, view: FlowView) -> None:
        super().__init__(view)
        self.view = view
        self.scene = view.flow_scene
        self.setObjectName("minimap")
        self.setAccessibleName(self.tr("Overview of the whole flow"))
        self.setToolTip(self.tr("Overview: click or drag to move around the flow"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFixedSize(MAX_SIZE)
        self._picture = QPixmap()
        self._flow_rect = QRectF()  # the part of the scene the picture shows
        self._scale = 1.0
        self._offset = QPointF()
        self._redraw_timer = QTimer(self, singleShot=True, interval=REDRAW_AFTER_MS)
        self._redraw_timer.timeout.connect(self.redraw)
        document = self.scene.document
        for signal in (
            document.node_added,
            document.node_removed,
            document.node_moved,
            document.node_changed,
            document.link_added,
            document.link_removed,
        ):
            signal.connect(self._redraw_timer.start)
        view.viewport_moved.connect(self._on_view_viewport_moved)
        view.installEventFilter(self)
        self.redraw()

    # Picture of the flow ------------------------------------------------------------------

    def redraw(self) -> None:
        """Draws the nodes (boxes in their colours) and links (straight lines) once."""
        rect = self.scene.items_rect()
        self._flow_rect = rect
        if rect.isNull():
            self._picture = QPixmap()
            self._place()
            return
        # As big as fits in MAX_SIZE with the flow's proportions (a long flow: a tall strip).
        self._scale = min((MAX_SIZE.width() - 2 * MARGIN) / rect.width(),
                          (MAX_SIZE.height() - 2 * MARGIN) / rect.height())  # fmt: skip
        drawn = QSize(math.ceil(rect.width() * self._scale), math.ceil(rect.height() * self._scale))
        self.setFixedSize(max(drawn.width() + 2 * int(MARGIN), MIN_SIDE),
                          max(drawn.height() + 2 * int(MARGIN), MIN_SIDE))  # fmt: skip
        self._offset = QPointF(
            (self.width() - drawn.width()) / 2, (self.height() - drawn.height()) / 2
        )
        ratio = self.devicePixelRatioF()
        picture = QPixmap(drawn * ratio)
        picture.setDevicePixelRatio(ratio)
        picture.fill(Qt.GlobalColor.transparent)
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(self._scale, self._scale)
        painter.translate(-rect.topLeft())
        line = QPen(QColor(128, 128, 128, 170), 0)  # cosmetic: one pixel whatever the scale
        painter.setPen(line)
        nodes = self.scene.node_items
        for link in self.scene.link_items.values():
            source, target = nodes.get(link.source), nodes.get(link.target)
            if source is not None and target is not None:
                painter.drawLine(source.pos() + QPointF(NODE_WIDTH / 2, NODE_HEIGHT),
                                 target.pos() + QPointF(NODE_WIDTH / 2, 0))  # fmt: skip
        painter.setPen(Qt.PenStyle.NoPen)
        for item in nodes.values():
            painter.setBrush(item.colours.accent)
            painter.drawRoundedRect(QRectF(item.pos(), QSizeF(NODE_WIDTH, NODE_HEIGHT)), 14, 14)
        painter.end()
        self._picture = picture
        self._place()

    # Where it shows -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        viewport = self.view.viewport().geometry()
        self.move(viewport.right() - self.width() - CORNER_GAP,
                  viewport.bottom() - self.height() - CORNER_GAP)  # fmt: skip
        fits = self._flow_rect.isNull() or self.view.visible_scene_rect().contains(self._flow_rect)
        self.setVisible(not fits)
        self.raise_()
        self.update()

    def _on_view_viewport_moved(self) -> None:
        self._place()

    # Drawing and mouse ----------------------------------------------------------------------

    def to_scene(self, point: QPointF) -> QPointF:
        return (point - self._offset) / self._scale + self._flow_rect.topLeft()

    def from_scene(self, rect: QRectF) -> QRectF:
        top_left = (rect.topLeft() - self._flow_rect.topLeft()) * self._scale + self._offset
        return QRectF(top_left, rect.size() * self._scale)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        background = QColor(palette.base().color())
        background.setAlpha(225)
        border = QColor(palette.mid().color())
        painter.setPen(QPen(border, 1))
        painter.setBrush(background)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        if self._picture.isNull():
            return
        painter.drawPixmap(self._offset, self._picture)
        visible = self.from_scene(self.view.visible_scene_rect())
        visible = visible.intersected(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        highlight = QColor(palette.highlight().color())
        painter.setPen(QPen(highlight, 1.5))
        highlight.setAlpha(40)
        painter.setBrush(highlight)
        painter.drawRect(visible)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.view.centerOn(self.to_scene(event.position()))
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.view.centerOn(self.to_scene(event.position()))
            event.accept()
