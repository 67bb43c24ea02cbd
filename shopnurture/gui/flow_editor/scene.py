"""The canvas scene: one item per node and per link, kept in step with the document's
signals (it never edits the flow itself; gestures go through interactions.py)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from shopnurture.domain.flows.catalogue import Port
from shopnurture.domain.flows.model import Link
from shopnurture.domain.flows.node_description import summarize_node
from shopnurture.gui.flow_editor.document import FlowDocument
from shopnurture.gui.flow_editor.interactions import start_interaction
from shopnurture.gui.flow_editor.items import GRID, LinkItem, NodeItem
from shopnurture.messages import render_message

MARGIN = 80.0


class FlowScene(QGraphicsScene):
    """Runs on the GUI thread; `language` is the owner's ("es"/"en") for the core's labels."""

    status_message = Signal(str)
    """A short text for the status bar (e.g. why a link being dragged is refused)."""

    def __init__(
        self,
        document: FlowDocument,
        *,
        language: str,
        dark: bool = False,
        font: QFont | None = None,
    ) -> None:
        super().__init__()
        self.document = document
        self.language = language
        self.dark = dark
        self.item_font = font or QFont()
        self.snap_to_grid = True
        self.show_grid = True
        self.node_items: dict[str, NodeItem] = {}
        self.link_items: dict[tuple[str, str], LinkItem] = {}
        self._links_of_node: dict[str, set[tuple[str, str]]] = {}
        self.syncing = False
        self.interaction = None
        self.set_grid_visible(True)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        for node_id in document.flow.nodes:
            self._on_document_node_added(node_id)
        for link in document.flow.links:
            self._on_document_link_added(link)
        document.node_added.connect(self._on_document_node_added)
        document.node_removed.connect(self._on_document_node_removed)
        document.link_added.connect(self._on_document_link_added)
        document.link_removed.connect(self._on_document_link_removed)
        document.node_moved.connect(self._on_document_node_moved)
        document.node_changed.connect(self._on_document_node_changed)
        self.fit_scene_rect()

    # Reading ----------------------------------------------------------------------------

    def selected_node_ids(self) -> list[str]:
        return [item.node_id for item in self.selectedItems() if isinstance(item, NodeItem)]

    def selected_links(self) -> list[Link]:
        return [
            Link(item.source, item.port.name, item.target)
            for item in self.selectedItems()
            if isinstance(item, LinkItem)
        ]

    def select_nodes(self, node_ids: list[str]) -> None:
        self.clearSelection()
        for node_id in node_ids:
            item = self.node_items.get(node_id)
            if item is not None:
                item.setSelected(True)

    def items_rect(self) -> QRectF:
        rect = QRectF()
        for item in self.node_items.values():
            rect = rect.united(item.sceneBoundingRect())
        return rect

    def fit_scene_rect(self) -> None:
        """Room around the nodes to scroll, so dropping beside them is possible."""
        rect = self.items_rect()
        if rect.isNull():
            rect = QRectF(0, 0, 800, 600)
        self.setSceneRect(rect.adjusted(-MARGIN * 4, -MARGIN * 4, MARGIN * 8, MARGIN * 8))

    # Following the document ---------------------------------------------------------------

    def _on_document_node_added(self, node_id: str) -> None:
        node = self.document.flow.nodes[node_id]
        item = NodeItem(node_id, node.kind, dark=self.dark, font=self.item_font)
        self.node_items[node_id] = item
        self._links_of_node.setdefault(node_id, set())
        self.addItem(item)
        self.syncing = True
        item.setPos(QPointF(*node.position))
        self.syncing = False
        self._refresh_node(node_id)

    def _refresh_node(self, node_id: str) -> None:
        node = self.document.flow.nodes[node_id]
        item = self.node_items[node_id]
        spec = node.spec
        caption = render_message(f"flow.kind.{node.kind}", self.language) if spec else node.kind
        summary = summarize_node(node, self.language)
        title, detail = (node.label, summary) if node.label else (summary, "")
        ports = [(port, self.port_label(port)) for port in node.ports()]
        has_input = spec is not None and not spec.is_entry
        item.refresh(caption, title, detail, ports, has_input)

    def port_label(self, port: Port) -> str:
        if port.type == "branch":
            return port.name
        return render_message(port.label_code, self.language)

    def _on_document_node_changed(self, node_id: str) -> None:
        self._refresh_node(node_id)
        self.node_item_moved(self.node_items[node_id])

    def _on_document_node_removed(self, node_id: str) -> None:
        item = self.node_items.pop(node_id, None)
        for key in list(self._links_of_node.pop(node_id, set())):
            self._remove_link_item(key)
        if item is not None:
            self.removeItem(item)

    def _on_document_link_added(self, link: Link) -> None:
        source = self.node_items.get(link.source)
        if source is None or link.target not in self.node_items:
            return
        port = next(
            (p for p in self.document.flow.nodes[link.source].ports() if p.name == link.port), None
        )
        if port is None:
            return
        colour = QColor("#9aa1ab") if self.dark else QColor("#5f6670")
        item = LinkItem(link.source, port, link.target, colour)
        key = (link.source, link.port)
        self._remove_link_item(key)
        self.link_items[key] = item
        self._links_of_node.setdefault(link.source, set()).add(key)
        self._links_of_node.setdefault(link.target, set()).add(key)
        self.addItem(item)
        self._place_link(item)

    def _on_document_link_removed(self, link: Link) -> None:
        item = self.link_items.get((link.source, link.port))
        if item is not None and item.target == link.target:
            self._remove_link_item((link.source, link.port))

    def _remove_link_item(self, key: tuple[str, str]) -> None:
        item = self.link_items.pop(key, None)
        if item is None:
            return
        for node_id in (item.source, item.target):
            self._links_of_node.get(node_id, set()).discard(key)
        self.removeItem(item)

    def _on_document_node_moved(self, node_id: str) -> None:
        item = self.node_items[node_id]
        position = QPointF(*self.document.flow.nodes[node_id].position)
        if item.pos() != position:
            self.syncing = True
            item.setPos(position)
            self.syncing = False
            self.node_item_moved(item)

    def node_item_moved(self, item: NodeItem) -> None:
        """Called by a node item while it moves: its links follow."""
        for key in self._links_of_node.get(item.node_id, ()):
            self._place_link(self.link_items[key])

    def _place_link(self, item: LinkItem) -> None:
        source = self.node_items[item.source]
        target = self.node_items[item.target]
        port_item = source.ports.get(item.port.name)
        start = port_item.anchor if port_item is not None else source.input_anchor
        item.set_ends(start, target.input_anchor)

    # Gestures and background --------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.interaction = start_interaction(self, event)
        if self.interaction is None or not self.interaction.consumes_press:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.interaction is not None and self.interaction.mouse_moved(event):
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        interaction, self.interaction = self.interaction, None
        if interaction is not None and interaction.consumes_press:
            interaction.mouse_released(event)
            return
        super().mouseReleaseEvent(event)
        if interaction is not None:
            interaction.mouse_released(event)

    def set_grid_visible(self, visible: bool) -> None:
        """Dots every two grid steps, as a tiled brush (cheap at any zoom)."""
        self.show_grid = visible
        if not visible:
            self.setBackgroundBrush(QBrush(Qt.BrushStyle.NoBrush))
            return
        step = int(GRID * 2)
        tile = QPixmap(step, step)
        tile.fill(QColor(0, 0, 0, 0))
        painter = QPainter(tile)
        painter.setPen(QPen(QColor("#3a3f47") if self.dark else QColor("#c9ced6"), 2))
        painter.drawPoint(0, 0)
        painter.end()
        self.setBackgroundBrush(QBrush(tile))
