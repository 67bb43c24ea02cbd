"""Steps named as the owner reads them (their label, else the kind and what it does) in the
report, the CLI and both languages; and the dashboard's default period early in a month."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from shopnurture.cli import main
from shopnurture.data.sql_values import sql_time
from shopnurture.domain.flows.model import FlowGraph, Link, Node
from shopnurture.domain.flows.node_description import describe_node, steps_in_path_order
from shopnurture.domain.flows.serialization import flow_to_document
from shopnurture.domain.flows.templates import build_template
from shopnurture.domain.report_period import ReportPeriod, default_preset
from shopnurture.services.results import build_report
from shopnurture.services.settings import change_setting
from tests.results.history import History, T

HOUR = timedelta(hours=1)


@pytest.mark.parametrize(
    ("kind", "params", "spanish", "english"),
    [
        ("logic.wait", {"duration": {"days": 1}}, "Esperar 1 día", "Wait 1 day"),
        ("logic.wait", {"duration": {"days": 3, "hours": 12}}, "Esperar 3 días 12 h",
         "Wait 3 days 12 h"),
        ("action.send_email",
         {"message": {"es": {"subject": "{{ first_name }}, tu carrito sigue guardado"},
                      "en": {"subject": "{{ first_name }}, your cart is still saved"}}},
         "Enviar correo: «‹nombre›, tu carrito sigue guardado»",
         "Send email: “‹first name›, your cart is still saved”"),
        ("trigger.cart_abandoned", {"minutes": 60}, "Carrito abandonado: 1 h sin pedido",
         "Cart abandoned: 1 h without an order"),
        ("logic.holdout", {"percent": 25},
         "Grupo de control: el 25 % no recibe nada (para comparar)",
         "Holdout group: 25% get nothing (to compare)"),
        ("logic.condition", {"rules": [{"field": "in_stock", "op": "is_true"}]},
         "Condición: ¿hay stock?", "Condition: in stock?"),
        ("trigger.inactivity", {"days": 90, "of": "order"}, "Inactividad: 90 días sin comprar",
         "Inactivity: 90 days without ordering"),
        ("logic.exit", {}, "Salida", "Exit"),
    ],
)  # fmt: skip
def test_a_step_is_described_in_the_owners_language(kind, params, spanish, english) -> None:  # type: ignore[no-untyped-def]
    node = Node("step_1", kind, params)
    assert describe_node(node, "es") == spanish
    assert describe_node(node, "en") == english


def test_the_owners_label_wins_and_odd_settings_still_name_the_kind() -> None:
    assert (
        describe_node(Node("x", "logic.wait", {"duration": {}}, label=" Pausa "), "es") == "Pausa"
    )
    assert describe_node(Node("x", "logic.wait", {"duration": "mañana"}), "es") == "Esperar"
    long_subject = {"message": {"es": {"subject": "a" * 200}}}
    described = describe_node(Node("x", "action.send_email", long_subject), "es")
    assert described.endswith("…»") and len(described) < 90


def test_steps_come_in_the_order_a_contact_meets_them() -> None:
    kinds = (("mail", "action.send_email"), ("wait", "logic.wait"), ("t", "trigger.manual"))
    graph = FlowGraph(name="f", nodes={i: Node(i, kind) for i, kind in kinds})
    graph.links = [Link("t", "next", "wait"), Link("wait", "next", "mail")]
    assert steps_in_path_order(graph) == ["t", "wait", "mail"]
    assert steps_in_path_order(build_template("cart_abandonment", "es"))[:2] == [
        "trigger",
        "bought",
    ]


def test_report_and_cli_name_the_steps_of_a_template(history: History, capsys) -> None:  # type: ignore[no-untyped-def]
    definition = json.dumps(flow_to_document(build_template("cart_abandonment", "es")))
    flow = history._run_sql(
        "INSERT INTO flow (name, status, priority, definition, version, created_at, updated_at) "
        "VALUES ('Carrito abandonado', 'active', 50, ?, 1, ?, ?)",
        definition, sql_time(T), sql_time(T),
    )  # fmt: skip
    ana = history.contact("ana@example.es")
    history.message(flow, history.run(flow, ana, T), ana, "reminder_1", T)
    history.order(ana, T + HOUR, 4990, order_id="P-1")

    report = build_report(history.database, ReportPeriod(date(2026, 3, 1), date(2026, 3, 31)), "es")
    (node,) = report.flows[0].nodes
    assert node.node_id == "reminder_1"
    assert node.label == "Enviar correo: «‹nombre›, tu carrito sigue guardado»"

    change_setting(history.database, "language", "es")  # the CLI speaks the shop's language
    path = str(history.database.path)
    assert main(["--db", path, "report", "--from", "2026-03-01", "--to", "2026-03-31"]) == 0
    text = capsys.readouterr().out
    assert "· Enviar correo: «‹nombre›, tu carrito sigue guardado»: 1 enviados, 1 compraron" in text


@pytest.mark.parametrize(
    ("today", "preset"),
    [(date(2026, 4, 1), "last_30_days"), (date(2026, 4, 6), "last_30_days"),
     (date(2026, 4, 7), "this_month"), (date(2026, 4, 30), "this_month")],
)  # fmt: skip
def test_the_default_period_needs_a_week_of_the_month(today: date, preset: str) -> None:
    assert default_preset(today) == preset


@pytest.fixture
def history(database) -> History:  # type: ignore[no-untyped-def]
    return History(database)
