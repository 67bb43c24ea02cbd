"""Activating a changed live flow: contacts waiting in it stay on their version, move to a
chosen step of the new one, or leave — on a real database, with the engine's ticks."""

from __future__ import annotations

from datetime import timedelta

import pytest

from shopnurture.cli import main
from shopnurture.errors import UserError
from shopnurture.services.engine import flow_versions
from shopnurture.services.engine.flow_service import load_flow, pause_flow, save_flow
from shopnurture.services.engine.flow_versions import (
    EXIT,
    EXIT_REASON,
    MOVE,
    STAY,
    activate_with_choice,
    activation_plan,
    waiting_by_node,
)
from tests.engine.shop import T0, Shop, iso

H, D, M = timedelta(hours=1), timedelta(days=1), timedelta(minutes=1)
FIRST_TICK = T0 + 2 * H + 6 * M  # the cart is an hour old: reminder 1, then a day's wait
CHANGED_AT = FIRST_TICK + 3 * H
OLD_SUBJECT = "¿Te ayudamos a terminar tu pedido?"
NEW_SUBJECT = "Versión nueva: tu carrito te espera"


def _waiting_cart(shop: Shop) -> tuple[int, int]:
    flow_id = shop.add_flow("cart_abandonment")
    lucia = shop.contact("Lucía")
    shop.event(lucia, "add_to_cart", T0 + H, sku="CAF-MAQ-BAS", quantity=1, value_cents=7900)
    shop.event(lucia, "checkout_started", T0 + H + 5 * M, quantity=1, value_cents=7900)
    assert shop.tick(FIRST_TICK)["queued"] == 1
    return flow_id, lucia


def _save_changed_version(shop: Shop, flow_id: int) -> None:
    """Version 2: the second reminder says something else, and the stock check before it is
    gone (a run on version 2 sitting at that check would have nowhere to go)."""
    _, flow = load_flow(shop.database, flow_id)
    flow.node("reminder_2").params["message"]["es"]["subject"] = NEW_SUBJECT
    flow.remove_node("stock_2")
    flow.connect("wait_1", "next", "reminder_2")
    save_flow(shop.database, flow_id, flow, now=CHANGED_AT)


def _subjects(shop: Shop) -> list[tuple[str, str]]:
    return [(m["node_id"], m["subject"]) for m in shop.messages() if m["channel"] == "email"]


def _run(shop: Shop, flow_id: int, contact: int) -> tuple[str, int, str | None, str | None]:
    return shop.sql(
        "SELECT status, flow_version, current_node, exit_reason FROM flow_run "
        "WHERE flow_id = ? AND contact_id = ? ORDER BY id DESC LIMIT 1",
        flow_id,
        contact,
    )[0]


def test_the_plan_counts_who_waits_where_and_sees_the_change(shop: Shop) -> None:
    flow_id, _ = _waiting_cart(shop)
    other = shop.contact("Marta")
    shop.event(other, "add_to_cart", T0 + H, sku="ROP-CAM", quantity=1, value_cents=1990)
    shop.event(other, "checkout_started", T0 + H + 5 * M, quantity=1, value_cents=1990)
    shop.tick(FIRST_TICK + M)
    # Both sleep in the one-day wait (the step log names it, not the step after it).
    waiting = waiting_by_node(shop.database, flow_id, "es")
    assert [(p.version, p.node_id, p.label, p.count) for p in waiting] == [
        (1, "wait_1", "Esperar", 2)
    ]
    assert activation_plan(shop.database, flow_id).needs_decision is False  # nothing changed
    _save_changed_version(shop, flow_id)
    plan = activation_plan(shop.database, flow_id, "en")
    assert (plan.live_version, plan.new_version, plan.changed, plan.total_waiting) == (
        1,
        2,
        True,
        2,
    )
    assert plan.needs_decision
    assert "stock_2" not in dict(plan.targets) and "reminder_2" in dict(plan.targets)
    assert "trigger" not in dict(plan.targets)


def test_moving_nodes_around_is_not_a_change_the_waiting_contacts_care_about(shop: Shop) -> None:
    flow_id, _ = _waiting_cart(shop)
    _, flow = load_flow(shop.database, flow_id)
    flow.move_node("reminder_2", (900.0, 40.0))
    flow.node("wait_1").label = "Un día"
    save_flow(shop.database, flow_id, flow, now=CHANGED_AT)
    plan = activation_plan(shop.database, flow_id)
    assert plan.new_version == 2 and not plan.changed and not plan.needs_decision


