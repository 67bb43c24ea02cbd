"""A send node's message as one real contact would get it, rendered exactly as the engine
renders it (sandboxed Jinja2, escaped HTML) from their details and recent activity.
Any thread may call these; each opens its own session."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from jinja2 import TemplateError

from shopnurture.data.contacts import page_contacts
from shopnurture.data.database import Database
from shopnurture.data.engine_facts import events_since, load_contacts, load_products
from shopnurture.domain.flows.facts import EventFact, to_text
from shopnurture.domain.flows.message_text import TEMPLATE_VARIABLES, localized, template_problem
from shopnurture.messages import render_message as core_text
from shopnurture.services.engine.rendering import (
    UNSUBSCRIBE_MARKER,
    Shop,
    render_message,
    render_variables,
)
from shopnurture.services.engine.tick import engine_context

ACTIVITY_WINDOW = timedelta(days=30)
SAMPLE_UNSUBSCRIBE = str(TEMPLATE_VARIABLES["unsubscribe_url"])
PRODUCT_EVENTS = ("add_to_cart", "checkout_started", "page_view", "order")


@dataclass(frozen=True)
class PreviewContact:
    id: int
    name: str
    address: str  # email or phone, whichever it has


@dataclass(frozen=True)
class MessagePreview:
    subject: str | None
    text: str
    html: str | None
    language: str  # the language of the text shown (the contact's, else the shop's)
    problem: str | None = None  # why it could not be rendered, in the owner's language


def find_contacts(database: Database, search: str = "", limit: int = 50) -> list[PreviewContact]:
    """Contacts to preview a message for (by name, email, phone...)."""
    with database.read_session() as session:
        page = page_contacts(session=session, search=search, limit=limit)
    return [
        PreviewContact(
            row.id,
            row.full_name or row.email or row.phone or f"#{row.id}",
            row.email or row.phone or "",
        )  # fmt: skip
        for row in page.rows
    ]


def _run_context(events: list[EventFact], now: datetime, coupon: str) -> dict[str, Any]:
    """What a run would carry for this contact: the products of their latest activity (the
    cart first), its value, a sample coupon and their latest rating."""
    skus: list[str] = []
    value = None
    for wanted in PRODUCT_EVENTS:
        for event in reversed(events):
            if event.type == wanted and event.sku and event.sku not in skus:
                skus.append(event.sku)
                value = value if value is not None else event.value_cents
        if skus:
            break
    rating = next((e.rating for e in reversed(events) if e.rating is not None), None)
    return {
        "skus": skus[:3],
        "value_cents": value,
        "coupon": {"code": coupon, "expires": to_text(now + timedelta(days=14))},
        "matched": {"rating": rating} if rating is not None else {},
    }


def preview_message(
    database: Database,
    message: Mapping[str, Any],
    channel: str,
    contact_id: int | None,
    *,
    now: datetime,
    owner_language: str = "en",
) -> MessagePreview:
    """`message` ({language: {subject, body}}) rendered for the contact (`channel` is email,
    sms or owner). Without a contact, the sample values the validation uses."""
    language = owner_language
    with database.read_session() as session:
        _, shop = engine_context(session)
        if contact_id is None:
            return _render(message, dict(TEMPLATE_VARIABLES), shop.language, channel)
        contact = load_contacts(session=session, contact_ids=[contact_id]).get(contact_id)
        if contact is None:
            text = core_text("preview.contact_missing", owner_language)
            return MessagePreview(None, "", None, language, text)
        products = load_products(session=session)
        rows = events_since(
            session=session, since_by_contact={contact_id: now - ACTIVITY_WINDOW}, until=now
        ).get(contact_id, [])
    events = [row.fact for row in rows]
    language = shop.language if channel == "owner" else contact.language or shop.language
    context = _run_context(events, now, core_text("preview.sample_coupon", language))
    variables = render_variables(contact, context, products, events, shop, language)
    return _render(message, variables, language, channel, shop, owner_language)


def _render(
    message: Mapping[str, Any],
    variables: dict[str, Any],
    language: str,
    channel: str,
    shop: Shop | None = None,
    owner_language: str = "en",
) -> MessagePreview:
    texts = localized(message, language)
    for part in ("subject", "body"):
        problem = template_problem(str(texts.get(part) or ""))
        if problem is not None:
            reason = core_text(problem[0], owner_language)
            return MessagePreview(None, "", None, language, f"{reason} {problem[1]}".strip())
    try:
        rendered = render_message(message, variables, language, html=channel == "email")
    except TemplateError as error:  # e.g. a loop over something that is not a list
        return MessagePreview(None, "", None, language, str(error))

    def shown(text: str | None) -> str | None:
        return text.replace(UNSUBSCRIBE_MARKER, SAMPLE_UNSUBSCRIBE) if text is not None else None

    return MessagePreview(
        shown(rendered.subject), shown(rendered.text) or "", shown(rendered.html), rendered.language
    )
