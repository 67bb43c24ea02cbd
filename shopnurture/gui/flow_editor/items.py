"""The canvas items: a node box (icon, kind, summary, own label, badges), its output ports
(labelled pills for split nodes) and the links between them. Items only draw; the scene
creates, updates and removes them when the document says so."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem

from shopnurture.domain.flows.catalogue import Port
from shopnurture.gui.flow_editor.node_style import PORT_COLOURS, icon_renderer, node_colours

NODE_WIDTH = 220.0
NODE_HEIGHT = 76.0
PORT_HEIGHT = 18.0
GRID = 20.0
PILL_LEFT = NODE_WIDTH / 2 + 12  # where the badge and the test path's time start
_PROBLEM_COLOURS = {"error": QColor("#d0312d"), "warning": QColor("#d98c00")}


def _fonts(base: QFont) -> tuple[QFont, QFont, QFont, QFont]:
    """Caption (the kind), title, detail line and port labels."""
    caption, title, detail, port = QFont(base), QFont(base), QFont(base), QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    caption.setPointSizeF(size * 0.85)
    title.setPointSizeF(size)
    title.setBold(True)
    detail.setPointSizeF(size * 0.85)
    detail.setItalic(True)
    port.setPointSizeF(size * 0.8)
    port.setBold(True)
    return caption, title, detail, port


def _two_lines(text: str, metrics: QFontMetricsF, width: float) -> tuple[str, str]:
    """`text` broken at a space to fit `width`, the rest elided on a second line."""
    if metrics.horizontalAdvance(text) <= width:
        return text, ""
    words = text.split(" ")
    first = words[0]
    for count in range(1, len(words)):
        candidate = " ".join(words[: count + 1])
        if metrics.horizontalAdvance(candidate) > width:
            rest = " ".join(words[count:])
            return first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        first = candidate
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width), ""


class PortItem(QGraphicsItem):
    """An output of a node: a dot for a plain "next", a labelled pill for split outputs.
    Dragging from it makes a link (see interactions.py)."""

    def __init__(self, node: NodeItem, port: Port, label: str, rect: QRectF) -> None:
        super().__init__(node)
        self.node_item = node
        self.port = port
        self.label = label
        self._rect = rect
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.CrossCursor)

    @property
    def anchor(self) -> QPointF:
        """Where links start, in scene coordinates."""
        return self.mapToScene(QPointF(self._rect.center().x(), self._rect.bottom()))

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: Any = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(PORT_COLOURS.get(self.port.type, "#7a7f87"))
        if self.port.type == "next":
            colour = self.node_item.colours.accent
            painter.setPen(QPen(colour, 1.5))
            painter.setBrush(self.node_item.colours.fill)
            painter.drawEllipse(self._rect)
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(self._rect, self._rect.height() / 2, self._rect.height() / 2)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(self.node_item.fonts[3])
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self.label)


class NodeItem(QGraphicsItem):
    """One node of the flow. `refresh(...)` sets what it shows; the scene keeps it in sync."""

    def __init__(self, node_id: str, kind: str, *, dark: bool, font: QFont) -> None:
        super().__init__()
        self.node_id = node_id
        self.kind = kind
        self.colours = node_colours(kind, dark)
        self.fonts = _fonts(font)
        self.ports: dict[str, PortItem] = {}
        self.has_input = True
        self._caption = self._title = self._title_more = self._detail = ""
        self._badge = ""
        self._problem_severity: str | None = None
        self._trace = ""
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(1)

    # What it shows ------------------------------------------------------------------------

    def refresh(
        self, caption: str, title: str, detail: str, ports: list[tuple[Port, str]], has_input: bool
    ) -> None:
        """Texts (kind, summary or own label, second line) and the output ports to draw."""
        self.prepareGeometryChange()
        metrics = QFontMetricsF(self.fonts[1])
        width = NODE_WIDTH - 54
        self._caption = QFontMetricsF(self.fonts[0]).elidedText(
            caption, Qt.TextElideMode.ElideRight, width
        )
        if detail:
            self._title = metrics.elidedText(title, Qt.TextElideMode.ElideRight, width)
            self._title_more = ""
        else:
            self._title, self._title_more = _two_lines(title, metrics, width)
        self._detail = QFontMetricsF(self.fonts[2]).elidedText(
            detail, Qt.TextElideMode.ElideRight, width
        )
        self.has_input = has_input
        self._set_ports(ports)
        self.setToolTip("\n".join(part for part in (caption, title, detail) if part))
        self.update()

    def _set_ports(self, ports: list[tuple[Port, str]]) -> None:
        scene = self.scene()
        for item in self.ports.values():
            if scene is not None:
                scene.removeItem(item)
        self.ports = {}
        if not ports:
            return
        if len(ports) == 1 and ports[0][0].type == "next":
            rect = QRectF(NODE_WIDTH / 2 - 7, NODE_HEIGHT - 7, 14, 14)
            self.ports[ports[0][0].name] = PortItem(self, ports[0][0], ports[0][1], rect)
            return
        metrics = QFontMetricsF(self.fonts[3])
        slot = NODE_WIDTH / len(ports)
        for index, (port, label) in enumerate(ports):
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, slot - 16)
            pill = min(metrics.horizontalAdvance(text) + 18, slot - 6)
            centre = slot * (index + 0.5)
            rect = QRectF(centre - pill / 2, NODE_HEIGHT - PORT_HEIGHT / 2, pill, PORT_HEIGHT)
            self.ports[port.name] = PortItem(self, port, text, rect)

    def set_badge(self, text: str) -> None:
        """Live counts ("3 waiting · 12 passed"); "" hides the badge."""
        if text != self._badge:
            self.prepareGeometryChange()
            self._badge = text
            self.update()

    def set_problems(self, severity: str | None, messages: list[str]) -> None:
        """Marks validation problems ("error" or "warning"); the messages become the tooltip."""
        self._problem_severity = severity
        tip = self.toolTip().split("\n\n")[0]
        self.setToolTip(tip + ("\n\n" + "\n".join(messages) if messages else ""))
        self.update()

    def set_trace(self, text: str) -> None:
        """Highlights the node on a test contact's path; `text` says when (or "")."""
        if text != self._trace:
            self.prepareGeometryChange()
            self._trace = text
            self.update()

    @property
    def input_anchor(self) -> QPointF:
        return self.mapToScene(QPointF(NODE_WIDTH / 2, 0))

    # Qt ------------------------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        top = -22.0 if (self._badge or self._trace) else -8.0
        extra = 20.0
        pill = self._trace or self._badge  # a long pill may pass the right edge
        if pill:
            width = QFontMetricsF(self.fonts[0]).horizontalAdvance(pill) + 14
            extra = max(extra, PILL_LEFT + width - NODE_WIDTH + 12)  # the rect starts at -10
        return QRectF(-10, top, NODE_WIDTH + extra, NODE_HEIGHT - top + PORT_HEIGHT)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(QRectF(0, 0, NODE_WIDTH, NODE_HEIGHT), 10, 10)
        return path

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange:
            scene = self.scene()
            if scene is not None and scene.snap_to_grid and not scene.syncing:
                return QPointF(round(value.x() / GRID) * GRID, round(value.y() / GRID) * GRID)
        elif change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            scene = self.scene()
            if scene is not None:
                scene.node_item_moved(self)
        return super().itemChange(change, value)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, _widget: Any = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = self.colours
        box = QRectF(0, 0, NODE_WIDTH, NODE_HEIGHT)
        selected = self.isSelected()
        if self._trace:
            painter.setPen(QPen(QColor("#f2b705"), 7))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(-3, -3, 3, 3), 12, 12)
        painter.setPen(QPen(colours.accent, 3.0 if selected else 1.4))
        painter.setBrush(colours.fill)
        painter.drawRoundedRect(box, 10, 10)
        strip = QPainterPath()
        strip.addRoundedRect(QRectF(0, 0, 10, NODE_HEIGHT), 5, 5)
        painter.fillPath(strip, colours.accent)
        icon_renderer(self.kind, colours.accent.name()).render(painter, QRectF(18, 12, 22, 22))
        if self.has_input:
            painter.setPen(QPen(colours.accent, 1.5))
            painter.setBrush(colours.fill)
            painter.drawEllipse(QPointF(NODE_WIDTH / 2, 0), 5, 5)
        left = 46.0
        painter.setPen(colours.accent)
        painter.setFont(self.fonts[0])
        painter.drawText(
            QRectF(left, 8, NODE_WIDTH - left - 8, 18), Qt.AlignmentFlag.AlignVCenter, self._caption
        )
        painter.setPen(colours.text)
        painter.setFont(self.fonts[1])
        painter.drawText(
            QRectF(left, 27, NODE_WIDTH - left - 8, 20), Qt.AlignmentFlag.AlignVCenter, self._title
        )
        if self._title_more:
            painter.drawText(QRectF(left, 46, NODE_WIDTH - left - 8, 20),
                             Qt.AlignmentFlag.AlignVCenter, self._title_more)  # fmt: skip
        if self._detail:
            painter.setPen(colours.muted)
            painter.setFont(self.fonts[2])
            painter.drawText(
                QRectF(left, 47, NODE_WIDTH - left - 8, 18),
                Qt.AlignmentFlag.AlignVCenter,
                self._detail,
            )
        if self._problem_severity:
            self._paint_problem(painter)
        # Right of the input port, so an incoming arrow is never covered; while a test
        # contact's path is shown, its time takes the place of the live numbers.
        if self._trace:
            self._paint_pill(painter, self._trace, PILL_LEFT, QColor("#8a6a00"), right=False)
        elif self._badge:
            self._paint_pill(painter, self._badge, PILL_LEFT, QColor("#3a4150"), right=False)

    def _paint_problem(self, painter: QPainter) -> None:
        colour = _PROBLEM_COLOURS.get(self._problem_severity or "", _PROBLEM_COLOURS["error"])
        painter.setPen(QPen(QColor("#ffffff"), 1.5))
        painter.setBrush(colour)
        centre = QPointF(NODE_WIDTH - 2, 2)
        painter.drawEllipse(centre, 9, 9)
        painter.setFont(self.fonts[1])
        painter.drawText(
            QRectF(centre.x() - 9, centre.y() - 9, 18, 18), Qt.AlignmentFlag.AlignCenter, "!"
        )

    def _paint_pill(
        self, painter: QPainter, text: str, edge: float, colour: QColor, *, right: bool
    ) -> None:
        metrics = QFontMetricsF(self.fonts[0])
        width = metrics.horizontalAdvance(text) + 14
        x = edge - width if right else edge
        rect = QRectF(x, -21, width, 18)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, 9, 9)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(self.fonts[0])
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


