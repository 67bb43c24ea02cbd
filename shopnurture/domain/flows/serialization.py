"""Flows as versioned JSON (`flow_to_document` / `flow_from_document`); files of older format
versions are upgraded on reading."""

from __future__ import annotations

import json
from typing import Any

from shopnurture.domain.flows.model import FlowGraph, Link, Node, Reentry, ReentryMode
from shopnurture.errors import UserError

# Format 2 (current): {"format": "shopnurture.flow", "version": 2, "name", "description",
# "template", "priority", "perishable", "reentry": {"mode", "days"},
# "nodes": [{"id", "kind", "params", "label", "position": [x, y]}],
# "links": [{"from", "port", "to"}]}.
# Format 1 (the early drafts): nodes had "type" and "config", links were "edges" as
# [from, port, to] triples, and waits counted "wait_minutes".
FORMAT_NAME = "shopnurture.flow"
FORMAT_VERSION = 2


class FlowFormatError(UserError):
    """A flow file that cannot be read (not JSON, not a flow, from a newer shopnurture)."""


def flow_to_document(flow: FlowGraph) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "name": flow.name,
        "description": flow.description,
        "template": flow.template,
        "priority": flow.priority,
        "perishable": flow.perishable,
        "reentry": {"mode": flow.reentry.mode, "days": flow.reentry.days},
        "nodes": [
            {
                "id": node.id,
                "kind": node.kind,
                "params": node.params,
                "label": node.label,
                "position": [node.position[0], node.position[1]],
            }
            for node in flow.nodes.values()
        ],
        "links": [
            {"from": link.source, "port": link.port, "to": link.target} for link in flow.links
        ],
    }


def flow_to_json(flow: FlowGraph) -> str:
    return json.dumps(flow_to_document(flow), ensure_ascii=False, indent=2)


def flow_from_json(text: str) -> FlowGraph:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise FlowFormatError("flow.format.not_json", reason=str(error)) from None
    return flow_from_document(document)


def upgrade_document(document: dict[str, Any]) -> dict[str, Any]:
    """The document in the current format (unchanged if already current)."""
    if not isinstance(document, dict) or not isinstance(document.get("version"), int):
        raise FlowFormatError("flow.format.not_a_flow")
    if document.get("format", FORMAT_NAME) != FORMAT_NAME:
        raise FlowFormatError("flow.format.not_a_flow")
    version = document["version"]
    if version > FORMAT_VERSION:
        raise FlowFormatError("flow.format.too_new", found=version, supported=FORMAT_VERSION)
    if version < 1:
        raise FlowFormatError("flow.format.not_a_flow")
    if version == 1:
        document = _upgrade_1_to_2(document)
    return document


def _upgrade_1_to_2(old: dict[str, Any]) -> dict[str, Any]:
    nodes = []
    for node in old.get("nodes") or []:
        params = dict(node.get("config") or {})
        if "wait_minutes" in params:
            minutes = int(params.pop("wait_minutes") or 0)
            params["duration"] = {"days": minutes // 1440, "hours": minutes % 1440 // 60,
                                  "minutes": minutes % 60}  # fmt: skip
        nodes.append({
            "id": node.get("id"),
            "kind": node.get("type"),
            "params": params,
            "label": node.get("label", ""),
            "position": node.get("position", [0, 0]),
        })  # fmt: skip
    links = [
        {"from": edge[0], "port": edge[1], "to": edge[2]}
        for edge in old.get("edges") or []
        if isinstance(edge, list | tuple) and len(edge) == 3
    ]
    upgraded = {key: value for key, value in old.items() if key not in ("nodes", "edges")}
    upgraded.update(format=FORMAT_NAME, version=2, nodes=nodes, links=links)
    return upgraded


def flow_from_document(document: dict[str, Any]) -> FlowGraph:
    """Reads a flow document of any known version. Unknown node kinds are kept (validation
    reports them) so that nothing the owner made is silently dropped."""
    document = upgrade_document(document)
    reentry = document.get("reentry") or {}
    mode = reentry.get("mode", ReentryMode.ONCE_PER_DAYS)
    flow = FlowGraph(
        name=str(document.get("name") or ""),
        description=str(document.get("description") or ""),
        template=document.get("template"),
        priority=_int(document.get("priority"), 50),
        perishable=bool(document.get("perishable", False)),
        reentry=Reentry(
            mode=mode if mode in ReentryMode.ALL else ReentryMode.ONCE_PER_DAYS,
            days=_int(reentry.get("days"), 30),
        ),
    )
    for raw in document.get("nodes") or []:
        if not isinstance(raw, dict) or not raw.get("id"):
            raise FlowFormatError("flow.format.bad_node")
        position = raw.get("position") or [0, 0]
        node = Node(
            id=str(raw["id"]),
            kind=str(raw.get("kind") or ""),
            params=dict(raw.get("params") or {}),
            label=str(raw.get("label") or ""),
            position=(float(position[0]), float(position[1])),
        )
        if node.id in flow.nodes:
            raise FlowFormatError("flow.format.duplicate_node", node=node.id)
        flow.nodes[node.id] = node
    for raw in document.get("links") or []:
        if not isinstance(raw, dict):
            raise FlowFormatError("flow.format.bad_link")
        flow.links.append(Link(str(raw.get("from")), str(raw.get("port")), str(raw.get("to"))))
    return flow


def _int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default
