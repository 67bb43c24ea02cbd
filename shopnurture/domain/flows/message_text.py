"""Message templates of send nodes: the variables they may use, a sandboxed Jinja2
environment, and the checks on them (unsubscribe link, SMS opt-out and length)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from jinja2 import TemplateSyntaxError, meta
from jinja2.sandbox import SandboxedEnvironment

from shopnurture.domain import sms_length
from shopnurture.domain.recommendations import SAMPLE_RECOMMENDATIONS

# What a message template may use; services/engine/rendering.py fills each one.
TEMPLATE_VARIABLES: dict[str, Any] = {
    "first_name": "Alejandra",
    "last_name": "Domínguez Ortega",
    "name": "Alejandra Domínguez Ortega",
    "shop_name": "Tienda de ejemplo",
    "product": {"name": "Cafetera de cápsulas Pro con espumador", "price": "149,00 €", "sku": "X"},
    "products": [
        {"name": "Cafetera de cápsulas Pro con espumador", "price": "149,00 €", "sku": "X"}
    ],
    "upgrade": {"name": "Cafetera de cápsulas Pro con espumador", "price": "149,00 €", "sku": "X"},
    "related": [{"name": "Descalcificador para cafeteras", "price": "9,90 €", "sku": "Y"}],
    "viewed": [{"name": "Zapatillas de running ligeras", "price": "89,00 €", "sku": "Z"}],
    "value": "149,00 €",
    "coupon_code": "CUMPLE-7KQ2MX",
    "coupon_expires": "14/12/2026",
    "unsubscribe_url": "https://ejemplo.es/baja?c=123456&k=0123456789abcdef",
    "rating": 5,
    "recommendations": SAMPLE_RECOMMENDATIONS,  # a list, or recommendations(3)
}
UNSUBSCRIBE_VARIABLE = "unsubscribe_url"
OPT_OUT_WORDS = re.compile(r"\b(BAJA|STOP)\b", re.IGNORECASE)
MAX_SMS_SEGMENTS = 3


@lru_cache(maxsize=2)
def environment(html: bool) -> SandboxedEnvironment:
    """Sandboxed: an owner's template cannot reach Python internals. HTML escapes values."""
    return SandboxedEnvironment(autoescape=html, keep_trailing_newline=False)


def template_problem(source: str) -> tuple[str, str] | None:
    """(reason code, detail) when the template does not parse or uses an unknown variable."""
    try:
        parsed = environment(False).parse(source)
    except TemplateSyntaxError as error:
        return "flow.reason.template_syntax", str(error.message or "")
    unknown = sorted(meta.find_undeclared_variables(parsed) - set(TEMPLATE_VARIABLES))
    if unknown:
        return "flow.reason.unknown_variable", ", ".join(unknown)
    return None


def render_sample(source: str) -> str:
    try:
        return environment(False).from_string(source).render(TEMPLATE_VARIABLES)
    except Exception:  # the template check reports the cause; here only the length matters
        return source


def sms_segments(text: str) -> int:
    """How many SMS parts `text` takes (GSM-7 160/153 characters, otherwise UCS-2 70/67)."""
    return max(sms_length.sms_segments(text).segments, 1)


def has_unsubscribe_link(body: str) -> bool:
    return re.search(r"\{\{\s*" + UNSUBSCRIBE_VARIABLE + r"\s*\}\}", body) is not None


def has_opt_out(body: str) -> bool:
    return OPT_OUT_WORDS.search(body) is not None


def localized(message: Mapping[str, Any] | None, language: str) -> Mapping[str, Any]:
    """The message's texts in `language`, else Spanish, else English, else empty."""
    message = message or {}
    for candidate in (language, "es", "en"):
        texts = message.get(candidate)
        if isinstance(texts, Mapping) and texts.get("body"):
            return texts
    return {}
