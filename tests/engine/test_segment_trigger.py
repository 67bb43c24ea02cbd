"""A flow triggered by "entered a saved segment": real ticks on a real shop file; only those
who were not members at the previous tick and are now start, as the re-entry rule allows."""

from __future__ import annotations

from datetime import timedelta

from shopnurture.domain.flows import FlowGraph, Node
from shopnurture.domain.flows.model import Reentry, ReentryMode
from shopnurture.domain.flows.validation import param_problem
from shopnurture.domain.segments import ActivityFilter, Group, Rule
from shopnurture.services.engine.flow_service import activate_flow, create_flow, validate_source
from shopnurture.services.segments import delete_segment, save_segment
from tests.engine.shop import T0, Shop

M = timedelta(minutes=1)
VIP = Group("all", (Rule("tags", "has", "vip"),))


def _flow(segment_id: int, reentry: Reentry | None = None) -> FlowGraph:
    flow = FlowGraph(name="Bienvenida a VIP", reentry=reentry or Reentry())
    flow.add_node(Node("t", "trigger.segment_entered", {"segment": segment_id}))
    flow.add_node(Node("tag", "action.add_tag", {"tag": "bienvenida"}))
    flow.add_node(Node("end", "logic.exit", {"reason": "done"}))
    flow.connect("t", "next", "tag")
    flow.connect("tag", "next", "end")
    return flow


def _runs(shop: Shop, contact_id: int) -> int:
    return shop.sql("SELECT count(*) FROM flow_run WHERE contact_id = ?", contact_id)[0][0]


def _start(shop: Shop, rules: Group = VIP, reentry: Reentry | None = None) -> tuple[int, int]:
    segment = save_segment(shop.database, "VIP", rules)
    flow_id = create_flow(shop.database, _flow(segment.id, reentry), now=T0)
    activate_flow(shop.database, flow_id, now=T0)
    return segment.id, flow_id


def test_only_contacts_entering_after_the_first_tick_start(shop: Shop) -> None:
    ana = shop.contact("Ana", tags="vip")  # a member before: the backlog, never enrolled
    ben = shop.contact("Ben")
    _start(shop)
    first = shop.tick(T0 + M)
    assert first["enrolled"] == 0
    shop.set_contact(ben, tags="vip")
    report = shop.tick(T0 + 2 * M)
    assert report["enrolled"] == 1
    assert shop.contact_row(ben)["tags"] == "bienvenida,vip"
    assert shop.contact_row(ana)["tags"] == "vip"
    assert shop.tick(T0 + 3 * M)["enrolled"] == 0  # still a member: not "entered" again
    members = shop.sql("SELECT contact_id FROM segment_member ORDER BY contact_id")
    assert members == [(ana,), (ben,)]


def test_leaving_and_entering_again_follows_the_reentry_rule(shop: Shop) -> None:
    every_time = Reentry(ReentryMode.EVERY_TIME)
    _start(shop, reentry=every_time)
    cris = shop.contact("Cris")
    shop.tick(T0 + M)
    for minute, tags in ((2, "vip"), (3, ""), (4, "vip")):
        shop.set_contact(cris, tags=tags)
        shop.tick(T0 + minute * M)
    assert _runs(shop, cris) == 2


def test_reentry_once_lets_them_in_only_once(shop: Shop) -> None:
    _start(shop, reentry=Reentry(ReentryMode.ONCE))
    cris = shop.contact("Cris")
    shop.tick(T0 + M)
    for minute, tags in ((2, "vip"), (3, ""), (4, "vip")):
        shop.set_contact(cris, tags=tags)
        shop.tick(T0 + minute * M)
    assert _runs(shop, cris) == 1


def test_activity_brings_a_contact_into_the_segment(shop: Shop) -> None:
    viewed = Group("all", (Rule("activity", "did", activity=ActivityFilter("page_view", 2, 1)),))
    _start(shop, viewed)
    dani = shop.contact("Dani")
    shop.tick(T0 + M)
    shop.event(dani, "page_view", T0 + 2 * M, sku="ROP-CAM")
    assert shop.tick(T0 + 3 * M)["enrolled"] == 0  # one view: not yet
    shop.event(dani, "page_view", T0 + 4 * M, sku="ROP-CAM")
    assert shop.tick(T0 + 5 * M)["enrolled"] == 1
    # A day later the views are out of the window: Dani leaves the segment.
    shop.tick(T0 + timedelta(days=1, minutes=10))
    assert shop.sql("SELECT count(*) FROM segment_member")[0][0] == 0


def test_changed_rules_retake_the_members_without_enrolling(shop: Shop) -> None:
    segment_id, _ = _start(shop)
    eva = shop.contact("Eva", tags="mayorista")
    shop.tick(T0 + M)
    save_segment(shop.database, "VIP", Group("all", (Rule("tags", "has", "mayorista"),)),
                 segment_id=segment_id)  # fmt: skip
    assert shop.sql("SELECT members_at FROM segment")[0][0] is None
    assert shop.tick(T0 + 2 * M)["enrolled"] == 0
    assert shop.sql("SELECT contact_id FROM segment_member") == [(eva,)]


def test_a_deleted_segment_matches_nobody_and_validation_says_so(shop: Shop) -> None:
    segment_id, flow_id = _start(shop)
    shop.tick(T0 + M)
    delete_segment(shop.database, segment_id)
    fay = shop.contact("Fay", tags="vip")
    assert shop.tick(T0 + 2 * M)["enrolled"] == 0
    assert _runs(shop, fay) == 0
    problems = validate_source(shop.database, str(flow_id))
    assert [(p.code, p.node, p.params) for p in problems] == [
        ("unknown_segment", "t", {"segment": segment_id})
    ]
    assert "no longer exists" in problems[0].message("en")


def test_paused_flow_forgets_the_members(shop: Shop) -> None:
    from shopnurture.services.engine.flow_service import pause_flow

    _, flow_id = _start(shop)
    shop.contact("Gus", tags="vip")
    shop.tick(T0 + M)
    assert shop.sql("SELECT count(*) FROM segment_member")[0][0] == 1
    pause_flow(shop.database, flow_id, now=T0 + 2 * M)
    shop.tick(T0 + 3 * M)
    assert shop.sql("SELECT count(*) FROM segment_member")[0][0] == 0
    assert shop.sql("SELECT members_at FROM segment")[0][0] is None


def test_the_segment_parameter_must_name_a_segment() -> None:
    assert param_problem("trigger.segment_entered", "segment", 3) is None
    assert param_problem("trigger.segment_entered", "segment", None) is None  # optional
    assert param_problem("trigger.segment_entered", "segment", "x") == "flow.reason.bad_segment"
    assert param_problem("trigger.segment_entered", "segment", True) == "flow.reason.bad_segment"
