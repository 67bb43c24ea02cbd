"""Pieces of a flow for copy and paste: the chosen nodes with the links among them, as the
same versioned JSON as a whole flow (so a flow file can be pasted too)."""

from __future__ import annotations

import copy

from shopnurture.domain.flows.catalogue import NODE_KINDS
from shopnurture.domain.flows.model import FlowEditError, FlowGraph, Link
from shopnurture.domain.flows.serialization import FlowFormatError, flow_from_json, flow_to_json
from shopnurture.errors import UserError


def extract(flow: FlowGraph, node_ids: list[str]) -> FlowGraph:
    """A flow holding copies of `node_ids` (in the flow's order) and the links among them."""
    chosen = set(node_ids)
    piece = FlowGraph(name=flow.name)
    for node_id, node in flow.nodes.items():
        if node_id in chosen:
            piece.nodes[node_id] = copy.deepcopy(node)
    piece.links = [
        Link(link.source, link.port, link.target)
        for link in flow.links
        if link.source in chosen and link.target in chosen
    ]
    return piece


def fragment_to_text(flow: FlowGraph, node_ids: list[str]) -> str:
    return flow_to_json(extract(flow, node_ids))


def fragment_from_text(text: str) -> FlowGraph:
    """The flow piece in `text`; a UserError with a clear message for anything else (not
    JSON, not a flow, from a newer shopnurture, unknown kinds of node, no nodes at all)."""
    if not text.strip():
        raise UserError("flow.paste.nothing")
    try:
        piece = flow_from_json(text)
    except FlowFormatError as error:
        if error.code == "flow.format.not_json":  # plain text, not a file: say it plainly
            raise UserError("flow.paste.nothing") from None
        raise
    except (TypeError, ValueError, KeyError, IndexError, AttributeError):
        raise FlowFormatError("flow.format.not_a_flow") from None
    if not piece.nodes:
        raise UserError("flow.paste.nothing")
    for node in piece.nodes.values():
        if node.kind not in NODE_KINDS:
            raise FlowEditError("flow.edit.unknown_kind", kind=node.kind)
    return piece