class LinkItem(QGraphicsPathItem):
    """A link from an output port to a node's input: a curve with an arrowhead, coloured by
    the port's type (yes green, no red, timed out grey and dashed)."""

    def __init__(self, source: str, port: Port, target: str, colour: QColor) -> None:
        super().__init__()
        self.source = source
        self.port = port
        self.target = target
        self.highlighted = False
        pen = QPen(
            QColor(PORT_COLOURS.get(port.type, colour.name())) if port.type != "next" else colour,
            1.8,
        )
        if port.type == "timeout":
            pen.setStyle(Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.setPen(pen)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(0)
        self._arrow = QPolygonF()

    def set_ends(self, start: QPointF, end: QPointF) -> None:
        self.setPath(link_path(start, end))
        self._arrow = QPolygonF([end, end + QPointF(-5.5, -10), end + QPointF(5.5, -10)])

    def set_highlighted(self, highlighted: bool) -> None:
        if highlighted != self.highlighted:
            self.highlighted = highlighted
            self.update()

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        return stroker.createStroke(self.path())

    def boundingRect(self) -> QRectF:
        return super().boundingRect().united(self._arrow.boundingRect()).adjusted(-6, -6, 6, 6)

    def paint(
        self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: Any = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.pen())
        if self.isSelected() or self.highlighted:
            pen.setWidthF(4.0)
        if self.highlighted:
            pen.setColor(QColor("#d99a00"))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(pen.color()))
        painter.drawPolygon(self._arrow)


def link_path(start: QPointF, end: QPointF) -> QPainterPath:
    """Leaves downwards, turns in the gap under its node towards the target's column, then
    comes straight down into the target; a link going back up loops round the side."""
    path = QPainterPath(start)
    arrow_base = end - QPointF(0, 9)
    drop = arrow_base.y() - start.y()
    if drop > 8 and abs(end.x() - start.x()) < 2:
        path.lineTo(arrow_base)
    elif drop > 8:
        turn = min(drop, 44.0)
        path.cubicTo(
            start + QPointF(0, turn * 0.7),
            QPointF(end.x(), start.y() + turn * 0.3),
            QPointF(end.x(), start.y() + turn),
        )
        path.lineTo(arrow_base)
    else:
        side = max(start.x(), end.x()) + NODE_WIDTH / 2 + 30
        path.cubicTo(start + QPointF(0, 60), QPointF(side, start.y() + 60),
                     QPointF(side, (start.y() + end.y()) / 2))  # fmt: skip
        path.cubicTo(QPointF(side, end.y() - 60), arrow_base - QPointF(0, 60), arrow_base)
    return path
