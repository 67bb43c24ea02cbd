"""The rules every message passes: consent, quiet hours, the cap with flow priority."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from shopnurture.domain.sending_rules import (
    Booking,
    SendingRules,
    after_quiet_hours,
    consent_block,
    place_message,
)

RULES = SendingRules()
H = timedelta(hours=1)


def test_only_explicit_consent_and_an_address_allow_a_message() -> None:
    assert consent_block("email", "granted", "a@b.es", []) is None
    assert consent_block("email", "unknown", "a@b.es", []) == "no_consent"
    assert consent_block("sms", "withdrawn", "+34600", []) == "consent_withdrawn"
    assert consent_block("sms", "granted", None, []) == "no_address"
    assert consent_block("email", "granted", "a@b.es", ["vip", "suppressed"]) == "suppressed"
    assert consent_block("owner", "withdrawn", None, []) is None  # the owner's own notifications


def test_quiet_hours_move_to_9_in_the_contacts_zone_else_the_shops() -> None:
    madrid_23 = datetime(2026, 3, 2, 22, 0, tzinfo=UTC)
    assert after_quiet_hours(madrid_23, "Europe/Madrid", RULES) == datetime(
        2026, 3, 3, 8, 0, tzinfo=UTC
    )
    madrid_7 = datetime(2026, 3, 3, 6, 0, tzinfo=UTC)
    assert after_quiet_hours(madrid_7, None, RULES) == datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
    noon = datetime(2026, 3, 3, 11, 0, tzinfo=UTC)
    assert after_quiet_hours(noon, "Europe/Madrid", RULES) == noon
    mexico_22 = datetime(2026, 3, 3, 4, 0, tzinfo=UTC)  # 22:00 the evening before in Mexico City
    assert after_quiet_hours(mexico_22, "America/Mexico_City", RULES) == datetime(
        2026, 3, 3, 15, 0, tzinfo=UTC
    )
    assert after_quiet_hours(noon, "Not/AZone", RULES) == noon


def test_quiet_hours_keep_9_local_across_a_daylight_saving_change() -> None:
    before_change = datetime(2026, 3, 28, 22, 30, tzinfo=UTC)  # 23:30 CET; clocks go forward
    assert after_quiet_hours(before_change, "Europe/Madrid", RULES) == datetime(
        2026,
        3,
        29,
        7,
        0,
        tzinfo=UTC,  # 09:00 CEST
    )


def test_settings_change_the_rules_and_bad_values_keep_defaults() -> None:
    rules = SendingRules.from_settings({
        "engine.email_cap_hours": "24", "engine.quiet_hours": "22:00-08:30",
        "engine.stale_hours": "oops", "timezone": "America/Bogota",
    })  # fmt: skip
    assert rules.email_cap == timedelta(hours=24) and rules.sms_cap == timedelta(hours=24)
    assert (rules.quiet_start, rules.quiet_end) == (time(22, 0), time(8, 30))
    assert rules.stale_after == timedelta(hours=24)
    assert rules.shop_time_zone == "America/Bogota"


def test_the_cap_defers_and_a_higher_priority_message_pushes_a_queued_one_later() -> None:
    now = datetime(2026, 3, 2, 10, tzinfo=UTC)
    window = 16 * H
    sent_upsell = Booking(now - 2 * H, priority=40, movable=False)
    placement = place_message(now, 90, [sent_upsell], window)
    assert placement.due_at == now + 14 * H and placement.bumped == []
    queued_upsell = Booking(now - 2 * H, priority=40, movable=True)
    placement = place_message(now, 90, [queued_upsell], window)
    assert placement.due_at == now
    assert placement.bumped == [(queued_upsell, now + window)]
    same_rank = Booking(now - 2 * H, priority=90, movable=True)
    assert place_message(now, 90, [same_rank], window).due_at == now + 14 * H


def test_a_deferred_sms_also_leaves_quiet_hours() -> None:
    now = datetime(2026, 3, 2, 10, tzinfo=UTC)  # 11:00 in Madrid
    earlier = Booking(now - 3 * H, priority=50, movable=False)  # 08:00 Madrid

    def adjust(moment: datetime) -> datetime:
        return after_quiet_hours(moment, "Europe/Madrid", RULES)

    placement = place_message(now, 50, [earlier], 24 * H, adjust)
    assert placement.due_at == datetime(2026, 3, 3, 8, 0, tzinfo=UTC)  # 09:00 next day
