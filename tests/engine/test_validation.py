"""Validation: structure (cycles without a wait, unreachable nodes, unconnected ports) and
messages (unsubscribe link, SMS opt-out and length), through the API and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from shopnurture.domain.flows import FlowGraph, Node, flow_to_json, validate_flow
from shopnurture.domain.flows.message_text import sms_segments
from shopnurture.domain.flows.templates import TEMPLATES, build_template
from shopnurture.domain.flows.templates.builder import email, sms
from tests.engine.shop import T0, Shop


def _codes(flow: FlowGraph) -> set[tuple[str, str | None]]:
    return {(problem.code, problem.node) for problem in validate_flow(flow)}


def _chain(*nodes: Node) -> FlowGraph:
    flow = FlowGraph(name="x")
    for node in nodes:
        flow.add_node(node)
    for first, second in zip(nodes, nodes[1:], strict=False):
        flow.connect(first.id, first.ports()[0].name, second.id)
    return flow


def test_all_eleven_templates_are_valid_in_both_languages() -> None:
    for key in TEMPLATES:
        for language in ("es", "en"):
            assert validate_flow(build_template(key, language)) == [], key


def test_a_loop_without_a_wait_is_caught_but_a_loop_with_one_is_fine() -> None:
    flow = _chain(Node("t", "trigger.manual"), Node("tag", "action.add_tag", {"tag": "x"}),
                  Node("check", "logic.condition"))  # fmt: skip
    flow.connect("check", "yes", "tag")
    flow.add_node(Node("end", "logic.exit"))
    flow.connect("check", "no", "end")
    assert ("cycle_without_wait", "check") in _codes(flow)
    flow.add_node(Node("pause", "logic.wait"))
    flow.connect("check", "yes", "pause")
    flow.connect("pause", "next", "tag")
    assert validate_flow(flow) == []


def test_unreachable_nodes_and_unconnected_ports() -> None:
    flow = _chain(
        Node("t", "trigger.manual"), Node("check", "logic.condition"), Node("end", "logic.exit")
    )
    flow.add_node(Node("orphan", "logic.exit"))
    codes = _codes(flow)
    assert ("unreachable", "orphan") in codes
    assert ("unconnected_port", "check") in codes  # its "no" port
    assert ("no_trigger", None) not in codes
    assert ("no_trigger", None) in _codes(_chain(Node("end", "logic.exit")))


def test_messages_need_an_unsubscribe_link_and_sms_an_opt_out_and_at_most_3_parts() -> None:
    no_link = {
        "es": {"subject": "Hola", "body": "Sin enlace"},
        "en": {"subject": "Hi", "body": "No link"},
    }
    no_stop = {"es": {"body": "Hola {{ first_name }}"}, "en": {"body": "Hi {{ first_name }}"}}
    long_sms = sms("Texto con acentos: canción, pingüino, árbol. " * 6, "Plain text. " * 40)
    flow = _chain(
        Node("t", "trigger.manual"),
        Node("mail", "action.send_email", {"message": no_link}),
        Node("text", "action.send_sms", {"message": no_stop}),
        Node("long", "action.send_sms", {"message": long_sms}),
        Node("end", "logic.exit"),
    )
    problems = {(p.code, p.node, p.params.get("language")) for p in validate_flow(flow)}
    assert {("no_unsubscribe", "mail", "es"), ("no_unsubscribe", "mail", "en")} <= problems
    assert {("no_opt_out", "text", "es"), ("no_opt_out", "text", "en")} <= problems
    assert {("sms_too_long", "long", "es"), ("sms_too_long", "long", "en")} <= problems
    good = _chain(Node("t", "trigger.manual"),
                  Node("mail", "action.send_email", {"message": email(("A", "B"), ("A", "B"))}),
                  Node("end", "logic.exit"))  # fmt: skip
    assert validate_flow(good) == []


def test_sms_parts_follow_gsm_and_unicode_limits() -> None:
    assert sms_segments("a" * 160) == 1
    assert sms_segments("a" * 161) == 2
    assert sms_segments("ñ" * 160) == 1  # ñ is in the GSM alphabet
    assert sms_segments("á" * 70) == 1 and sms_segments("á" * 71) == 2  # á is not
    assert sms_segments("€" * 80) == 1 and sms_segments("€" * 81) == 2  # two units each


def test_template_mistakes_and_bad_parameters_are_reported() -> None:
    broken = {"es": {"subject": "{{ first_name ", "body": "{{ shoe_size }} {{ unsubscribe_url }}"}}
    flow = _chain(
        Node("t", "trigger.event", {"filter": {"types": ["teleport"]}}),
        Node("split", "logic.random_split", {"branches": [{"port": "A", "percent": 60},
                                                          {"port": "B", "percent": 60}]}),
    )  # fmt: skip
    flow.add_node(Node("mail", "action.send_email", {"message": broken}))
    flow.connect("split", "A", "mail")
    flow.connect("split", "B", "mail")
    flow.add_node(Node("end", "logic.exit"))
    flow.connect("mail", "next", "end")
    problems = validate_flow(flow)
    params = {(p.code, p.params.get("param"), p.params.get("reason_code")) for p in problems}
    assert ("bad_param", "filter", "flow.reason.bad_event_filter") in params
    assert ("bad_param", "branches", "flow.reason.percent_sum") in params
    assert ("template_error", None, "flow.reason.template_syntax") in params
    assert ("template_error", None, "flow.reason.unknown_variable") in params
    assert any(p.code == "missing_language" and p.severity == "warning" for p in problems)
    assert "shoe_size" in " ".join(p.message("es") for p in problems)


def test_the_cli_validates_files_and_stored_flows(shop: Shop, tmp_path: Path) -> None:
    flow = _chain(
        Node("t", "trigger.manual"), Node("check", "logic.condition"), Node("end", "logic.exit")
    )
    path = tmp_path / "flow.json"
    path.write_text(flow_to_json(flow), encoding="utf-8")
    result = json.loads(shop.cli("flows", "validate", str(path), "--json", now=T0, expect=1))
    assert result["valid"] is False
    assert [(p["code"], p["node"]) for p in result["problems"]] == [("unconnected_port", "check")]
    assert "no" in result["problems"][0]["message"]
    flow_id = shop.add_flow("birthday", activate=False)
    ok = json.loads(shop.cli("flows", "validate", str(flow_id), "--json", now=T0))
    assert ok == {"valid": True, "problems": []}
