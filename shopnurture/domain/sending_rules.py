"""The rules every message passes before it is queued: consent, the frequency cap (with flow
priority), SMS quiet hours and staleness. Pure functions of the facts and `now`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from shopnurture.domain.flows.timing import local_moment, parse_time, zone
from shopnurture.domain.vocabulary import Consent

SUPPRESSED_TAG = "suppressed"  # set by win-back on contacts who never answered: no marketing


@dataclass(frozen=True)
class SendingRules:
    """Defaults from DOMAIN.md and the issue; each can be changed in Settings (`engine.*`)."""

    email_cap: timedelta = timedelta(hours=16)
    sms_cap: timedelta = timedelta(hours=24)
    quiet_start: time = time(21, 0)
    quiet_end: time = time(9, 0)
    stale_after: timedelta = timedelta(hours=24)
    shop_time_zone: str = "Europe/Madrid"

    SETTING_KEYS = (
        "engine.email_cap_hours",
        "engine.sms_cap_hours",
        "engine.quiet_hours",
        "engine.stale_hours",
    )

    @classmethod
    def from_settings(cls, settings: Mapping[str, str]) -> SendingRules:
        """Stored values over the defaults; an unreadable value keeps its default."""
        defaults = cls()
        quiet = settings.get("engine.quiet_hours", "")
        start_text, _, end_text = quiet.partition("-")
        return cls(
            email_cap=_hours(settings.get("engine.email_cap_hours"), defaults.email_cap),
            sms_cap=_hours(settings.get("engine.sms_cap_hours"), defaults.sms_cap),
            quiet_start=parse_time(start_text, defaults.quiet_start),
            quiet_end=parse_time(end_text, defaults.quiet_end),
            stale_after=_hours(settings.get("engine.stale_hours"), defaults.stale_after),
            shop_time_zone=settings.get("timezone") or defaults.shop_time_zone,
        )

    def cap_for(self, channel: str) -> timedelta | None:
        return {"email": self.email_cap, "sms": self.sms_cap}.get(channel)


def _hours(text: str | None, default: timedelta) -> timedelta:
    try:
        value = float(text) if text is not None else None
    except ValueError:
        value = None
    return timedelta(hours=value) if value is not None and value >= 0 else default


def consent_block(
    channel: str, consent: str, address: str | None, tags: Iterable[str]
) -> str | None:
    """Why a message may not go to this contact on `channel`, or None if it may.

    Only an explicit "granted" allows marketing: "unknown" is not consent.
    """
    if channel == "owner":
        return None
    if SUPPRESSED_TAG in set(tags):
        return "suppressed"
    if consent == Consent.WITHDRAWN:
        return "consent_withdrawn"
    if consent != Consent.GRANTED:
        return "no_consent"
    if not address:
        return "no_address"
    return None


def after_quiet_hours(moment: datetime, time_zone: str | None, rules: SendingRules) -> datetime:
    """`moment`, or the end of the quiet hours it falls in (in the contact's time zone, else
    the shop's)."""
    tz = zone(time_zone, rules.shop_time_zone)
    return _after_quiet(moment, tz, rules.quiet_start, rules.quiet_end)


def _after_quiet(moment: datetime, tz: ZoneInfo, start: time, end: time) -> datetime:
    if start == end:
        return moment
    local = moment.astimezone(tz)
    clock = local.time().replace(tzinfo=None)
    day = local.date()
    if start > end:  # overnight, e.g. 21:00-09:00
        if clock >= start:
            return local_moment(day + timedelta(days=1), end, tz)
        if clock < end:
            return local_moment(day, end, tz)
        return moment
    if start <= clock < end:
        return local_moment(day, end, tz)
    return moment


@dataclass
class Booking:
    """A message already planned for the same contact and channel."""

    due_at: datetime
    priority: int
    movable: bool  # still queued: a higher-priority message may push it later
    key: object = None


@dataclass
class Placement:
    due_at: datetime
    bumped: list[tuple[Booking, datetime]] = field(default_factory=list)


def place_message(
    desired: datetime,
    priority: int,
    bookings: list[Booking],
    window: timedelta | None,
    adjust: Callable[[datetime], datetime] = lambda moment: moment,
) -> Placement:
    """The earliest moment from `desired` that keeps every two messages `window` apart.

    A queued message of a lower-priority flow gives way: it is moved after the new one (cap
    defers, never drops). `adjust` moves a moment out of quiet hours.
    """
    moment = adjust(desired)
    if not window:
        return Placement(moment)

    def yields(booking: Booking) -> bool:
        return booking.movable and booking.priority < priority

    for _ in range(100):
        blockers = [b for b in bookings if abs(b.due_at - moment) < window and not yields(b)]
        if not blockers:
            break
        moment = adjust(max(b.due_at for b in blockers) + window)
    placement = Placement(moment)
    moved = sorted(
        (b for b in bookings if abs(b.due_at - moment) < window and yields(b)),
        key=lambda b: b.due_at,
    )
    settled = [b for b in bookings if b not in moved] + [Booking(moment, priority, False)]
    for booking in moved:
        later = adjust(moment + window)
        for _ in range(100):
            blockers = [b for b in settled if abs(b.due_at - later) < window]
            if not blockers:
                break
            later = adjust(max(b.due_at for b in blockers) + window)
        placement.bumped.append((booking, later))
        settled.append(Booking(later, booking.priority, booking.movable))
    return placement
