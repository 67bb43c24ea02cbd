"""The flow being edited: the engine's FlowGraph (the only copy of the truth), its undo stack,
and signals the scene follows. Every public edit pushes one undo command."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from shopnurture.domain.flows.layout import layered_layout
from shopnurture.domain.flows.model import FlowGraph, Link, Node
from shopnurture.domain.flows.validation import why_link_refused
from shopnurture.gui.flow_editor.commands import (
    AddNodeCommand,
    ConnectCommand,
    DisconnectCommand,
    MoveNodesCommand,
    RemoveNodeCommand,
    SetLabelCommand,
    SetParamsCommand,
)


class FlowDocument(QObject):
    """Runs on the GUI thread. `flow_id` is the stored flow's id (None until first saved)."""

    node_added = Signal(str)
    """A node was added (its id)."""
    node_removed = Signal(str)
    """A node was removed (its id); its links were removed before."""
    link_added = Signal(object)
    """A Link was added."""
    link_removed = Signal(object)
    """A Link was removed."""
    node_moved = Signal(str)
    """A node's position changed in the model."""
    node_changed = Signal(str)
    """A node's parameters or label changed (its ports may differ)."""
    dirty_changed = Signal(bool)
    """The flow now differs (True) or no longer differs (False) from the saved one."""
    changed = Signal()
    """Any edit, undo or redo happened."""

    def __init__(
        self, flow: FlowGraph, *, flow_id: int | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._flow = flow
        self.flow_id = flow_id
        self._recovered = False
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)
        self.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)

    @property
    def flow(self) -> FlowGraph:
        """The graph itself: read it freely, change it only through this document."""
        return self._flow

    @property
    def is_dirty(self) -> bool:
        return self._recovered or not self.undo_stack.isClean()

    def mark_saved(self, flow_id: int | None = None) -> None:
        if flow_id is not None:
            self.flow_id = flow_id
        was_dirty = self.is_dirty
        self._recovered = False
        self.undo_stack.setClean()
        if was_dirty and not self.is_dirty:
            self.dirty_changed.emit(False)

    def mark_recovered(self) -> None:
        """The flow came from an autosaved draft: it differs from the stored one."""
        self._recovered = True
        self.dirty_changed.emit(True)

    def _on_undo_stack_index_changed(self, _index: int) -> None:
        self.changed.emit()

    def _on_undo_stack_clean_changed(self, clean: bool) -> None:
        self.dirty_changed.emit(self._recovered or not clean)

    # Edits (one undo step each) ---------------------------------------------------------

    def add_node(
        self,
        kind: str,
        position: tuple[float, float],
        params: dict[str, Any] | None = None,
        label: str = "",
    ) -> str:
        node = Node(self._flow.new_node_id(kind), kind, dict(params or {}), label, position)
        self.undo_stack.push(AddNodeCommand(self, node))
        return node.id

    def remove_nodes(self, node_ids: list[str]) -> None:
        node_ids = [node_id for node_id in dict.fromkeys(node_ids) if node_id in self._flow.nodes]
        if not node_ids:
            return
        # Each removal is built once the previous ones are done, so a link is removed once.
        self.undo_stack.beginMacro(self.tr("Delete %n step(s)", "", len(node_ids)))
        for node_id in node_ids:
            self.undo_stack.push(RemoveNodeCommand(self, node_id))
        self.undo_stack.endMacro()

    def why_link_refused(self, source: str, port: str, target: str) -> str | None:
        """The message code saying why this link would be refused, or None."""
        return why_link_refused(self._flow, source, port, target)

    def connect(self, source: str, port: str, target: str) -> str | None:
        """Links `source.port` to `target`; returns the refusal's message code instead when
        the link is not allowed (nothing changes then)."""
        refused = self.why_link_refused(source, port, target)
        if refused is None and self._flow.target(source, port) != target:
            self.undo_stack.push(ConnectCommand(self, source, port, target))
        return refused

    def disconnect(self, source: str, port: str) -> None:
        for link in self._flow.links:
            if (link.source, link.port) == (source, port):
                self.undo_stack.push(DisconnectCommand(self, link))
                return

    def move_nodes(self, positions: dict[str, tuple[float, float]], *, nudge: bool = False) -> None:
        """Moves several nodes as one step (a drag, a nudge); unchanged ones are left out."""
        moved = {
            node_id: (float(x), float(y))
            for node_id, (x, y) in positions.items()
            if node_id in self._flow.nodes and self._flow.nodes[node_id].position != (x, y)
        }
        if moved:
            text = self.tr("Move %n step(s)", "", len(moved))
            self.undo_stack.push(MoveNodesCommand(self, moved, text, nudge=nudge))

    def auto_layout(self) -> None:
        """Arranges every node top to bottom, as one step."""
        positions = layered_layout(self._flow)
        moved = {
            node_id: position
            for node_id, position in positions.items()
            if self._flow.nodes[node_id].position != position
        }
        if moved:
            self.undo_stack.push(MoveNodesCommand(self, moved, self.tr("Arrange automatically")))

    def set_node_params(self, node_id: str, params: dict[str, Any]) -> None:
        """New parameters for one node (the properties panel calls this), as one step."""
        if node_id in self._flow.nodes and self._flow.nodes[node_id].params != params:
            self.undo_stack.push(SetParamsCommand(self, node_id, params))

    def set_node_label(self, node_id: str, label: str) -> None:
        if node_id in self._flow.nodes and self._flow.nodes[node_id].label != label:
            self.undo_stack.push(SetLabelCommand(self, node_id, label))

    def insert_fragment(
        self, fragment: FlowGraph, offset: tuple[float, float], text: str
    ) -> list[str]:
        """Adds copies of `fragment`'s nodes (new ids, moved by `offset`) and the links among
        them, as one step; returns the new ids. The fragment's kinds must be known."""
        renamed: dict[str, str] = {}
        nodes: list[Node] = []
        taken = set(self._flow.nodes)
        for node in fragment.nodes.values():
            new_id = _free_id(node.kind, taken)
            taken.add(new_id)
            renamed[node.id] = new_id
            position = (node.position[0] + offset[0], node.position[1] + offset[1])
            nodes.append(Node(new_id, node.kind, copy.deepcopy(node.params), node.label, position))
        if not nodes:
            return []
        self.undo_stack.beginMacro(text)
        for node in nodes:
            self.undo_stack.push(AddNodeCommand(self, node))
        for link in fragment.links:
            if link.source in renamed and link.target in renamed:
                source, target = renamed[link.source], renamed[link.target]
                if self.why_link_refused(source, link.port, target) is None:
                    self.undo_stack.push(ConnectCommand(self, source, link.port, target))
        self.undo_stack.endMacro()
        return [node.id for node in nodes]

    # Model calls for the undo commands (each calls one model method and says so) --------

    def apply_add_node(self, node: Node, index: int | None = None) -> None:
        self._flow.add_node(node, index)
        self.node_added.emit(node.id)

    def apply_remove_node(self, node_id: str) -> Node:
        node, links = self._flow.remove_node(node_id)
        for link in links:  # none when the commands removed them first
            self.link_removed.emit(link)
        self.node_removed.emit(node_id)
        return node

    def apply_connect(self, link: Link, index: int | None = None) -> Link | None:
        replaced = self._flow.connect(link.source, link.port, link.target, index)
        if replaced is not None:
            self.link_removed.emit(replaced)
        self.link_added.emit(link)
        return replaced

    def apply_disconnect(self, source: str, port: str) -> Link | None:
        removed = self._flow.disconnect(source, port)
        if removed is not None:
            self.link_removed.emit(removed)
        return removed

    def apply_move(self, node_id: str, position: tuple[float, float]) -> tuple[float, float]:
        previous = self._flow.move_node(node_id, position)
        self.node_moved.emit(node_id)
        return previous

    def apply_set_params(self, node_id: str, params: dict[str, Any]) -> dict[str, Any]:
        previous, dropped = self._flow.set_params(node_id, params)
        for link in dropped:  # none when the commands removed them first
            self.link_removed.emit(link)
        self.node_changed.emit(node_id)
        return previous

    def apply_set_label(self, node_id: str, label: str) -> str:
        previous = self._flow.set_label(node_id, label)
        self.node_changed.emit(node_id)
        return previous


def _free_id(kind: str, taken: set[str]) -> str:
    stem = kind.split(".")[-1]
    number = 1
    while f"{stem}_{number}" in taken:
        number += 1
    return f"{stem}_{number}"
