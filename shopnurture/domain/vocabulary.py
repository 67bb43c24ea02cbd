"""The fixed words of the domain: activity types, journey phases, consent states, kinds."""

from __future__ import annotations

from enum import StrEnum


class EventType(StrEnum):
    PAGE_VIEW = "page_view"
    CATEGORY_VIEW = "category_view"
    ADD_TO_CART = "add_to_cart"
    CHECKOUT_STARTED = "checkout_started"
    ORDER = "order"
    REVIEW = "review"
    INQUIRY = "inquiry"
    SIGNUP = "signup"
    REFERRAL = "referral"


class Phase(StrEnum):
    """The customer's journey (DOMAIN.md): I awareness, II consideration, III customer."""

    AWARENESS = "awareness"
    CONSIDERATION = "consideration"
    CUSTOMER = "customer"


class Consent(StrEnum):
    UNKNOWN = "unknown"
    GRANTED = "granted"
    WITHDRAWN = "withdrawn"


class Channel(StrEnum):
    EMAIL = "email"
    SMS = "sms"


class ProductKind(StrEnum):
    """Decides the review wait and replenishment: soft goods, durable goods, consumables."""

    SOFT = "soft"
    DURABLE = "durable"
    CONSUMABLE = "consumable"
