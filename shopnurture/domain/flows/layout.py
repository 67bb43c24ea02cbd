"""Automatic top-to-bottom layout of a flow: nodes in layers by their longest path from an
entry, the first port's child under its parent and the others to the right (yes, then no),
links that skip rows kept clear of boxes, an extra entry placed just above where it joins,
separate parts (such as a goal's branch) side by side."""

from __future__ import annotations

from collections import defaultdict

from shopnurture.domain.flows.model import FlowGraph

COLUMN_WIDTH = 260.0
ROW_HEIGHT = 140.0
COMPONENT_GAP = 60.0
_WAYPOINT = "\x00"  # marks the ids of waypoints (never a node id)


def layered_layout(
    flow: FlowGraph, column_width: float = COLUMN_WIDTH, row_height: float = ROW_HEIGHT
) -> dict[str, tuple[float, float]]:
    """A new position (top-left, in scene units) for every node of `flow`."""
    positions: dict[str, tuple[float, float]] = {}
    left = 0.0
    for component in _components(flow):
        placed = _layout_component(flow, component, column_width, row_height)
        if not placed:
            continue
        smallest = min(x for x, _ in placed.values())
        widest = max(x for x, _ in placed.values()) - smallest
        for node_id, (x, y) in placed.items():
            positions[node_id] = (x - smallest + left, y)
        left += widest + column_width + COMPONENT_GAP
    return positions


def _ordered_children(flow: FlowGraph, node_id: str) -> list[str]:
    """Targets of the node's links in the order of its ports (so "yes" comes before "no")."""
    node = flow.nodes[node_id]
    port_order = {port.name: index for index, port in enumerate(node.ports())}
    links = sorted(flow.outgoing(node_id), key=lambda link: port_order.get(link.port, 99))
    children: list[str] = []
    for link in links:
        if link.target in flow.nodes and link.target not in children:
            children.append(link.target)
    return children


def _components(flow: FlowGraph) -> list[list[str]]:
    """Weakly connected groups of nodes, in the flow's node order; entries first in each."""
    neighbours: dict[str, set[str]] = defaultdict(set)
    for link in flow.links:
        if link.source in flow.nodes and link.target in flow.nodes:
            neighbours[link.source].add(link.target)
            neighbours[link.target].add(link.source)
    seen: set[str] = set()
    groups: list[list[str]] = []
    for start in flow.nodes:
        if start in seen:
            continue
        group, stack = [], [start]
        seen.add(start)
        while stack:
            current = stack.pop()
            group.append(current)
            for other in neighbours[current]:
                if other not in seen:
                    seen.add(other)
                    stack.append(other)
        order = {node_id: index for index, node_id in enumerate(flow.nodes)}
        groups.append(sorted(group, key=order.__getitem__))
    # A goal's branch (reached by a jump) reads best beside the main path, not before it.
    groups.sort(key=lambda group: any(flow.nodes[n].kind == "logic.goal" for n in group))
    return groups


def _roots(flow: FlowGraph, component: list[str]) -> list[str]:
    members = set(component)
    has_incoming = {link.target for link in flow.links if link.source in members}
    roots = [node_id for node_id in component if node_id not in has_incoming]
    return roots or component[:1]


def _forward_edges(flow: FlowGraph, component: list[str]) -> dict[str, list[str]]:
    """Children per node, leaving out the links that close a loop (found depth first)."""
    edges: dict[str, list[str]] = {node_id: [] for node_id in component}
    state: dict[str, int] = {}  # 1 = on the current path, 2 = finished
    for root in [*_roots(flow, component), *component]:
        if root in state:
            continue
        state[root] = 1
        work = [(root, iter(_ordered_children(flow, root)))]
        while work:
            node_id, children = work[-1]
            for child in children:
                if state.get(child) == 1:
                    continue  # a back link: drawn, but not used for layering
                edges[node_id].append(child)
                if child not in state:
                    state[child] = 1
                    work.append((child, iter(_ordered_children(flow, child))))
                    break
            else:
                state[node_id] = 2
                work.pop()
    return edges


