"""Testing an unsaved flow with one contact: the simulator on a copy of the shop gives the path
they would take and when, and the shop itself is not touched."""

from __future__ import annotations

from datetime import timedelta

import pytest

from shopnurture.domain.flows.model import FlowGraph, Node
from shopnurture.domain.flows.templates.builder import email
from shopnurture.errors import UserError
from shopnurture.services.engine.contact_trace import trace_contact
from tests.engine.shop import T0, Shop

H, D, M = timedelta(hours=1), timedelta(days=1), timedelta(minutes=1)


def _cart_flow() -> FlowGraph:
    """Cart abandoned → wait 1 h → in stock? → email → wait 1 day → exit; bought → goal."""
    flow = FlowGraph(name="Carrito a mano")
    message = email(("Tu carrito", "Hola {{ first_name }}"), ("Your cart", "Hi {{ first_name }}"))
    for node_id, kind, params in (
        ("abandoned", "trigger.cart_abandoned", {"minutes": 60}),
        ("wait_hour", "logic.wait", {"duration": {"days": 0, "hours": 1, "minutes": 0}}),
        ("in_stock", "logic.condition",
         {"match": "all", "rules": [{"field": "in_stock", "op": "is_true"}]}),
        ("reminder", "action.send_email", {"template": "cart", "message": message}),
        ("wait_day", "logic.wait", {"duration": {"days": 1, "hours": 0, "minutes": 0}}),
        ("done", "logic.exit", {"reason": "completed"}),
        ("sold_out", "logic.exit", {"reason": "out_of_stock"}),
        ("bought", "logic.goal", {"filter": {"types": ["order"]}}),
        ("thanked", "logic.exit", {"reason": "goal"}),
    ):  # fmt: skip
        flow.add_node(Node(node_id, kind, params))
    for source, port, target in (
        ("abandoned", "next", "wait_hour"), ("wait_hour", "next", "in_stock"),
        ("in_stock", "yes", "reminder"), ("in_stock", "no", "sold_out"),
        ("reminder", "next", "wait_day"), ("wait_day", "next", "done"),
        ("bought", "next", "thanked"),
    ):  # fmt: skip
        flow.connect(source, port, target)
    return flow


def _table_sizes(shop: Shop) -> dict[str, int]:
    return {
        table: shop.sql(f"SELECT count(*) FROM {table}")[0][0]
        for table in ("flow", "flow_run", "flow_step", "outbox_message", "activity_event")
    }


def test_the_path_of_a_contact_who_buys_after_the_reminder_with_its_times(shop: Shop) -> None:
    lucia = shop.contact()
    pedro = shop.contact("Pedro")
    shop.event(lucia, "add_to_cart", T0, sku="CAF-MAQ-BAS", quantity=1, value_cents=7900)
    shop.event(lucia, "checkout_started", T0 + 5 * M, quantity=1, value_cents=7900)
    shop.order(lucia, T0 + 6 * H, ("CAF-MAQ-BAS", 1), order_id="L1")
    shop.event(pedro, "add_to_cart", T0, sku="CAF-MAQ-BAS", quantity=1, value_cents=7900)
    before = _table_sizes(shop)

    trace = trace_contact(shop.database, _cart_flow(), lucia, now=T0 + 3 * D, days_ahead=5)

    assert (trace.contact_name, trace.time_zone) == ("Lucía Núñez", "Europe/Madrid")
    [path] = trace.paths
    abandoned = T0 + 5 * M + H  # an hour after checkout started without an order
    assert path.entered_at == abandoned
    times = {visit.node_id: visit.at for visit in path.visits}
    assert [visit.node_id for visit in path.visits] == [
        "abandoned", "wait_hour", "in_stock", "reminder", "wait_day", "bought", "thanked"
    ]  # fmt: skip
    assert times["abandoned"] == times["wait_hour"] == abandoned
    assert times["in_stock"] == times["reminder"] == abandoned + H  # the email, an hour later
    assert times["bought"] == times["thanked"] == T0 + 6 * H  # the order, during the day's wait
    reminder = path.visits[3].message
    assert reminder is not None
    assert (reminder.channel, reminder.status, reminder.due_at) == ("email", "sent", abandoned + H)
    assert path.links == [("abandoned", "next"), ("wait_hour", "next"), ("in_stock", "yes"),
                          ("reminder", "next"), ("bought", "next")]  # fmt: skip
    assert (path.status, path.exit_reason, path.exited_at) == ("exited", "goal", T0 + 6 * H)
    assert _table_sizes(shop) == before  # worked out on a copy


def test_a_contact_still_waiting_at_the_end_shows_where_they_go_next(shop: Shop) -> None:
    lucia = shop.contact()
    shop.event(lucia, "add_to_cart", T0, sku="CAF-MAQ-BAS", quantity=1, value_cents=7900)
    shop.event(lucia, "checkout_started", T0 + 5 * M, quantity=1, value_cents=7900)
    trace = trace_contact(shop.database, _cart_flow(), lucia, now=T0 + 2 * H, days_ahead=1)
    [path] = trace.paths
    assert [visit.node_id for visit in path.visits] == ["abandoned", "wait_hour", "in_stock",
                                                        "reminder", "wait_day"]  # fmt: skip
    assert ("wait_day", "next") not in path.links
    assert (path.status, path.next_node) == ("waiting", "done")
    assert path.next_at == T0 + 5 * M + 2 * H + D


def test_no_matching_activity_means_no_path_and_a_broken_flow_is_refused(shop: Shop) -> None:
    pedro = shop.contact("Pedro")
    assert trace_contact(shop.database, _cart_flow(), pedro, now=T0, days_ahead=2).paths == []
    broken = _cart_flow()
    broken.disconnect("abandoned", "next")
    broken.remove_node("wait_hour")
    with pytest.raises(UserError) as refused:
        trace_contact(shop.database, broken, pedro, now=T0)
    assert refused.value.code == "flow.trace.invalid"
    with pytest.raises(UserError) as missing:
        trace_contact(shop.database, _cart_flow(), 9999, now=T0)
    assert missing.value.code == "flow.trace.no_contact"
