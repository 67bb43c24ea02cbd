"""Turning a step's "send" into an outbox row: rendered, then checked against consent, the cap
(by flow priority), quiet hours and staleness; held-back ones are written as `skipped`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session

from shopnurture.data.outbox import (
    NewMessage,
    booked_messages,
    insert_messages,
    postpone_messages,
    skip_queued_of_runs,
)
from shopnurture.domain.flows.facts import ContactFacts, EventFact, ProductFact
from shopnurture.domain.flows.interpreter import QueueMessage
from shopnurture.domain.flows.message_text import localized
from shopnurture.domain.flows.model import Node
from shopnurture.domain.recommendations import ProductList
from shopnurture.domain.sending_rules import (
    Booking,
    SendingRules,
    after_quiet_hours,
    consent_block,
    place_message,
)
from shopnurture.services.engine.rendering import (
    RenderedMessage,
    Shop,
    render_message,
    render_variables,
    variables_used,
)
from shopnurture.services.recommendations import Recommender


@dataclass(frozen=True)
class Outgoing:
    """One message a step wants to send, with what the rules need to know about it."""

    run_id: int
    flow_id: int
    priority: int
    perishable: bool
    node: Node
    effect: QueueMessage
    contact: ContactFacts


class OutboxWriter:
    """Collects a batch's messages with their bookings in memory; `flush` writes them all.

    Bookings are per (contact, channel): the messages the frequency cap must keep apart.
    """

    def __init__(
        self,
        session: Session,
        *,
        rules: SendingRules,
        shop: Shop,
        now: datetime,
        contact_ids: Iterable[int],
    ) -> None:
        self.session = session
        self.rules = rules
        self.shop = shop
        self.now = now
        self.pending: list[NewMessage] = []
        self.moves: dict[int, tuple[datetime, str]] = {}
        self.cancelled_runs: list[int] = []
        self.counts: dict[str, int] = {}
        self.bookings: dict[tuple[int, str], list[Booking]] = {}
        self._recommender: Recommender | None = None
        longest = max(rules.email_cap, rules.sms_cap)
        for booked in booked_messages(
            session=session, contact_ids=contact_ids, since=now - longest
        ):
            self.bookings.setdefault((booked.contact_id, booked.channel), []).append(
                Booking(booked.due_at, booked.priority, booked.status == "queued",
                        key=("old", booked.id, booked.run_id))
            )  # fmt: skip

    def _recommendations(
        self, contact_id: int, products: dict[str, ProductFact], language: str
    ) -> ProductList:
        if self._recommender is None:  # shared by the batch: co-purchases are read once
            self._recommender = Recommender(self.session, self.now, products)
        return self._recommender.template_variable(contact_id, self.shop, language)

    def cancel_run(self, run_id: int) -> None:
        """The run reached its goal: its queued messages are dropped, here and on disk."""
        self.cancelled_runs.append(run_id)
        for bookings in self.bookings.values():
            bookings[:] = [
                b for b in bookings if not (b.movable and b.key[0] == "old" and b.key[2] == run_id)
            ]

    def queue(
        self,
        outgoing: Outgoing,
        context: dict[str, Any],
        products: dict[str, ProductFact],
        events: Sequence[EventFact],
    ) -> str:
        """Adds the message; returns its status ("queued" or "skipped:<reason>")."""
        channel, contact = outgoing.effect.channel, outgoing.contact
        language = (
            self.shop.language if channel == "owner" else contact.language or self.shop.language
        )
        message = outgoing.node.params.get("message") or {}
        texts = localized(message, language)
        needed = variables_used(str(texts.get("subject") or ""), str(texts.get("body") or ""))
        variables = render_variables(
            contact, context, products, events, self.shop, language, needed
        )
        if "recommendations" in needed:
            variables["recommendations"] = self._recommendations(contact.id, products, language)
        try:
            rendered = render_message(message, variables, language, html=channel == "email")
        except Exception:  # a broken template skips this message, never the whole tick
            return self._add(outgoing, None, "skipped", "render_error", self.now)
        if outgoing.effect.stale:
            return self._add(outgoing, rendered, "skipped", "stale", self.now)
        address = contact.email if channel == "email" else contact.phone
        consent = contact.email_consent if channel == "email" else contact.sms_consent
        blocked = consent_block(channel, consent, address, contact.tags)
        if blocked is not None:
            return self._add(outgoing, rendered, "skipped", blocked, self.now)
        if channel == "owner":
            return self._add(outgoing, rendered, "queued", None, self.now)
        return self._place(outgoing, rendered)

    def _place(self, outgoing: Outgoing, rendered: RenderedMessage) -> str:
        channel, contact = outgoing.effect.channel, outgoing.contact

        def adjust(moment: datetime) -> datetime:
            if channel != "sms":
                return moment
            return after_quiet_hours(moment, contact.time_zone, self.rules)

        bookings = self.bookings.setdefault((contact.id, channel), [])
        placement = place_message(
            self.now, outgoing.priority, bookings, self.rules.cap_for(channel), adjust
        )
        reason = None
        if placement.due_at > adjust(self.now):
            reason = "frequency_cap"
            # Deferred past the staleness limit, a cart or browse reminder is pointless.
            if outgoing.perishable and placement.due_at - self.now > self.rules.stale_after:
                return self._add(outgoing, rendered, "skipped", reason, self.now)
        elif placement.due_at > self.now:
            reason = "quiet_hours"
        for booking, later in placement.bumped:
            booking.due_at = later
            kind, ident = booking.key[0], booking.key[1]
            if kind == "old":
                self.moves[ident] = (later, "frequency_cap")
            else:
                self.pending[ident].due_at = later
                self.pending[ident].reason = "frequency_cap"
        status = self._add(outgoing, rendered, "queued", reason, placement.due_at)
        bookings.append(
            Booking(placement.due_at, outgoing.priority, True, key=("new", len(self.pending) - 1))
        )
        return status

    def _add(
        self,
        outgoing: Outgoing,
        rendered: RenderedMessage | None,
        status: str,
        reason: str | None,
        due_at: datetime,
    ) -> str:
        channel, contact, node = outgoing.effect.channel, outgoing.contact, outgoing.node
        recipient = {"email": contact.email, "sms": contact.phone}.get(channel) or ""
        self.pending.append(
            NewMessage(
                run_id=outgoing.run_id,
                flow_id=outgoing.flow_id,
                contact_id=contact.id,
                node_id=node.id,
                channel=channel,
                template=str(node.params.get("template") or node.id),
                recipient=recipient,
                subject=rendered.subject if rendered is not None else None,
                body_text=rendered.text if rendered is not None else "",
                body_html=rendered.html if rendered is not None else None,
                status=status,
                reason=reason,
                idempotency_key=f"run:{outgoing.run_id}:{node.id}:{outgoing.effect.visit}",
                due_at=due_at,
            )
        )
        label = status if status == "queued" else f"{status}:{reason}"
        self.counts[label] = self.counts.get(label, 0) + 1
        return label

    def flush(self) -> int:
        """Writes cancellations first (they concern older rows), then moves, then new rows."""
        if self.cancelled_runs:
            skip_queued_of_runs(
                session=self.session,
                run_ids=self.cancelled_runs,
                reason="goal_reached",
                now=self.now,
            )
        postpone_messages(
            session=self.session,
            moves=[(ident, due, reason) for ident, (due, reason) in self.moves.items()],
            now=self.now,
        )
        return insert_messages(session=self.session, messages=self.pending, now=self.now)
