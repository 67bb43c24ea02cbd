"""Rendering a send node's message for one contact (subject, text, HTML) in Jinja2's sandbox:
a contact's name is data, never template code, and the HTML is the rendered text escaped."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from jinja2 import Template, TemplateSyntaxError, meta
from markupsafe import escape

from shopnurture.domain.flows.conditions import related_skus
from shopnurture.domain.flows.facts import ContactFacts, EventFact, ProductFact, from_text
from shopnurture.domain.flows.message_text import TEMPLATE_VARIABLES, environment, localized
from shopnurture.domain.flows.timing import zone
from shopnurture.domain.recommendations import ProductList

# Delivery replaces this with the contact's own unsubscribe link.
UNSUBSCRIBE_MARKER = "%unsubscribe_url%"
_FALLBACK_NAME = {"es": "cliente", "en": "there"}


@dataclass(frozen=True)
class Shop:
    name: str
    language: str
    currency: str
    time_zone: str


@dataclass(frozen=True)
class RenderedMessage:
    subject: str | None
    text: str
    html: str | None
    language: str


@lru_cache(maxsize=1024)
def _template(source: str) -> Template:
    return environment(False).from_string(source)


@lru_cache(maxsize=4096)
def money(cents: int | None, currency: str, language: str) -> str:
    if cents is None:
        return ""
    symbol = {"EUR": "€", "USD": "$", "GBP": "£", "MXN": "$", "ARS": "$", "COP": "$"}.get(
        currency, currency
    )
    whole, part = divmod(abs(int(cents)), 100)
    sign = "-" if cents < 0 else ""
    if language == "es":
        grouped = f"{whole:,}".replace(",", ".")
        return f"{sign}{grouped},{part:02d} {symbol}"
    return f"{sign}{symbol}{whole:,}.{part:02d}"


def _product(
    sku: str, products: Mapping[str, ProductFact], shop: Shop, language: str
) -> dict[str, Any]:
    product = products.get(sku)
    if product is None:
        return {"sku": sku, "name": sku, "price": ""}
    return {
        "sku": sku,
        "name": product.name or sku,
        "price": money(product.price_cents, shop.currency, language),
    }


def render_variables(
    contact: ContactFacts,
    context: Mapping[str, Any],
    products: Mapping[str, ProductFact],
    events: Sequence[EventFact],
    shop: Shop,
    language: str,
    needed: frozenset[str] | None = None,
) -> dict[str, Any]:
    """The values of the variables in message_text.TEMPLATE_VARIABLES (only the `needed`
    ones when given: a tick renders thousands of messages)."""

    def wanted(name: str) -> bool:
        return needed is None or name in needed

    skus = [sku for sku in context.get("skus") or [] if sku]
    values: dict[str, Any] = {
        "first_name": contact.first_name or _FALLBACK_NAME.get(language, ""),
        "last_name": contact.last_name,
        "name": f"{contact.first_name} {contact.last_name}".strip() or (contact.email or ""),
        "shop_name": shop.name,
        "unsubscribe_url": UNSUBSCRIBE_MARKER,
        "rating": (context.get("matched") or {}).get("rating"),
    }
    if wanted("products") or wanted("product"):
        items = [_product(sku, products, shop, language) for sku in skus]
        values["products"], values["product"] = items, items[0] if items else None
    if wanted("upgrade"):
        values["upgrade"] = next(
            (
                _product(products[sku].upgrade_sku or "", products, shop, language)
                for sku in skus
                if sku in products and products[sku].upgrade_sku in products
            ),
            None,
        )
    if wanted("related"):
        values["related"] = [
            _product(sku, products, shop, language) for sku in related_skus(skus, products)
        ]
    if wanted("viewed"):
        viewed: list[str] = []
        for event in reversed(events):
            if event.type == "page_view" and event.sku and event.sku not in viewed:
                viewed.append(event.sku)
            if len(viewed) == 3:
                break
        values["viewed"] = [_product(sku, products, shop, language) for sku in viewed]
    if wanted("recommendations"):
        # Needs the shop's order history: the outbox writer puts the real ones in
        # (services/recommendations.py); without them a text still renders, with none.
        values["recommendations"] = ProductList(lambda count: [])
    if wanted("value"):
        values["value"] = money(context.get("value_cents"), shop.currency, language)
    coupon = context.get("coupon") or {}
    values["coupon_code"] = coupon.get("code", "")
    if wanted("coupon_expires"):
        expires = coupon.get("expires")
        values["coupon_expires"] = _date_text(expires, shop, language) if expires else ""
    return values


@lru_cache(maxsize=1024)
def variables_used(*sources: str) -> frozenset[str]:
    """The variables a message's texts refer to (parsed once per text)."""
    found: set[str] = set()
    for source in sources:
        try:
            found |= meta.find_undeclared_variables(environment(False).parse(source))
        except TemplateSyntaxError:
            return frozenset(TEMPLATE_VARIABLES)
    return frozenset(found)


def _date_text(text: str, shop: Shop, language: str) -> str:
    day = from_text(text).astimezone(zone(shop.time_zone)).date()
    return day.strftime("%d/%m/%Y") if language == "es" else day.strftime("%d %b %Y")


def render_message(
    message: Mapping[str, Any], variables: Mapping[str, Any], language: str, *, html: bool
) -> RenderedMessage:
    """Raises jinja2 errors for a broken template (validation normally catches them first)."""
    texts = localized(message, language)
    used = (
        language
        if message.get(language) is texts
        else next((lang for lang in ("es", "en") if message.get(lang) is texts), language)
    )
    # The environment's globals joined once, so each render can share the values unchanged.
    values = {**environment(False).globals, **variables}
    subject_source = str(texts.get("subject") or "")
    subject = _render(subject_source, values).strip() if subject_source else None
    text = _render(str(texts.get("body") or ""), values).strip()
    body_html = html_paragraphs(text) if html else None
    return RenderedMessage(subject, text, body_html, used)


def _render(source: str, values: dict[str, Any]) -> str:
    template = _template(source)
    return "".join(template.root_render_func(template.new_context(values, shared=True)))


def html_paragraphs(text: str) -> str:
    """The rendered text as HTML paragraphs; every character of it escaped (what Jinja's
    autoescape does), so a value can never become markup."""
    escaped = str(escape(text))
    return "".join(
        "<p>" + part.replace("\n", "<br>") + "</p>\n"
        for part in escaped.split("\n\n")
        if part.strip()
    )
