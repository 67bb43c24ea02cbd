"""A flow condition "is in the saved segment": the tick finds the members of a batch in one
restricted query per segment, and the run takes the yes or the no branch."""

from __future__ import annotations

from datetime import timedelta

from shopnurture.domain.flows import FlowGraph, Node
from shopnurture.domain.flows.conditions import rule_problem
from shopnurture.domain.segments import ActivityFilter, Group, Rule
from shopnurture.services.engine.active_flows import ActiveFlow
from shopnurture.services.engine.flow_service import activate_flow, create_flow
from shopnurture.services.segments import delete_segment, save_segment
from tests.engine.shop import T0, Shop

M = timedelta(minutes=1)


def _flow(segment_id: int, op: str) -> FlowGraph:
    flow = FlowGraph(name="Solo para quienes ya compraron dos veces")
    for node in (
        Node("t", "trigger.event", {"filter": {"types": ["review"]}, "min_count": 1,
                                    "window_hours": 24, "same_product": False}),
        Node("check", "logic.condition",
             {"match": "all", "rules": [{"field": "segment", "op": op, "value": segment_id}]}),
        Node("yes", "action.add_tag", {"tag": "seg-yes"}),
        Node("no", "action.add_tag", {"tag": "seg-no"}),
        Node("end_yes", "logic.exit", {"reason": "yes"}),
        Node("end_no", "logic.exit", {"reason": "no"}),
    ):  # fmt: skip
        flow.add_node(node)
    for source, port, target in (("t", "next", "check"), ("check", "yes", "yes"),
                                 ("check", "no", "no"), ("yes", "next", "end_yes"),
                                 ("no", "next", "end_no")):  # fmt: skip
        flow.connect(source, port, target)
    return flow


def test_the_rule_is_well_formed() -> None:
    assert rule_problem({"field": "segment", "op": "in_segment", "value": 3}) is None
    assert rule_problem({"field": "segment", "op": "eq", "value": 3}) is not None


def test_members_take_the_yes_branch(shop: Shop) -> None:
    twice = Rule("activity", "did", activity=ActivityFilter("order", 2))
    segment = save_segment(shop.database, "Compraron dos veces", Group("all", (twice,)))
    flow_id = create_flow(shop.database, _flow(segment.id, "in_segment"), now=T0)
    activate_flow(shop.database, flow_id, now=T0)
    ana, ben = shop.contact("Ana"), shop.contact("Ben")
    shop.order(ana, T0 + M, ("ROP-CAM", 1), order_id="A1")
    shop.order(ana, T0 + 2 * M, ("ROP-VAQ", 1), order_id="A2")
    shop.order(ben, T0 + 3 * M, ("ROP-CAM", 2), order_id="B1")  # one order of two lines
    for contact in (ana, ben):
        shop.event(contact, "review", T0 + 5 * M, sku="ROP-CAM", rating=5)
    shop.tick(T0 + 10 * M)
    shop.tick(T0 + 11 * M)
    assert shop.contact_row(ana)["tags"] == "seg-yes"
    assert shop.contact_row(ben)["tags"] == "seg-no"


def test_a_deleted_segment_has_no_members(shop: Shop) -> None:
    segment = save_segment(shop.database, "Reseñas", Group("all", (Rule("tags", "lacks", "x"),)))
    flow_id = create_flow(shop.database, _flow(segment.id, "not_in_segment"), now=T0)
    activate_flow(shop.database, flow_id, now=T0)
    delete_segment(shop.database, segment.id)  # validation now reports it; the run goes on
    ana = shop.contact("Ana")
    shop.event(ana, "review", T0 + M, sku="ROP-CAM", rating=4)
    shop.tick(T0 + 10 * M)
    shop.tick(T0 + 11 * M)
    assert shop.contact_row(ana)["tags"] == "seg-yes"  # not in a segment that is gone


def test_the_flow_knows_which_segments_it_asks_about() -> None:
    from datetime import UTC, datetime

    from shopnurture.data.flows import FlowRecord
    from shopnurture.domain.flows.serialization import flow_to_json
    from shopnurture.services.engine.active_flows import active_flow

    now = datetime(2026, 1, 1, tzinfo=UTC)
    record = FlowRecord(1, "f", "", None, "active", 50, flow_to_json(_flow(7, "in_segment")),
                        1, now, now, now)  # fmt: skip
    flow: ActiveFlow = active_flow(record)
    assert flow.segment_ids == {7}