def test_stay_keeps_runs_on_the_old_definition_while_newcomers_get_the_new_one(
    shop: Shop,
) -> None:
    flow_id, lucia = _waiting_cart(shop)
    _save_changed_version(shop, flow_id)
    # Saved but not activated: the engine still runs version 1 for everyone.
    assert activate_with_choice(shop.database, flow_id, STAY, now=CHANGED_AT) == 0
    assert _run(shop, flow_id, lucia) == ("waiting", 1, "stock_2", None)
    marta = shop.contact("Marta")
    shop.event(marta, "add_to_cart", CHANGED_AT, sku="ROP-CAM", quantity=1, value_cents=1990)
    shop.event(marta, "checkout_started", CHANGED_AT + M, quantity=1, value_cents=1990)
    shop.tick(CHANGED_AT + 2 * H)
    assert _run(shop, flow_id, marta)[:2] == ("waiting", 2)

    shop.tick(T0 + D + 2 * H + 6 * M)  # Lucía's day is up: version 1's stock check, reminder 2
    assert ("reminder_2", OLD_SUBJECT) in _subjects(shop)
    assert _run(shop, flow_id, lucia)[:3] == ("waiting", 1, "stock_3")
    shop.tick(CHANGED_AT + 2 * H + D + M)  # Marta's day is up: version 2's text
    assert ("reminder_2", NEW_SUBJECT) in _subjects(shop)
    steps = shop.sql(
        "SELECT node_id FROM flow_step s JOIN flow_run r ON r.id = s.run_id "
        "WHERE r.contact_id = ? ORDER BY s.id",
        lucia,
    )
    assert ("stock_2",) in steps  # the step only version 1 has


def test_move_relocates_waiting_runs_to_the_chosen_step_of_the_new_version(shop: Shop) -> None:
    flow_id, lucia = _waiting_cart(shop)
    _save_changed_version(shop, flow_id)
    with pytest.raises(UserError) as refused:  # a trigger is where runs start, not a place
        activate_with_choice(shop.database, flow_id, MOVE, "trigger", now=CHANGED_AT)
    assert "trigger" in refused.value.message("en")
    assert _run(shop, flow_id, lucia) == ("waiting", 1, "stock_2", None)
    moved = activate_with_choice(shop.database, flow_id, MOVE, "reminder_2", now=CHANGED_AT)
    assert moved == 1
    assert _run(shop, flow_id, lucia) == ("waiting", 2, "reminder_2", None)
    shop.tick(CHANGED_AT + M)  # due at once: the new reminder goes now, not after the old wait
    assert _subjects(shop)[-1] == ("reminder_2", NEW_SUBJECT)
    assert _run(shop, flow_id, lucia)[:3] == ("waiting", 2, "stock_3")
    assert shop.sql("SELECT node_id, outcome FROM flow_step WHERE outcome = 'moved'") == [
        ("stock_2", "moved")
    ]


def test_exit_ends_the_runs_with_a_reason_and_drops_their_unsent_messages(shop: Shop) -> None:
    flow_id, lucia = _waiting_cart(shop)
    assert shop.messages(status="queued")  # reminder 1 is queued, not sent yet
    _save_changed_version(shop, flow_id)
    assert activate_with_choice(shop.database, flow_id, EXIT, now=CHANGED_AT) == 1
    assert _run(shop, flow_id, lucia) == ("exited", 1, None, EXIT_REASON)
    assert shop.messages(status="queued") == []
    assert {(m["status"], m["reason"]) for m in shop.messages()} == {("skipped", EXIT_REASON)}
    shop.tick(T0 + 5 * D)
    assert [node for node, _ in _subjects(shop)] == ["reminder_1"]


def test_an_invalid_saved_flow_is_not_activated_and_nothing_changes(shop: Shop) -> None:
    flow_id, lucia = _waiting_cart(shop)
    _save_changed_version(shop, flow_id)
    with shop.database.write_session() as session:  # break it behind the editor's back
        session.connection().exec_driver_sql(
            "UPDATE flow SET definition = json_set(definition, '$.links', json('[]')) WHERE id = ?",
            (flow_id,),
        )
    with pytest.raises(UserError):
        activate_with_choice(shop.database, flow_id, EXIT, now=CHANGED_AT)
    assert _run(shop, flow_id, lucia) == ("waiting", 1, "stock_2", None)


