"""Every figure of the results report against small hand-computed cases on a real database."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from shopnurture.cli import main
from shopnurture.domain.report_period import ReportPeriod
from shopnurture.services.results import build_report
from tests.results.history import History, T

MARCH = ReportPeriod(date(2026, 3, 1), date(2026, 3, 31))
HOUR, DAY = timedelta(hours=1), timedelta(days=1)


@pytest.fixture
def history(database) -> History:  # type: ignore[no-untyped-def]
    return History(database)


def _report(history: History, period: ReportPeriod = MARCH):  # type: ignore[no-untyped-def]
    return build_report(history.database, period)


def test_an_order_after_two_flows_messages_counts_once_for_the_latest(history: History) -> None:
    ana = history.contact("ana@example.es")
    welcome = history.flow("Bienvenida", ("t", "trigger.manual"), ("mail", "action.send_email"))
    cart = history.flow("Carrito", ("t", "trigger.manual"), ("sms", "action.send_sms"))
    history.message(welcome, history.run(welcome, ana, T), ana, "mail", T)
    history.message(cart, history.run(cart, ana, T + HOUR), ana, "sms", T + 2 * HOUR, channel="sms")
    history.order(ana, T + 5 * HOUR, 3000, 2000, order_id="P-1")  # two lines, one order

    report = _report(history)

    by_name = {flow.name: flow for flow in report.flows}
    assert (by_name["Carrito"].orders, by_name["Carrito"].revenue_cents) == (1, 5000)
    assert (by_name["Bienvenida"].orders, by_name["Bienvenida"].revenue_cents) == (0, 0)
    assert report.revenue_cents == 5000 and report.shop_revenue_cents == 5000
    assert report.shop_orders == 1
    assert by_name["Carrito"].converted == 1 and by_name["Carrito"].messaged_contacts == 1
    (node,) = [n for n in by_name["Carrito"].nodes if n.node_id == "sms"]
    assert (node.sent, node.orders, node.revenue_cents) == (1, 1, 5000)


def test_windows_email_five_days_sms_one_day_and_outside_the_window(history: History) -> None:
    flow = history.flow("Mixto", ("t", "trigger.manual"), ("mail", "action.send_email"),
                        ("sms", "action.send_sms"))  # fmt: skip
    late_email, sms_then_email, sms_only = (history.contact(f"{n}@example.es") for n in "abc")
    # a: email, order 6 days later -> outside the 5-day window, not counted.
    history.message(flow, None, late_email, "mail", T)
    history.order(late_email, T + 6 * DAY, 1000)
    # b: email, SMS a day later, order 2 days after the SMS: the SMS window (1 d) is over,
    # the email's (5 d) is not -> the email gets it although the SMS was later.
    history.message(flow, None, sms_then_email, "mail", T)
    history.message(flow, None, sms_then_email, "sms", T + DAY, channel="sms")
    history.order(sms_then_email, T + 3 * DAY, 2000)
    # c: SMS, order 23 hours later -> inside the SMS window.
    history.message(flow, None, sms_only, "sms", T, channel="sms")
    history.order(sms_only, T + 23 * HOUR, 4000)

    (result,) = _report(history).flows
    nodes = {node.node_id: node for node in result.nodes}
    assert (nodes["mail"].orders, nodes["mail"].revenue_cents) == (1, 2000)
    assert (nodes["sms"].orders, nodes["sms"].revenue_cents) == (1, 4000)
    assert (result.orders, result.revenue_cents, result.converted) == (2, 6000, 2)
    assert (result.sent, result.messaged_contacts) == (4, 3)


def test_the_email_window_is_a_setting(history: History) -> None:
    flow = history.flow("Correo", ("t", "trigger.manual"), ("mail", "action.send_email"))
    ana = history.contact("ana@example.es")
    history.message(flow, None, ana, "mail", T)
    history.order(ana, T + 6 * DAY, 1000)
    assert _report(history).flows[0].revenue_cents == 0
    assert main(["--db", str(history.database.path), "settings", "set",
                 "results.email_window_days", "7"]) == 0  # fmt: skip
    assert _report(history).flows[0].revenue_cents == 1000


def test_failed_and_skipped_messages_earn_nothing_and_are_counted(history: History) -> None:
    flow = history.flow("Carrito", ("t", "trigger.manual"), ("mail", "action.send_email"))
    ana, luis, eva = (history.contact(f"{n}@example.es") for n in ("ana", "luis", "eva"))
    for contact in (ana, luis, eva):
        history.run(flow, contact, T - HOUR)
    history.message(flow, None, ana, "mail", T, status="failed", reason="smtp_5xx")
    history.message(flow, None, luis, "mail", T, status="skipped", reason="no_consent")
    history.message(flow, None, eva, "mail", T, status="skipped", reason="frequency_cap")
    history.message(flow, None, eva, "mail", T + HOUR, status="skipped", reason="no_consent")
    for contact in (ana, luis, eva):
        history.order(contact, T + 2 * HOUR, 1500)

    (result,) = _report(history).flows
    assert (result.entered, result.sent, result.failed) == (3, 0, 1)
    assert result.skipped == {"no_consent": 2, "frequency_cap": 1}
    assert (result.orders, result.revenue_cents) == (0, 0)
    assert _report(history).shop_revenue_cents == 4500


def test_only_the_period_counts(history: History) -> None:
    flow = history.flow("Correo", ("t", "trigger.manual"), ("mail", "action.send_email"))
    ana = history.contact("ana@example.es")
    history.run(flow, ana, date_moment := T.replace(month=2))
    history.message(flow, None, ana, "mail", date_moment)
    history.order(ana, date_moment + DAY, 1000)
    # A message on 28 February earns an order of 1 March (in the window, order in the period).
    history.message(flow, None, ana, "mail", T.replace(month=2, day=28))
    history.order(ana, T.replace(day=1, hour=8), 700)

    (result,) = _report(history).flows
    assert (result.entered, result.sent, result.orders, result.revenue_cents) == (0, 0, 1, 700)
    february = _report(history, ReportPeriod(date(2026, 2, 1), date(2026, 2, 28)))
    assert (february.flows[0].entered, february.flows[0].sent) == (1, 2)
    assert february.flows[0].revenue_cents == 1000


def _split(history: History, flow: int, treated: tuple[int, int], control: tuple[int, int]) -> None:
    """Runs through the holdout node: (group size, how many ordered within 2 days)."""
    for outcome, (size, converted) in (("passed", treated), ("holdout", control)):
        for number in range(size):
            contact = history.contact(f"{outcome}{number}@example.es")
            run = history.run(flow, contact, T, None if outcome == "passed" else "holdout")
            history.step(run, flow, "split", outcome, T)
            if number < converted:
                history.order(contact, T + 2 * DAY, 1000)
            elif number == converted:
                history.order(contact, T + 8 * DAY, 1000)  # too late: not a conversion


def test_holdout_lift_with_its_newcombe_interval(history: History) -> None:
    flow = history.flow("Recuperar", ("t", "trigger.manual"), ("split", "logic.holdout"),
                        ("mail", "action.send_email"))  # fmt: skip
    _split(history, flow, treated=(100, 30), control=(100, 10))

    lift = _report(history).flows[0].lift
    assert lift is not None
    assert (lift.treated, lift.treated_converted, lift.control, lift.control_converted) == (
        100, 30, 100, 10,
    )  # fmt: skip
    # By hand: Wilson 30/100 = [0.21895, 0.39585], 10/100 = [0.05523, 0.17437];
    # low = 0.2 - sqrt((0.3 - 0.21895)^2 + (0.17437 - 0.1)^2) = 0.0900
    # high = 0.2 + sqrt((0.39585 - 0.3)^2 + (0.1 - 0.05523)^2) = 0.3058
    assert lift.difference == pytest.approx(0.20)
    assert (round(lift.low, 4), round(lift.high, 4)) == (0.0900, 0.3058)
    assert lift.verdict == "positive" and lift.window_days == 5


def test_holdout_lift_not_significant_says_not_enough_data(history: History) -> None:
    flow = history.flow("Recuperar", ("t", "trigger.manual"), ("split", "logic.holdout"),
                        ("mail", "action.send_email"))  # fmt: skip
    _split(history, flow, treated=(25, 3), control=(25, 2))

    lift = _report(history).flows[0].lift
    assert lift is not None and lift.verdict == "not_enough_data"
    # 3/25 vs 2/25: +0.04, interval [-0.1469, 0.2286] includes 0.
    assert (round(lift.low, 4), round(lift.high, 4)) == (-0.1469, 0.2286)


def test_carts_recovered(history: History) -> None:
    flow = history.flow("Carrito", ("t", "trigger.cart_abandoned"), ("split", "logic.holdout"),
                        ("mail", "action.send_email"))  # fmt: skip
    won, lost, unreminded, held = (history.contact(f"{n}@example.es") for n in "wluh")
    for contact in (won, lost, unreminded, held):
        history.event(contact, "add_to_cart", T - HOUR)
    run = history.run(flow, won, T)
    history.message(flow, run, won, "mail", T)
    history.order(won, T + DAY, 2500)
    run = history.run(flow, lost, T)
    history.message(flow, run, lost, "mail", T)
    history.order(lost, T + 9 * DAY, 2500)  # long after the window: not recovered
    run = history.run(flow, unreminded, T)
    history.message(flow, run, unreminded, "mail", T, status="skipped", reason="no_consent")
    history.order(unreminded, T + DAY, 2500)
    history.run(flow, held, T, "holdout")
    history.order(held, T + DAY, 2500)

    report = _report(history)
    carts = report.flows[0].carts
    assert carts is not None
    assert (carts.carts, carts.reminded, carts.recovered) == (3, 2, 1)
    assert carts.rate == 0.5
    # Weeks from Monday 23 February; 10 March falls in the third.
    assert report.cart_series == [(0, 0), (0, 0), (2, 1), (0, 0), (0, 0), (0, 0)]


def test_series_by_local_day_and_phases(history: History) -> None:
    flow = history.flow("Correo", ("t", "trigger.manual"), ("mail", "action.send_email"))
    ana = history.contact("ana@example.es")
    # 23:30 UTC on 10 March is 00:30 on 11 March in Madrid.
    history.message(flow, None, ana, "mail", T.replace(hour=23, minute=30))
    history.message(flow, None, ana, "sms", T, channel="sms")
    history.order(ana, T.replace(hour=23, minute=45), 1200)

    report = _report(history)
    assert report.granularity == "day" and len(report.buckets) == 31
    assert report.message_series["email"][10] == 1 and sum(report.message_series["email"]) == 1
    assert report.message_series["sms"][9] == 1
    assert report.revenue_series[flow][10] == 1200
    assert report.phases_all == {"awareness": 1, "consideration": 0, "customer": 0}
    assert report.phases_active == {"awareness": 1, "consideration": 0, "customer": 0}


def test_cli_report_json(history: History, capsys) -> None:  # type: ignore[no-untyped-def]
    flow = history.flow("Carrito", ("t", "trigger.manual"), ("mail", "action.send_email"))
    ana = history.contact("ana@example.es")
    history.run(flow, ana, T)
    history.message(flow, None, ana, "mail", T)
    history.order(ana, T + HOUR, 4990, order_id="P-9")
    path = str(history.database.path)

    assert main(["--db", path, "report", "--from", "2026-03-01", "--to", "2026-03-31",
                 "--json"]) == 0  # fmt: skip
    document = json.loads(capsys.readouterr().out)
    assert (document["from"], document["to"], document["attribution"]) == (
        "2026-03-01", "2026-03-31", "last_touch",
    )  # fmt: skip
    assert document["windows_days"] == {"email": 5.0, "sms": 1.0}
    (flow_json,) = document["flows"]
    assert flow_json["name"] == "Carrito" and flow_json["revenue_cents"] == 4990
    assert (flow_json["entered"], flow_json["sent"], flow_json["orders"]) == (1, 1, 1)
    assert flow_json["lift"] is None

    assert main(["--db", path, "report", "--from", "2026-03-01", "--to", "2026-03-31"]) == 0
    text = capsys.readouterr().out
    assert "Carrito" in text and "49.90" in text
    assert main(["--db", path, "report", "--from", "2026-03-31", "--to", "2026-03-01"]) == 1
