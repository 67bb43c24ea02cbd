"""Flow editor speed: opening a 300-node flow (document + scene + first paint) and dragging a
selection of nodes (scene updates per second), offscreen. Prints absolute figures and ratios
against a floor measured in the same run: a bare scene of 300 plain rectangles.

    QT_QPA_PLATFORM=offscreen python3 bench/bench_flow_editor.py
Targets (issue 5): open <= 500 ms, drag >= 30 updates/s."""

from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView  # noqa: E402

from shopnurture.domain.flows import FlowGraph, Node  # noqa: E402
from shopnurture.gui.flow_editor.document import FlowDocument  # noqa: E402
from shopnurture.gui.flow_editor.minimap import Minimap  # noqa: E402
from shopnurture.gui.flow_editor.scene import FlowScene  # noqa: E402
from shopnurture.gui.flow_editor.view import FlowView  # noqa: E402

NODES = 300
KINDS = ("logic.wait", "logic.condition", "action.send_email", "action.add_tag")


def big_flow() -> FlowGraph:
    flow = FlowGraph(name="bench")
    flow.add_node(Node("start", "trigger.manual", position=(0, 0)))
    previous = "start"
    for index in range(1, NODES):
        kind = KINDS[index % len(KINDS)]
        node_id = f"n{index}"
        flow.add_node(Node(node_id, kind, position=((index % 6) * 260.0, (index // 6) * 140.0)))
        flow.connect(previous, flow.nodes[previous].ports()[0].name, node_id)
        previous = node_id
    return flow


def paint(view: QGraphicsView) -> None:
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    view.render(painter)
    painter.end()


def open_editor() -> tuple[float, FlowView]:
    started = time.perf_counter()
    document = FlowDocument(big_flow())
    scene = FlowScene(document, language="es")
    view = FlowView(scene)
    view.kept = (document, scene)
    view.resize(1280, 800)
    view.fit()
    paint(view)
    return time.perf_counter() - started, view


def open_floor() -> tuple[float, QGraphicsView]:
    started = time.perf_counter()
    scene = QGraphicsScene()
    for index in range(NODES):
        scene.addRect(QRectF((index % 6) * 260.0, (index // 6) * 140.0, 220, 76))
    view = QGraphicsView(scene)
    view.kept_scene = scene  # the view does not own its scene
    view.resize(1280, 800)
    view.fitInView(scene.itemsBoundingRect())
    paint(view)
    return time.perf_counter() - started, view


def drag_rate(view: QGraphicsView, items: list, seconds: float = 2.0) -> float:
    """Moves `items` a little per step and paints the view each time; steps per second."""
    steps = 0
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        offset = QPointF(2.0 if steps % 2 == 0 else -2.0, 1.0)
        for item in items:
            item.setPos(item.pos() + offset)
        paint(view)
        steps += 1
    return steps / (time.perf_counter() - started)


def minimap_cost(seconds: float = 1.5) -> tuple[float, float]:
    """Drag rates at 100 % in a shown view (as on screen), with the minimap in its corner and
    with it hidden: what the minimap costs per frame."""
    _elapsed, view = open_editor()
    minimap = Minimap(view)
    view.show()
    view.set_zoom(1.0)
    items = list(view.flow_scene.node_items.values())[:60]
    view.centerOn(items[30])
    QApplication.processEvents()
    assert minimap.isVisible()
    with_minimap = drag_rate(view, items, seconds)
    minimap.hide()
    without = drag_rate(view, items, seconds)
    view.close()
    return with_minimap, without


def main() -> None:
    app = QApplication.instance() or QApplication([])
    floor_open, floor_view = min((open_floor() for _ in range(3)), key=lambda pair: pair[0])
    editor_open, editor_view = min((open_editor() for _ in range(3)), key=lambda pair: pair[0])
    floor_items = list(floor_view.scene().items())[:60]
    editor_items = list(editor_view.flow_scene.node_items.values())[:60]
    floor_rate = drag_rate(floor_view, floor_items)
    editor_rate = drag_rate(editor_view, editor_items)
    editor_ms, floor_ms = editor_open * 1000, floor_open * 1000
    print(f"open {NODES} nodes: editor {editor_ms:.0f} ms, floor {floor_ms:.0f} ms, "
          f"ratio {editor_open / floor_open:.1f}x (target <= 500 ms)")  # fmt: skip
    print(f"drag 60 of {NODES} nodes: editor {editor_rate:.0f} updates/s, "
          f"floor {floor_rate:.0f}/s, {floor_rate / editor_rate:.1f}x slower "
          "(target >= 30/s)")  # fmt: skip
    with_minimap, without = minimap_cost()
    print(f"drag at 100 % with the minimap: {with_minimap:.0f} updates/s, without "
          f"{without:.0f}/s, ratio {without / with_minimap:.2f}x")  # fmt: skip
    del app


if __name__ == "__main__":
    main()
