"""Mouse gestures on the canvas, each a small object the scene hands its events to:
connecting a port to a node (refused while dragging, with the reason shown) and moving the
selection (one undo step on release). Also the palette's drag data and dropping it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QGraphicsSceneMouseEvent,
    QToolTip,
)

from shopnurture.domain.flows.catalogue import NODE_KINDS
from shopnurture.gui.flow_editor.items import GRID, NODE_WIDTH, NodeItem, PortItem, link_path
from shopnurture.messages import render_message

if TYPE_CHECKING:
    from shopnurture.gui.flow_editor.scene import FlowScene

NODE_KIND_MIME = "application/x-shopnurture-node-kind"
ALLOWED = QColor("#2e8b57")
REFUSED = QColor("#c0392b")


def node_kind_mime(kind: str) -> QMimeData:
    """What the palette puts in a drag: the node kind."""
    data = QMimeData()
    data.setData(NODE_KIND_MIME, kind.encode("utf-8"))
    return data


def kind_from_mime(data: QMimeData) -> str | None:
    if not data.hasFormat(NODE_KIND_MIME):
        return None
    kind = bytes(data.data(NODE_KIND_MIME).data()).decode("utf-8", "replace")
    return kind if kind in NODE_KINDS else None


def drop_node(scene: FlowScene, kind: str, scene_position: QPointF) -> str:
    """Adds a node of `kind` centred where it was dropped (on the grid); its id."""
    x = scene_position.x() - NODE_WIDTH / 2
    y = scene_position.y() - 20
    if scene.snap_to_grid:
        x, y = round(x / GRID) * GRID, round(y / GRID) * GRID
    node_id = scene.document.add_node(kind, (x, y))
    scene.select_nodes([node_id])
    scene.fit_scene_rect()
    return node_id


class Interaction:
    """A gesture that started with a mouse press. `consumes_press`: the scene does not pass
    the press on (so no rubber band or move starts under it)."""

    consumes_press = False

    def __init__(self, scene: FlowScene) -> None:
        self.scene = scene

    def mouse_moved(self, event: QGraphicsSceneMouseEvent) -> bool:
        """Handle a move; True when the scene should not handle it as well."""
        return False

    def mouse_released(self, event: QGraphicsSceneMouseEvent) -> None:
        """The gesture ends (after the scene's own release handling, unless consumed)."""


class MoveSelectionInteraction(Interaction):
    """Qt moves the selected items; on release the new places become one undo step."""

    def mouse_released(self, event: QGraphicsSceneMouseEvent) -> None:
        flow = self.scene.document.flow
        moved = {}
        for node_id, item in self.scene.node_items.items():
            position = (item.pos().x(), item.pos().y())
            if flow.nodes[node_id].position != position:
                moved[node_id] = position
        if moved:
            self.scene.document.move_nodes(moved)
            self.scene.fit_scene_rect()


class NewLinkInteraction(Interaction):
    """Dragging from an output port: a line follows the mouse; over a node it turns green
    (the link is allowed) or red with the reason; releasing on an allowed node connects."""

    consumes_press = True

    def __init__(self, scene: FlowScene, port: PortItem) -> None:
        super().__init__(scene)
        self.port = port
        self.refusal: str | None = None
        self.target: NodeItem | None = None
        self.line = QGraphicsPathItem()
        self.line.setZValue(5)
        self._set_colour(QColor("#7a7f87"))
        scene.addItem(self.line)

    def _set_colour(self, colour: QColor) -> None:
        pen = QPen(colour, 2.2, Qt.PenStyle.DashLine)
        self.line.setPen(pen)

    def node_at(self, position: QPointF) -> NodeItem | None:
        for item in self.scene.items(position):
            if isinstance(item, NodeItem):
                return item
            if isinstance(item, PortItem):
                return item.node_item
        return None

    def update_to(self, position: QPointF) -> None:
        """Follows the mouse to `position` and decides about the node under it."""
        self.line.setPath(link_path(self.port.anchor, position + QPointF(0, 9)))
        self.target = self.node_at(position)
        self.refusal = None
        if self.target is None:
            self._set_colour(QColor("#7a7f87"))
            return
        self.refusal = self.scene.document.why_link_refused(
            self.port.node_item.node_id, self.port.port.name, self.target.node_id
        )
        self._set_colour(ALLOWED if self.refusal is None else REFUSED)

    def refusal_text(self) -> str:
        return render_message(self.refusal, self.scene.language) if self.refusal else ""

    def mouse_moved(self, event: QGraphicsSceneMouseEvent) -> bool:
        self.update_to(event.scenePos())
        text = self.refusal_text()
        if text:
            QToolTip.showText(event.screenPos(), text)
        else:
            QToolTip.hideText()
        self.scene.status_message.emit(text)
        return True

    def finish(self) -> str | None:
        """Connects if allowed; the refusal's message code otherwise (or None)."""
        self.scene.removeItem(self.line)
        QToolTip.hideText()
        if self.target is None:
            return None
        if self.refusal is None:
            self.scene.document.connect(
                self.port.node_item.node_id, self.port.port.name, self.target.node_id
            )
        return self.refusal

    def mouse_released(self, event: QGraphicsSceneMouseEvent) -> None:
        self.update_to(event.scenePos())
        refusal = self.finish()
        self.scene.status_message.emit(
            render_message(refusal, self.scene.language) if refusal else ""
        )


def start_interaction(scene: FlowScene, event: QGraphicsSceneMouseEvent) -> Interaction | None:
    """The gesture a left press starts, from what is under the mouse."""
    if event.button() != Qt.MouseButton.LeftButton:
        return None
    for item in scene.items(event.scenePos()):
        if isinstance(item, PortItem):
            return NewLinkInteraction(scene, item)
        if isinstance(item, NodeItem):
            return MoveSelectionInteraction(scene)
    return None
