"""Driving the canvas like a user: drops from the palette, drags from a port to a node."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from shopnurture.gui.flow_editor.editor import FlowEditorWidget
from shopnurture.gui.flow_editor.interactions import node_kind_mime


def drop_from_palette(editor: FlowEditorWidget, kind: str, at: QPointF) -> str:
    """What the palette's drag delivers (its mime data) dropped on the view at scene point
    `at`. QDrag.exec runs its own event loop, so the drag's start is not simulated."""
    item = editor.node_palette.item_for(kind)
    assert item is not None, kind
    data: QMimeData = node_kind_mime(item.data(0, Qt.ItemDataRole.UserRole))
    view = editor.view
    view.centerOn(at)
    point = view.mapFromScene(at)
    before = set(editor.document.flow.nodes)
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    copy = Qt.DropAction.CopyAction
    for event in (
        QDragEnterEvent(point, copy, data, left, none),
        QDragMoveEvent(point, copy, data, left, none),
        QDropEvent(QPointF(point), copy, data, left, none),
    ):
        QApplication.sendEvent(view.viewport(), event)
    added = set(editor.document.flow.nodes) - before
    assert len(added) == 1, added
    return added.pop()


def drag_port_to_node(editor: FlowEditorWidget, source: str, port: str, target: str) -> None:
    """Presses on the output port, moves over the target node and releases there."""
    scene, view = editor.scene, editor.view
    port_item = scene.node_items[source].ports[port]
    start = port_item.mapToScene(port_item.boundingRect().center())
    end = scene.node_items[target].mapToScene(QPointF(110, 30))
    view.centerOn((start + end) / 2)
    viewport = view.viewport()
    start_point, end_point = view.mapFromScene(start), view.mapFromScene(end)
    QTest.mousePress(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start_point
    )
    middle = QPoint((start_point.x() + end_point.x()) // 2, (start_point.y() + end_point.y()) // 2)
    QTest.mouseMove(viewport, middle)
    QTest.mouseMove(viewport, end_point)
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end_point
    )


def drag_node(editor: FlowEditorWidget, node_id: str, by: QPoint) -> None:
    view = editor.view
    item = editor.scene.node_items[node_id]
    view.centerOn(item)
    start = view.mapFromScene(item.mapToScene(QPointF(110, 30)))
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(by.x() // 2, by.y() // 2))
    QTest.mouseMove(viewport, start + by)
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + by
    )