def _layers(component: list[str], edges: dict[str, list[str]]) -> dict[str, int]:
    """Longest-path layering over the loop-free edges (Kahn's order)."""
    incoming = {node_id: 0 for node_id in component}
    for children in edges.values():
        for child in children:
            incoming[child] += 1
    layer = dict.fromkeys(component, 0)
    ready = [node_id for node_id in component if incoming[node_id] == 0]
    while ready:
        node_id = ready.pop(0)
        for child in edges[node_id]:
            layer[child] = max(layer[child], layer[node_id] + 1)
            incoming[child] -= 1
            if incoming[child] == 0:
                ready.append(child)
    return layer


def _late_entries(
    component: list[str], edges: dict[str, list[str]], layer: dict[str, int]
) -> set[str]:
    """Moves each extra entry with one child (e.g. a second trigger that joins the flow
    half-way) down to the row above that child, so its link is short; returns those entries."""
    moved: set[str] = set()
    has_parent = {child for children in edges.values() for child in children}
    for node_id in component:
        children = edges[node_id]
        if node_id in has_parent or len(children) != 1:
            continue
        row = layer[children[0]] - 1
        if row > layer[node_id]:
            layer[node_id] = row
            moved.add(node_id)
    return moved


def _with_waypoints(
    edges: dict[str, list[str]], layer: dict[str, int]
) -> tuple[dict[str, list[tuple[str, int]]], dict[str, int]]:
    """Parents (id, port rank) of every node, where a link spanning several rows passes
    through one waypoint per row in between. Links are drawn straight down the target's
    column, so the waypoints keep that column free; links to the same target share them."""
    parents: dict[str, list[tuple[str, int]]] = defaultdict(list)
    rows = dict(layer)
    for node_id, children in edges.items():
        for rank, child in enumerate(children):
            previous, previous_rank = node_id, rank
            for row in range(layer[node_id] + 1, layer[child]):
                waypoint = f"{_WAYPOINT}{child}{_WAYPOINT}{row}"
                rows[waypoint] = row
                if (previous, previous_rank) not in parents[waypoint]:
                    parents[waypoint].append((previous, previous_rank))
                previous, previous_rank = waypoint, 0
            parents[child].append((previous, previous_rank))
    return parents, rows


def _desired_x(node_id: str, parents: list[tuple[str, int]], x: dict[str, float],
               column_width: float) -> float | None:  # fmt: skip
    placed = [(x[parent], parent, rank) for parent, rank in parents if parent in x]
    # A long link needs the target under its waypoints; otherwise the first port's child
    # goes straight down and the others to its right.
    if not placed:
        return None
    through = [entry for entry in placed if entry[1].startswith(_WAYPOINT)]
    parent_x, _parent, rank = min(through or placed)
    return parent_x + rank * column_width


def _nearest_free(wanted: float, taken: list[float], column_width: float) -> float:
    """`wanted`, else the closest free column, left before right."""
    for step in range(len(taken) + 1):
        for candidate in (wanted - step * column_width, wanted + step * column_width):
            if all(abs(candidate - other) >= column_width - 1e-6 for other in taken):
                return candidate
    return wanted + (len(taken) + 1) * column_width


def _layout_component(
    flow: FlowGraph, component: list[str], column_width: float, row_height: float
) -> dict[str, tuple[float, float]]:
    edges = _forward_edges(flow, component)
    layer = _layers(component, edges)
    late = _late_entries(component, edges, layer)
    parents, rows_of = _with_waypoints(edges, layer)
    rows: dict[int, list[str]] = defaultdict(list)
    for node_id in [*component, *(n for n in rows_of if n not in layer)]:
        if node_id not in late:
            rows[rows_of[node_id]].append(node_id)
    x: dict[str, float] = {}
    for row in sorted(rows):
        wanted: list[tuple[float, int, str]] = []
        for index, node_id in enumerate(rows[row]):
            desired = _desired_x(node_id, parents[node_id], x, column_width)
            wanted.append((index * column_width if desired is None else desired, index, node_id))
        wanted.sort()
        previous: float | None = None
        for desired, _index, node_id in wanted:
            position = desired if previous is None else max(desired, previous + column_width)
            x[node_id] = position
            previous = position
    for node_id in late:
        taken = [x[other] for other in rows[layer[node_id]]]
        x[node_id] = _nearest_free(x[edges[node_id][0]], taken, column_width)
        rows[layer[node_id]].append(node_id)
    return {node_id: (x[node_id], layer[node_id] * row_height) for node_id in component}
