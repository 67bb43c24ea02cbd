"""Flows as graphs: the model the editor edits, its JSON form, validation, the node catalogue,
the interpreter that advances a run, and the eleven built-in templates. Pure Python."""

from __future__ import annotations

from shopnurture.domain.flows.catalogue import NODE_KINDS, NodeKind, ParamSpec, Port
from shopnurture.domain.flows.model import (
    FlowEditError,
    FlowGraph,
    Link,
    Node,
    Reentry,
    ReentryMode,
)
from shopnurture.domain.flows.serialization import (
    FORMAT_VERSION,
    FlowFormatError,
    flow_from_document,
    flow_from_json,
    flow_to_document,
    flow_to_json,
    upgrade_document,
)
from shopnurture.domain.flows.validation import Problem, errors, validate_flow

__all__ = [
    "FORMAT_VERSION",
    "NODE_KINDS",
    "FlowEditError",
    "FlowFormatError",
    "FlowGraph",
    "Link",
    "Node",
    "NodeKind",
    "ParamSpec",
    "Port",
    "Problem",
    "Reentry",
    "ReentryMode",
    "errors",
    "flow_from_document",
    "flow_from_json",
    "flow_to_document",
    "flow_to_json",
    "upgrade_document",
    "validate_flow",
]
