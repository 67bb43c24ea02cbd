"""Properties over random shops, activity and tick schedules (sleeps, repeats, the clock going
back, late imports): no step ever messages a contact twice, no message goes without consent,
and the frequency cap and SMS quiet hours always hold."""

from __future__ import annotations

import tempfile
from collections import defaultdict
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shopnurture.domain.flows import FlowGraph, Node, Reentry, ReentryMode
from shopnurture.domain.flows.templates import TEMPLATES
from shopnurture.domain.flows.templates.builder import sms
from shopnurture.domain.flows.timing import zone
from shopnurture.domain.sending_rules import Booking, place_message
from shopnurture.services.engine.flow_service import activate_flow, create_flow
from shopnurture.services.engine.tick import run_tick
from tests.engine.shop import T0, Shop, birthday

ZONES = ("Europe/Madrid", "America/Mexico_City", "Asia/Tokyo", None)
CONSENTS = ("granted", "granted", "granted", "unknown", "withdrawn")
TYPES = ("page_view", "add_to_cart", "checkout_started", "order", "review", "inquiry", "signup")
SKUS = ("ROP-CAM", "CAF-MAQ-BAS", "CAF-CAP-050", "ROP-CHA")
CAPS = {"email": timedelta(hours=16), "sms": timedelta(hours=24)}
MINUTES = 14 * 24 * 60

contacts = st.lists(
    st.tuples(
        st.sampled_from(CONSENTS),
        st.sampled_from(CONSENTS),
        st.sampled_from(ZONES),
        st.one_of(st.none(), st.integers(8, 20)),  # birthdays falling in the fortnight
    ),  # fmt: skip
    min_size=1,
    max_size=5,
)
events = st.lists(
    st.tuples(
        st.integers(0, 4),
        st.sampled_from(TYPES),
        st.integers(0, MINUTES),
        st.sampled_from(SKUS),
        st.integers(1, 5),
        st.sampled_from([0, 0, 0, 3 * 24 * 60]),  # some imported days late
    ),  # fmt: skip
    max_size=40,
)
ticks = st.lists(st.tuples(st.integers(0, MINUTES + 3000), st.booleans()), min_size=1, max_size=20)


def _sms_pair() -> FlowGraph:
    """A flow that texts twice, two hours apart, after every cart: cap and quiet-hour stress."""
    flow = FlowGraph(name="SMS", priority=70, reentry=Reentry(ReentryMode.EVERY_TIME))
    text = sms("{{ first_name }}, tu carrito te espera.", "{{ first_name }}, your cart is waiting.")
    for node in (
        Node("t", "trigger.event", {"filter": {"types": ["add_to_cart"]}}),
        Node("first", "action.send_sms", {"message": text}),
        Node("pause", "logic.wait", {"duration": {"hours": 2}}),
        Node("second", "action.send_sms", {"message": text}),
        Node("end", "logic.exit"),
    ):
        flow.add_node(node)
    flow.connect("t", "next", "first")
    flow.connect("first", "next", "pause")
    flow.connect("pause", "next", "second")
    flow.connect("second", "next", "end")
    return flow


def _drive(shop: Shop, people: list[tuple[Any, ...]], activity: list[tuple[Any, ...]],
           schedule: list[tuple[int, bool]]) -> None:  # fmt: skip
    for key in TEMPLATES:
        shop.add_flow(key, now=T0)
    texting = create_flow(shop.database, _sms_pair(), now=T0)
    activate_flow(shop.database, texting, now=T0)
    ids = [
        shop.contact(f"P{n}", email_consent=email, sms_consent=sms, time_zone=tz,
                     birthday=birthday(3, day) if day else None, phase="awareness")
        for n, (email, sms, tz, day) in enumerate(people)
    ]  # fmt: skip
    pending = sorted(activity, key=lambda e: e[2] + e[5])
    # Ticks mostly move forward, but may repeat or go back in time.
    moments = sorted(schedule, key=lambda t: t[0])
    if len(moments) > 2:
        moments.insert(len(moments) // 2, moments[0])
    for offset, deliver in moments:
        now = T0 + timedelta(minutes=offset)
        while pending and pending[0][2] + pending[0][5] <= offset:
            who, kind, minute, sku, rating, _ = pending.pop(0)
            extra: dict[str, Any] = {"sku": sku, "duration_seconds": 90, "quantity": 1,
                                     "value_cents": 1990}  # fmt: skip
            if kind == "order":
                extra["order_id"] = f"O{minute}-{who}"
            if kind == "review":
                extra["rating"] = rating
            shop.event(ids[who % len(ids)], kind, T0 + timedelta(minutes=minute), **extra)
        run_tick(shop.database, now=now)
        if deliver:
            shop.deliver(now)


def _check(shop: Shop) -> None:
    rows = shop.sql(
        "SELECT m.run_id, m.node_id, m.channel, m.status, m.due_at, c.email_consent, "
        "c.sms_consent, c.time_zone, c.id "
        "FROM outbox_message m JOIN contact c ON c.id = m.contact_id"
    )
    steps = [(run, node) for run, node, *_ in rows]
    assert len(steps) == len(set(steps)), "a step produced two messages"
    booked: dict[tuple[int, str], list[datetime]] = defaultdict(list)
    for _run, _node, channel, status, due_text, email_ok, sms_ok, tz, contact in rows:
        if status not in ("queued", "sent") or channel == "owner":
            continue
        assert (email_ok if channel == "email" else sms_ok) == "granted", "sent without consent"
        due = datetime.fromisoformat(due_text).replace(tzinfo=T0.tzinfo)
        booked[(contact, channel)].append(due)
        if channel == "sms":
            local = due.astimezone(zone(tz, "Europe/Madrid")).time()
            assert time(9, 0) <= local < time(21, 0), f"SMS in quiet hours: {local}"
    for (_contact, channel), moments in booked.items():
        moments.sort()
        for earlier, later in zip(moments, moments[1:], strict=False):
            assert later - earlier >= CAPS[channel], f"{channel} cap broken: {earlier} {later}"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(people=contacts, activity=events, schedule=ticks)
def test_random_shops_keep_every_sending_rule(
    people: list[tuple[Any, ...]], activity: list[tuple[Any, ...]], schedule: list[tuple[int, bool]]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        shop = Shop(Path(folder) / "shop.sqlite")
        try:
            _drive(shop, people, activity, schedule)
            _check(shop)
        finally:
            shop.close()


bookings = st.lists(
    st.tuples(st.integers(-3000, 3000), st.integers(0, 100), st.booleans()), max_size=8
)


@settings(max_examples=300, deadline=None)
@given(existing=bookings, priority=st.integers(0, 100), window_hours=st.integers(1, 30))
def test_placing_a_message_keeps_everyone_apart(
    existing: list[tuple[int, int, bool]], priority: int, window_hours: int
) -> None:
    window = timedelta(hours=window_hours)
    # The bookings already respect the cap among themselves, as the outbox always does.
    placed: list[Booking] = []
    for minutes, rank, movable in existing:
        placement = place_message(T0 + timedelta(minutes=minutes), rank, placed, window)
        placed.append(Booking(placement.due_at, rank, movable))
        for booking, later in placement.bumped:
            booking.due_at = later
    result = place_message(T0, priority, placed, window)
    assert result.due_at >= T0
    for booking, later in result.bumped:
        assert booking.movable and booking.priority < priority
        booking.due_at = later
    moments = sorted([b.due_at for b in placed] + [result.due_at])
    for earlier, later in zip(moments, moments[1:], strict=False):
        assert later - earlier >= window