def test_moving_runs_and_activating_commit_together_or_not_at_all(
    shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    flow_id, lucia = _waiting_cart(shop)
    _save_changed_version(shop, flow_id)
    pause_flow(shop.database, flow_id, now=CHANGED_AT)
    real_activation = flow_versions.activate_in_session

    def activation_that_fails(**arguments) -> None:  # type: ignore[no-untyped-def]
        real_activation(**arguments)
        raise RuntimeError("the disk went away")

    # Activation fails after the runs were moved: the moves must not be kept without it.
    monkeypatch.setattr(flow_versions, "activate_in_session", activation_that_fails)
    with pytest.raises(RuntimeError):
        activate_with_choice(shop.database, flow_id, MOVE, "reminder_2", now=CHANGED_AT)
    assert _run(shop, flow_id, lucia) == ("waiting", 1, "stock_2", None)
    assert shop.sql("SELECT status FROM flow WHERE id = ?", flow_id) == [("paused",)]
    assert shop.sql("SELECT max(version) FROM flow_version WHERE flow_id = ?", flow_id) == [(1,)]
    assert shop.sql("SELECT count(*) FROM flow_step WHERE outcome = 'moved'") == [(0,)]

    monkeypatch.setattr(flow_versions, "activate_in_session", real_activation)
    assert activate_with_choice(shop.database, flow_id, MOVE, "reminder_2", now=CHANGED_AT) == 1
    assert _run(shop, flow_id, lucia) == ("waiting", 2, "reminder_2", None)
    assert shop.sql("SELECT status FROM flow WHERE id = ?", flow_id) == [("active",)]


def _activate_by_cli(shop: Shop, capsys, *options: str, flow_id: int, now, expect: int = 0) -> str:  # type: ignore[no-untyped-def]
    """What `flows activate` printed (stdout, or the error line on stderr)."""
    arguments = ["--db", str(shop.path), "--now", iso(now), "flows", "activate", str(flow_id)]
    assert main([*arguments, *options]) == expect
    captured = capsys.readouterr()
    return (captured.err if expect else captured.out).strip()


def test_the_cli_activates_with_the_owners_choice_for_waiting_contacts(shop: Shop, capsys) -> None:  # type: ignore[no-untyped-def]
    flow_id, lucia = _waiting_cart(shop)
    _save_changed_version(shop, flow_id)
    # `move` needs its step and a step needs `move`; a trigger is no place: refused.
    for options in (["--waiting", "move"], ["--to", "reminder_2"]):
        said = _activate_by_cli(shop, capsys, *options, flow_id=flow_id, now=CHANGED_AT, expect=1)
        assert "--waiting move" in said and "--to" in said
    said = _activate_by_cli(shop, capsys, "--waiting", "move", "--to", "trigger", flow_id=flow_id,
                            now=CHANGED_AT, expect=1)  # fmt: skip
    assert "«trigger»" in said
    assert _run(shop, flow_id, lucia) == ("waiting", 1, "stock_2", None)
    assert shop.sql("SELECT max(version) FROM flow_version WHERE flow_id = ?", flow_id) == [(1,)]

    said = _activate_by_cli(shop, capsys, "--waiting", "move", "--to", "reminder_2",
                            flow_id=flow_id, now=CHANGED_AT)  # fmt: skip
    assert said == "1 contacto movido a «reminder_2»."
    assert _run(shop, flow_id, lucia) == ("waiting", 2, "reminder_2", None)
    assert shop.sql("SELECT status FROM flow WHERE id = ?", flow_id) == [("active",)]


def test_the_cli_keeps_waiting_contacts_by_default_or_takes_them_out(shop: Shop, capsys) -> None:  # type: ignore[no-untyped-def]
    flow_id, lucia = _waiting_cart(shop)
    _save_changed_version(shop, flow_id)
    assert _activate_by_cli(shop, capsys, flow_id=flow_id, now=CHANGED_AT) == ""
    assert _run(shop, flow_id, lucia) == ("waiting", 1, "stock_2", None)
    assert shop.sql("SELECT max(version) FROM flow_version WHERE flow_id = ?", flow_id) == [(2,)]

    marta = shop.contact("Marta")
    shop.event(marta, "add_to_cart", CHANGED_AT, sku="ROP-CAM", quantity=1, value_cents=1990)
    shop.event(marta, "checkout_started", CHANGED_AT + M, quantity=1, value_cents=1990)
    shop.tick(CHANGED_AT + 2 * H)
    assert _run(shop, flow_id, marta)[:2] == ("waiting", 2)
    _, flow = load_flow(shop.database, flow_id)  # version 3: both are asked to leave
    flow.node("reminder_3").params["message"]["es"]["subject"] = "Otra versión"
    save_flow(shop.database, flow_id, flow, now=CHANGED_AT + 2 * H)
    said = _activate_by_cli(shop, capsys, "--waiting", "exit", flow_id=flow_id,
                            now=CHANGED_AT + 3 * H)  # fmt: skip
    assert said == "2 contactos salieron del flujo."
    assert _run(shop, flow_id, lucia)[::3] == ("exited", EXIT_REASON)
    assert _run(shop, flow_id, marta)[::3] == ("exited", EXIT_REASON)
