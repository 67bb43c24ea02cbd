"""The flow graph: nodes with typed, named output ports, links between them, flow settings.
Pure data; the GUI's undo commands each call one of its small editing methods."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from shopnurture.domain.flows.catalogue import NODE_KINDS, NodeKind, Port
from shopnurture.errors import UserError


class FlowEditError(UserError):
    """An edit the graph refuses (unknown node or port, duplicate id...)."""


class ReentryMode:
    ONCE = "once"
    ONCE_PER_DAYS = "once_per_days"
    EVERY_TIME = "every_time"
    ALL = (ONCE, ONCE_PER_DAYS, EVERY_TIME)


@dataclass
class Reentry:
    """When a contact may enter the flow again (one live run per contact, always)."""

    mode: str = ReentryMode.ONCE_PER_DAYS
    days: int = 30


@dataclass
class Node:
    id: str
    kind: str
    params: dict[str, Any] = field(default_factory=dict)
    label: str = ""
    position: tuple[float, float] = (0.0, 0.0)

    @property
    def spec(self) -> NodeKind | None:
        return NODE_KINDS.get(self.kind)

    def ports(self) -> tuple[Port, ...]:
        spec = self.spec
        return spec.output_ports(self.params) if spec is not None else ()


@dataclass(frozen=True)
class Link:
    """From one output port of `source` to `target`. A port has at most one link."""

    source: str
    port: str
    target: str


@dataclass
class FlowGraph:
    """A flow: triggers and goals are entry points; every other node is reached by links.

    `priority` (0-100) ranks flows when the frequency cap has room for one message only;
    `perishable` marks flows (cart, browse, upsell) whose steps go stale after a sleep.
    """

    name: str
    description: str = ""
    template: str | None = None
    priority: int = 50
    perishable: bool = False
    reentry: Reentry = field(default_factory=Reentry)
    nodes: dict[str, Node] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)

    # Reading --------------------------------------------------------------------------

    def node(self, node_id: str) -> Node:
        try:
            return self.nodes[node_id]
        except KeyError:
            raise FlowEditError("flow.edit.unknown_node", node=node_id) from None

    def target(self, node_id: str, port: str) -> str | None:
        for link in self.links:
            if link.source == node_id and link.port == port:
                return link.target
        return None

    def outgoing(self, node_id: str) -> list[Link]:
        return [link for link in self.links if link.source == node_id]

    def incoming(self, node_id: str) -> list[Link]:
        return [link for link in self.links if link.target == node_id]

    def nodes_of_category(self, category: str) -> Iterator[Node]:
        for node in self.nodes.values():
            spec = node.spec
            if spec is not None and spec.category == category:
                yield node

    def triggers(self) -> list[Node]:
        return list(self.nodes_of_category("trigger"))

    def goals(self) -> list[Node]:
        return [node for node in self.nodes.values() if node.kind == "logic.goal"]

    def copy(self) -> FlowGraph:
        return copy.deepcopy(self)

    # Editing (each method is one undoable change; it returns what the undo needs) -------

    def new_node_id(self, kind: str) -> str:
        stem = kind.split(".")[-1]
        number = 1
        while f"{stem}_{number}" in self.nodes:
            number += 1
        return f"{stem}_{number}"

    def add_node(self, node: Node, index: int | None = None) -> Node:
        """Adds the node last, or at `index` in the node order (an undo puts it back there)."""
        if node.id in self.nodes:
            raise FlowEditError("flow.edit.duplicate_node", node=node.id)
        if node.kind not in NODE_KINDS:
            raise FlowEditError("flow.edit.unknown_kind", kind=node.kind)
        spec = NODE_KINDS[node.kind]
        node.params = {**spec.default_params(), **node.params}
        if index is None or index >= len(self.nodes):
            self.nodes[node.id] = node
        else:
            entries = list(self.nodes.items())
            entries.insert(max(index, 0), (node.id, node))
            self.nodes = dict(entries)
        return node

    def remove_node(self, node_id: str) -> tuple[Node, list[Link]]:
        """Removes the node and every link touching it; returns both for undo."""
        node = self.node(node_id)
        removed = [link for link in self.links if node_id in (link.source, link.target)]
        self.links = [link for link in self.links if link not in removed]
        del self.nodes[node_id]
        return node, removed

    def connect(self, source: str, port: str, target: str, index: int | None = None) -> Link | None:
        """Links `source.port` to `target` (last, or at `index` in the link order); returns
        the link it replaced, if any."""
        source_node = self.node(source)
        self.node(target)
        if port not in {p.name for p in source_node.ports()}:
            raise FlowEditError("flow.edit.unknown_port", node=source, port=port)
        replaced = self.disconnect(source, port)
        link = Link(source, port, target)
        if index is None:
            self.links.append(link)
        else:
            self.links.insert(max(index, 0), link)
        return replaced

    def disconnect(self, source: str, port: str) -> Link | None:
        for link in self.links:
            if link.source == source and link.port == port:
                self.links.remove(link)
                return link
        return None

    def set_label(self, node_id: str, label: str) -> str:
        """Renames the node for the owner (its id stays); returns the previous label."""
        node = self.node(node_id)
        previous, node.label = node.label, str(label)
        return previous

    def move_node(self, node_id: str, position: tuple[float, float]) -> tuple[float, float]:
        node = self.node(node_id)
        previous, node.position = node.position, (float(position[0]), float(position[1]))
        return previous

    def set_params(self, node_id: str, params: dict[str, Any]) -> tuple[dict[str, Any], list[Link]]:
        """Replaces the node's parameters; links from ports that no longer exist are dropped.

        Returns the previous parameters and the dropped links (what an undo restores).
        """
        node = self.node(node_id)
        previous, node.params = node.params, dict(params)
        names = {port.name for port in node.ports()}
        dropped = [link for link in self.outgoing(node_id) if link.port not in names]
        self.links = [link for link in self.links if link not in dropped]
        return previous, dropped
