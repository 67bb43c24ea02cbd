"""What the owner reads for the domain's fixed words (event types, phases, consent, kinds)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "Labels"

_EVENT_TYPES = {
    "page_view": QT_TRANSLATE_NOOP("Labels", "Viewed a product"),
    "category_view": QT_TRANSLATE_NOOP("Labels", "Viewed a category"),
    "add_to_cart": QT_TRANSLATE_NOOP("Labels", "Added to cart"),
    "checkout_started": QT_TRANSLATE_NOOP("Labels", "Started checkout"),
    "order": QT_TRANSLATE_NOOP("Labels", "Ordered"),
    "review": QT_TRANSLATE_NOOP("Labels", "Wrote a review"),
    "inquiry": QT_TRANSLATE_NOOP("Labels", "Asked a question"),
    "signup": QT_TRANSLATE_NOOP("Labels", "Signed up"),
    "referral": QT_TRANSLATE_NOOP("Labels", "Referred a friend"),
}

_PHASES = {
    "awareness": QT_TRANSLATE_NOOP("Labels", "I · Awareness"),
    "consideration": QT_TRANSLATE_NOOP("Labels", "II · Consideration"),
    "customer": QT_TRANSLATE_NOOP("Labels", "III · Customer"),
}

_CONSENT = {
    "unknown": QT_TRANSLATE_NOOP("Labels", "Not asked"),
    "granted": QT_TRANSLATE_NOOP("Labels", "Yes"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "Opted out"),
}

_PRODUCT_KINDS = {
    "soft": QT_TRANSLATE_NOOP("Labels", "Soft goods"),
    "durable": QT_TRANSLATE_NOOP("Labels", "Durable goods"),
    "consumable": QT_TRANSLATE_NOOP("Labels", "Consumable"),
}


def _label(table: dict[str, str], key: str | None) -> str:
    if not key:
        return ""
    source = table.get(key)
    return QCoreApplication.translate(_CONTEXT, source) if source else key


def event_type_label(key: str | None) -> str:
    return _label(_EVENT_TYPES, key)


def phase_label(key: str | None) -> str:
    return _label(_PHASES, key)


def consent_label(key: str | None) -> str:
    return _label(_CONSENT, key)


def product_kind_label(key: str | None) -> str:
    return _label(_PRODUCT_KINDS, key)


def event_types() -> list[str]:
    return list(_EVENT_TYPES)


def consent_states() -> list[str]:
    return list(_CONSENT)


def product_kinds() -> list[str]:
    return list(_PRODUCT_KINDS)
