"""Condition rules, each {"field", "op", "value"} (plus "filter"/"days" for activity counts),
over the contact, its recent activity and the run; data/triggers.py has their SQL twin."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from shopnurture.domain.flows.facts import ContactFacts, StepFacts, event_matches, from_text
from shopnurture.domain.text_folding import folded

# Fields: contact.<name>, tags, consent.email, consent.sms, score, phase,
# ordered_since_entering, events (activity matching "filter" since entering or in the last
# "days"), value_cents (the cart or order of the run), customer_type (prospect / first /
# returning), in_stock, has_upgrade, has_related, matched.rating (of the awaited event),
# segment (value: a saved segment's id; the engine finds members in one query per batch).
CONTACT_ATTRIBUTES = (
    "country", "city", "language", "email", "phone", "first_name", "last_name", "time_zone",
)  # fmt: skip
# Fields that only need the contact row: an audience of a recurring trigger uses only these.
CONTACT_ONLY_FIELDS = frozenset(
    {f"contact.{name}" for name in CONTACT_ATTRIBUTES}
    | {"tags", "consent.email", "consent.sms", "score", "phase"}
)
BOOLEAN_FIELDS = frozenset({"ordered_since_entering", "in_stock", "has_upgrade", "has_related"})
NUMERIC_FIELDS = frozenset({"score", "events", "value_cents", "matched.rating"})
FIELDS = CONTACT_ONLY_FIELDS | BOOLEAN_FIELDS | NUMERIC_FIELDS | {"customer_type", "segment"}
OPERATORS = {
    "text": ("eq", "ne", "in", "not_in", "is_set", "is_empty", "contains"),
    "tags": ("has", "lacks"),
    "number": ("eq", "ne", "ge", "gt", "le", "lt"),
    "bool": ("is_true", "is_false"),
    "segment": ("in_segment", "not_in_segment"),
}


def field_type(field: str) -> str:
    if field == "tags":
        return "tags"
    if field in NUMERIC_FIELDS:
        return "number"
    if field in BOOLEAN_FIELDS:
        return "bool"
    if field == "segment":
        return "segment"
    return "text"


def rule_problem(rule: Any) -> str | None:
    """None if the rule is well formed, else a reason code."""
    if not isinstance(rule, Mapping) or rule.get("field") not in FIELDS:
        return "flow.reason.unknown_field"
    if rule.get("op") not in OPERATORS[field_type(str(rule["field"]))]:
        return "flow.reason.unknown_operator"
    return None


def compare(op: str, actual: Any, expected: Any) -> bool:
    if op in ("is_true", "in_segment"):
        return bool(actual)
    if op in ("is_false", "not_in_segment"):
        return not actual
    if op == "is_set":
        return actual not in (None, "")
    if op == "is_empty":
        return actual in (None, "")
    if op in ("has", "lacks"):
        present = folded(str(expected).strip()) in {folded(tag) for tag in actual}
        return present if op == "has" else not present
    if op in ("in", "not_in"):
        values = expected if isinstance(expected, list | tuple) else str(expected).split(",")
        inside = folded(actual or "") in {folded(str(value).strip()) for value in values}
        return inside if op == "in" else not inside
    if op == "contains":
        return folded(expected) in folded(actual or "")
    if op in ("eq", "ne"):
        if isinstance(actual, int | float) and not isinstance(actual, bool):
            equal = _number(expected) == actual
        else:
            equal = folded(actual or "") == folded(expected or "")
        return equal if op == "eq" else not equal
    if actual is None:
        return False
    limit = _number(expected)
    return {
        "ge": actual >= limit,
        "gt": actual > limit,
        "le": actual <= limit,
        "lt": actual < limit,
    }.get(op, False)


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


def contact_value(contact: ContactFacts, field: str) -> Any:
    if field.startswith("contact."):
        return getattr(contact, field.removeprefix("contact."), None)
    return {
        "tags": contact.tags,
        "consent.email": contact.email_consent,
        "consent.sms": contact.sms_consent,
        "score": contact.lead_score,
        "phase": contact.phase,
    }.get(field)


def customer_type(order_count: int | None) -> str:
    count = order_count or 0
    return "prospect" if count == 0 else "first" if count == 1 else "returning"


def rule_value(rule: Mapping[str, Any], facts: StepFacts, context: Mapping[str, Any]) -> Any:
    field = str(rule.get("field"))
    if field in CONTACT_ONLY_FIELDS:
        return contact_value(facts.contact, field)
    skus = list(context.get("skus") or [])
    products = facts.products
    if field == "ordered_since_entering":
        since = from_text(context["since"]) if context.get("since") else None
        return any(
            event.type == "order" and (since is None or event.occurred_at > since)
            for event in facts.events
        )
    if field == "events":
        if rule.get("days"):
            since = facts.now - timedelta(days=float(rule["days"]))
        else:
            since = from_text(context["since"]) if context.get("since") else facts.now
        spec = rule.get("filter") or {}
        return sum(
            1
            for event in facts.events
            if since < event.occurred_at <= facts.now
            and event_matches(spec, event, context_skus=skus, products=products)
        )
    if field == "value_cents":
        return context.get("value_cents")
    if field == "customer_type":
        return customer_type(facts.contact.order_count)
    if field == "in_stock":
        known = [products[sku] for sku in skus if sku in products]
        return all(product.in_stock for product in known)
    if field == "has_upgrade":
        return any(
            (upgrade := products.get(products[sku].upgrade_sku or "")) is not None
            and upgrade.in_stock
            for sku in skus
            if sku in products
        )
    if field == "has_related":
        return bool(related_skus(skus, products))
    if field == "matched.rating":
        return (context.get("matched") or {}).get("rating")
    if field == "segment":
        return segment_id(rule.get("value")) in facts.contact.segments
    return None


def segment_id(value: Any) -> int | None:
    """The saved segment a "segment" rule names (its id), or None."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def related_skus(skus: list[str], products: Mapping[str, Any], limit: int = 3) -> list[str]:
    """Companions of the run's products that are in stock and not among them."""
    found: list[str] = []
    for sku in skus:
        product = products.get(sku)
        for related in product.related_skus if product is not None else ():
            candidate = products.get(related)
            if related in skus or related in found or candidate is None:
                continue
            if candidate.in_stock:
                found.append(related)
    return found[:limit]


def rules_hold(
    rules: list[Mapping[str, Any]], match: str, facts: StepFacts, context: Mapping[str, Any]
) -> bool:
    """All (or any) rules hold; no rules at all means yes."""
    if not rules:
        return True
    results = (
        compare(str(rule.get("op")), rule_value(rule, facts, context), rule.get("value"))
        for rule in rules
    )
    return any(results) if match == "any" else all(results)


def contact_rules_hold(rules: list[Mapping[str, Any]], match: str, contact: ContactFacts) -> bool:
    """The same answer as `rules_hold` for rules over contact-only fields."""
    if not rules:
        return True
    results = (
        compare(
            str(rule.get("op")), contact_value(contact, str(rule.get("field"))), rule.get("value")
        )
        for rule in rules
    )
    return any(results) if match == "any" else all(results)
