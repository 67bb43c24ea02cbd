"""The pure interpreter: waits in local time, splits and holdouts, goals, edited flows."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from shopnurture.domain.flows import FlowGraph, Node
from shopnurture.domain.flows.facts import ContactFacts, EventFact, StepFacts, to_text
from shopnurture.domain.flows.interpreter import CancelQueued, QueueMessage, RunState, advance
from shopnurture.domain.flows.templates.builder import email

NOW = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)  # a Wednesday
MAIL = email(("Hola", "Hola"), ("Hi", "Hi"))


def _flow(*nodes: Node, links: tuple[tuple[str, str, str], ...] = ()) -> FlowGraph:
    flow = FlowGraph(name="t")
    for node in nodes:
        flow.add_node(node)
    if not links:
        links = tuple(
            (a.id, a.ports()[0].name, b.id) for a, b in zip(nodes, nodes[1:], strict=False)
        )
    for source, port, target in links:
        flow.connect(source, port, target)
    return flow


def _facts(now: datetime = NOW, events: tuple[EventFact, ...] = (), **contact: object) -> StepFacts:
    return StepFacts(
        ContactFacts(1, **contact), events, {}, now, "Europe/Madrid", timedelta(hours=24)
    )  # type: ignore[arg-type]


def _run(node: str, due: datetime = NOW, contact: int = 1, **context: object) -> RunState:
    return RunState(
        1, 1, contact, node, due, due, {"since": to_text(due - timedelta(hours=1)), **context}
    )


def test_wait_until_monday_at_ten_in_the_contacts_zone() -> None:
    flow = _flow(
        Node("t", "trigger.manual"),
        Node("w", "logic.wait_until", {"weekdays": [0], "time": "10:00"}),
        Node("m", "action.send_email", {"message": MAIL}),
        Node("e", "logic.exit"),
    )
    result = advance(flow, _run("t"), _facts(time_zone="America/Mexico_City"))
    assert (result.node_id, result.due_at) == ("m", datetime(2026, 3, 9, 16, 0, tzinfo=UTC))
    later = advance(flow, _run("m", due=result.due_at, **result.context), _facts(result.due_at))  # type: ignore[arg-type]
    assert later.exit_reason == "completed" and isinstance(later.effects[0], QueueMessage)


def test_wait_until_a_day_before_the_coupon_expires_or_the_birthday() -> None:
    flow = _flow(
        Node("t", "trigger.manual"),
        Node(
            "w",
            "logic.wait_until_date",
            {"field": "coupon_expiry", "days_offset": -1, "time": "09:00"},
        ),
        Node("e", "logic.exit"),
    )
    coupon = {"code": "X", "expires": to_text(datetime(2026, 3, 20, 12, tzinfo=UTC))}
    result = advance(flow, _run("t", coupon=coupon), _facts())
    assert result.due_at == datetime(2026, 3, 19, 8, 0, tzinfo=UTC)
    birthday = _flow(
        Node("t", "trigger.manual"),
        Node("w", "logic.wait_until_date", {"field": "birthday", "time": "10:00"}),
        Node("e", "logic.exit"),
    )
    result = advance(birthday, _run("t"), _facts(birthday=date(1991, 3, 10)))
    assert result.due_at == datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    assert advance(birthday, _run("t"), _facts()).exit_reason == "completed"  # no birthday: go on


def test_random_split_and_holdout_are_stable_and_near_their_percentages() -> None:
    split = Node(
        "s",
        "logic.random_split",
        {"branches": [{"port": "A", "percent": 20}, {"port": "B", "percent": 80}]},
    )
    flow = _flow(
        Node("t", "trigger.manual"),
        split,
        Node("a", "logic.exit", {"reason": "a"}),
        Node("b", "logic.exit", {"reason": "b"}),
        links=(("t", "next", "s"), ("s", "A", "a"), ("s", "B", "b")),
    )
    outcomes = [advance(flow, _run("t", contact=n), _facts()).exit_reason for n in range(2000)]
    assert 340 < outcomes.count("a") < 460
    again = [advance(flow, _run("t", contact=n), _facts()).exit_reason for n in range(2000)]
    assert again == outcomes
    holdout = _flow(
        Node("t", "trigger.manual"),
        Node("h", "logic.holdout", {"percent": 10}),
        Node("m", "action.send_email", {"message": MAIL}),
        Node("e", "logic.exit"),
    )
    results = [advance(holdout, _run("t", contact=n), _facts()) for n in range(2000)]
    held = [r for r in results if r.exit_reason == "holdout"]
    assert 140 < len(held) < 260 and all(not r.effects for r in held)


def test_a_goal_event_jumps_to_the_goal_and_drops_queued_messages() -> None:
    flow = _flow(
        Node("t", "trigger.manual"),
        Node("w", "logic.wait", {"duration": {"days": 2}}),
        Node("m", "action.send_email", {"message": MAIL}),
        Node("e", "logic.exit"),
    )
    flow.add_node(Node("g", "logic.goal", {"filter": {"types": ["order"]}}))
    flow.add_node(Node("done", "logic.exit", {"reason": "goal"}))
    flow.connect("g", "next", "done")
    waiting = advance(flow, _run("t"), _facts())
    assert waiting.node_id == "m"
    order = EventFact(9, "order", NOW + timedelta(hours=5))
    result = advance(
        flow,
        _run("m", due=NOW + timedelta(hours=5), **waiting.context),
        _facts(NOW + timedelta(hours=6), (order,)),
    )
    assert result.exit_reason == "goal" and isinstance(result.effects[0], CancelQueued)
    assert not any(isinstance(e, QueueMessage) for e in result.effects)


def test_woken_early_without_a_goal_the_run_keeps_waiting() -> None:
    flow = _flow(
        Node("t", "trigger.manual"),
        Node("w", "logic.wait", {"duration": {"days": 2}}),
        Node("e", "logic.exit"),
    )
    flow.add_node(
        Node("g", "logic.goal", {"filter": {"types": ["order"], "min_value_cents": 5000}})
    )
    flow.connect("g", "next", "e")
    waiting = advance(flow, _run("t"), _facts())
    small = EventFact(9, "order", NOW + timedelta(hours=1), value_cents=100)
    result = advance(
        flow,
        _run("e", due=NOW + timedelta(hours=1), **waiting.context),
        _facts(NOW + timedelta(hours=1), (small,)),
    )
    assert (result.node_id, result.due_at) == ("e", waiting.due_at)


def test_a_run_whose_node_was_removed_from_the_flow_exits() -> None:
    flow = _flow(Node("t", "trigger.manual"), Node("e", "logic.exit"))
    assert advance(flow, _run("gone"), _facts()).exit_reason == "node_missing"


def test_score_phase_and_tags_change_for_the_steps_that_follow() -> None:
    flow = _flow(
        Node("t", "trigger.manual"),
        Node("tag", "action.add_tag", {"tag": "VIP"}),
        Node("points", "action.change_score", {"points": 30}),
        Node(
            "check",
            "logic.condition",
            {
                "rules": [
                    {"field": "score", "op": "ge", "value": 30},
                    {"field": "tags", "op": "has", "value": "vip"},
                ]
            },
        ),
        Node("yes", "logic.exit", {"reason": "yes"}),
        Node("no", "logic.exit", {"reason": "no"}),
        links=(
            ("t", "next", "tag"),
            ("tag", "next", "points"),
            ("points", "next", "check"),
            ("check", "yes", "yes"),
            ("check", "no", "no"),
        ),
    )
    assert advance(flow, _run("t"), _facts()).exit_reason == "yes"
