"""Undo commands of the flow editor: each calls one editing method of the model (through the
document, which tells the scene); cascades such as a node's links are child commands."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from shopnurture.domain.flows.model import Link, Node

if TYPE_CHECKING:
    from shopnurture.gui.flow_editor.document import FlowDocument


def _tr(text: str) -> str:
    return QCoreApplication.translate("FlowCommands", text)


class CompositeCommand(QUndoCommand):
    """A command with child steps done first and undone last. The children are kept in a
    Python list, not as Qt children: PySide would let Python free a Qt child under its parent."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.steps: list[QUndoCommand] = []

    def redo(self) -> None:
        for step in self.steps:
            step.redo()

    def undo(self) -> None:
        for step in reversed(self.steps):
            step.undo()


class AddNodeCommand(QUndoCommand):
    def __init__(self, document: FlowDocument, node: Node) -> None:
        super().__init__(QCoreApplication.translate("FlowCommands", "Add step"))
        self._document = document
        self._node = copy.deepcopy(node)

    def redo(self) -> None:
        self._document.apply_add_node(copy.deepcopy(self._node))

    def undo(self) -> None:
        self._document.apply_remove_node(self._node.id)


class DisconnectCommand(QUndoCommand):
    """Removes one link; undo puts it back at the same place in the link order."""

    def __init__(self, document: FlowDocument, link: Link) -> None:
        super().__init__(QCoreApplication.translate("FlowCommands", "Remove connection"))
        self._document = document
        self._link = link
        self._index = 0

    def redo(self) -> None:
        self._index = self._document.flow.links.index(self._link)
        self._document.apply_disconnect(self._link.source, self._link.port)

    def undo(self) -> None:
        self._document.apply_connect(self._link, self._index)


class RemoveNodeCommand(CompositeCommand):
    """Removes a node; its links go first, as child commands, so undo restores them."""

    def __init__(self, document: FlowDocument, node_id: str) -> None:
        super().__init__(QCoreApplication.translate("FlowCommands", "Delete step"))
        self._document = document
        self._node_id = node_id
        self._node: Node | None = None
        self._index = 0
        flow = document.flow
        for link in flow.links:
            if node_id in (link.source, link.target):
                self.steps.append(DisconnectCommand(document, link))

    def redo(self) -> None:
        super().redo()
        self._index = list(self._document.flow.nodes).index(self._node_id)
        self._node = copy.deepcopy(self._document.apply_remove_node(self._node_id))

    def undo(self) -> None:
        assert self._node is not None
        self._document.apply_add_node(copy.deepcopy(self._node), self._index)
        super().undo()


class ConnectCommand(QUndoCommand):
    """Links a port to a node; a link the port had before comes back on undo."""

    def __init__(
        self,
        document: FlowDocument,
        source: str,
        port: str,
        target: str,
    ) -> None:
        super().__init__(QCoreApplication.translate("FlowCommands", "Connect steps"))
        self._document = document
        self._link = Link(source, port, target)
        self._replaced: Link | None = None
        self._replaced_index = 0

    def redo(self) -> None:
        links = self._document.flow.links
        for index, link in enumerate(links):
            if (link.source, link.port) == (self._link.source, self._link.port):
                self._replaced_index = index
        self._replaced = self._document.apply_connect(self._link)

    def undo(self) -> None:
        self._document.apply_disconnect(self._link.source, self._link.port)
        if self._replaced is not None:
            self._document.apply_connect(self._replaced, self._replaced_index)


class MoveNodeCommand(QUndoCommand):
    def __init__(
        self,
        document: FlowDocument,
        node_id: str,
        position: tuple[float, float],
    ) -> None:
        super().__init__(QCoreApplication.translate("FlowCommands", "Move step"))
        self._document = document
        self.node_id = node_id
        self.position = position
        self._previous = document.flow.node(node_id).position

    def redo(self) -> None:
        self._previous = self._document.apply_move(self.node_id, self.position)

    def undo(self) -> None:
        self._document.apply_move(self.node_id, self._previous)


class MoveNodesCommand(CompositeCommand):
    """One gesture that moved several nodes (a drag, a nudge, an automatic layout).
    Consecutive nudges of the same nodes merge into one step."""

    NUDGE_ID = 5101

    def __init__(
        self,
        document: FlowDocument,
        positions: dict[str, tuple[float, float]],
        text: str,
        *,
        nudge: bool = False,
    ) -> None:
        super().__init__(text)
        self._nudge = nudge
        self._document = document
        self._node_ids = frozenset(positions)
        for node_id, position in positions.items():
            self.steps.append(MoveNodeCommand(document, node_id, position))

    def id(self) -> int:
        return self.NUDGE_ID if self._nudge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MoveNodesCommand) or other._node_ids != self._node_ids:
            return False
        mine = {step.node_id: step for step in self.steps if isinstance(step, MoveNodeCommand)}
        for step in other.steps:
            if isinstance(step, MoveNodeCommand):
                mine[step.node_id].position = step.position
        return True


class SetParamsCommand(CompositeCommand):
    """New parameters for a node; links from ports the new parameters remove (a random split
    with fewer branches) are removed first, as child commands."""

    def __init__(self, document: FlowDocument, node_id: str, params: dict[str, Any]) -> None:
        super().__init__(QCoreApplication.translate("FlowCommands", "Change step settings"))
        self._document = document
        self._node_id = node_id
        self._params = copy.deepcopy(params)
        self._previous: dict[str, Any] = {}
        node = document.flow.node(node_id)
        spec = node.spec
        names = {port.name for port in spec.output_ports(params)} if spec else set()
        for link in document.flow.outgoing(node_id):
            if link.port not in names:
                self.steps.append(DisconnectCommand(document, link))

    def redo(self) -> None:
        super().redo()
        self._previous = self._document.apply_set_params(self._node_id, copy.deepcopy(self._params))

    def undo(self) -> None:
        self._document.apply_set_params(self._node_id, copy.deepcopy(self._previous))
        super().undo()


class SetLabelCommand(QUndoCommand):
    def __init__(self, document: FlowDocument, node_id: str, label: str) -> None:
        super().__init__(QCoreApplication.translate("FlowCommands", "Rename step"))
        self._document = document
        self._node_id = node_id
        self._label = label
        self._previous = ""

    def redo(self) -> None:
        self._previous = self._document.apply_set_label(self._node_id, self._label)

    def undo(self) -> None:
        self._document.apply_set_label(self._node_id, self._previous)
