"""The flow model the editor edits: nodes, typed ports, links; JSON with versions; catalogue."""

from __future__ import annotations

import json

import pytest

from shopnurture.domain.flows import (
    FORMAT_VERSION,
    NODE_KINDS,
    FlowEditError,
    FlowFormatError,
    FlowGraph,
    Link,
    Node,
    flow_from_document,
    flow_from_json,
    flow_to_document,
    flow_to_json,
    validate_flow,
)
from shopnurture.domain.flows.templates import TEMPLATES, build_template
from shopnurture.messages import MESSAGES


def _small_flow() -> FlowGraph:
    flow = FlowGraph(name="Prueba")
    flow.add_node(Node("start", "trigger.order_placed"))
    flow.add_node(Node("split", "logic.random_split"))
    flow.add_node(Node("a", "logic.exit"))
    flow.add_node(Node("b", "logic.exit"))
    flow.connect("start", "next", "split")
    flow.connect("split", "A", "a")
    flow.connect("split", "B", "b")
    return flow


def test_new_nodes_get_the_catalogue_defaults_and_typed_ports() -> None:
    flow = _small_flow()
    assert flow.node("split").params["branches"][0] == {"port": "A", "percent": 50}
    assert [(p.name, p.type) for p in flow.node("split").ports()] == [
        ("A", "branch"),
        ("B", "branch"),
    ]
    wait = flow.add_node(Node("w", "logic.wait_for_event"))
    assert [(p.name, p.type) for p in wait.ports()] == [("yes", "yes"), ("timeout", "timeout")]
    assert flow.add_node(Node("x", "logic.exit")).ports() == ()


def test_connect_checks_ports_and_replaces_the_port_s_link() -> None:
    flow = _small_flow()
    with pytest.raises(FlowEditError):
        flow.connect("split", "C", "a")
    with pytest.raises(FlowEditError):
        flow.connect("split", "A", "nowhere")
    replaced = flow.connect("split", "A", "b")
    assert replaced == Link("split", "A", "a")
    assert flow.target("split", "A") == "b"


def test_removing_a_node_removes_its_links_and_returns_them_for_undo() -> None:
    flow = _small_flow()
    node, links = flow.remove_node("split")
    assert node.kind == "logic.random_split"
    assert set(links) == {
        Link("start", "next", "split"),
        Link("split", "A", "a"),
        Link("split", "B", "b"),
    }
    assert flow.links == []
    flow.add_node(node)
    for link in links:
        flow.connect(link.source, link.port, link.target)
    assert validate_flow(flow) == []


def test_changing_branches_drops_links_of_ports_that_no_longer_exist() -> None:
    flow = _small_flow()
    previous, dropped = flow.set_params(
        "split", {"branches": [{"port": "A", "percent": 70}, {"port": "C", "percent": 30}]}
    )
    assert previous["branches"][1]["port"] == "B"
    assert dropped == [Link("split", "B", "b")]
    assert [p.name for p in flow.node("split").ports()] == ["A", "C"]


def test_every_template_round_trips_through_json() -> None:
    for key in TEMPLATES:
        flow = build_template(key, "en")
        assert flow_from_json(flow_to_json(flow)) == flow
        document = flow_to_document(flow)
        assert (document["format"], document["version"]) == ("shopnurture.flow", FORMAT_VERSION)


def test_a_format_1_file_is_upgraded() -> None:
    old = {
        "version": 1,
        "name": "Antiguo",
        "nodes": [
            {"id": "t", "type": "trigger.order_placed", "config": {}},
            {"id": "w", "type": "logic.wait", "config": {"wait_minutes": 1530}},
            {"id": "e", "type": "logic.exit", "config": {}},
        ],
        "edges": [["t", "next", "w"], ["w", "next", "e"]],
    }
    flow = flow_from_document(old)
    assert flow.node("w").params["duration"] == {"days": 1, "hours": 1, "minutes": 30}
    assert flow.target("t", "next") == "w"
    assert validate_flow(flow) == []
    assert flow_to_document(flow)["version"] == FORMAT_VERSION


def test_unreadable_or_newer_files_are_clear_errors() -> None:
    with pytest.raises(FlowFormatError) as error:
        flow_from_json("{not json")
    assert "JSON" in error.value.message("en")
    with pytest.raises(FlowFormatError) as error:
        flow_from_json(json.dumps({"format": "shopnurture.flow", "version": 99}))
    assert "99" in error.value.message("es") and "shopnurture" in error.value.message("es")
    with pytest.raises(FlowFormatError):
        flow_from_json(json.dumps({"something": "else"}))


def test_unknown_node_kinds_are_kept_and_reported() -> None:
    document = flow_to_document(_small_flow())
    document["nodes"].append({"id": "future", "kind": "action.send_whatsapp", "params": {}})
    flow = flow_from_document(document)
    assert "future" in flow.nodes
    assert {p.code for p in validate_flow(flow)} >= {"unknown_kind"}


def test_every_kind_and_port_has_a_label_in_both_languages() -> None:
    for kind in NODE_KINDS.values():
        assert set(MESSAGES[kind.label_code]) == {"es", "en"}
        for port in kind.output_ports(kind.default_params()):
            assert port.label_code in MESSAGES
    for info in TEMPLATES.values():
        assert info.name_code in MESSAGES and info.description_code in MESSAGES
    assert sorted(info.number for info in TEMPLATES.values()) == list(range(1, 12))
