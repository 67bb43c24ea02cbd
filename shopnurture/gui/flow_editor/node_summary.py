"""One line that says what a node does with its settings ("1 day", "“Your cart is saved”"),
shown under the node's kind on the canvas, in the owner's language."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from shopnurture.domain.flows.model import Node
from shopnurture.gui.labels import event_type_label, phase_label

_CONTEXT = "NodeSummary"
_FIELDS = {
    "in_stock": QT_TRANSLATE_NOOP("NodeSummary", "In stock"),
    "has_upgrade": QT_TRANSLATE_NOOP("NodeSummary", "Has a better version"),
    "has_related": QT_TRANSLATE_NOOP("NodeSummary", "Has related products"),
    "ordered_since_entering": QT_TRANSLATE_NOOP("NodeSummary", "Ordered since entering"),
    "consent.email": QT_TRANSLATE_NOOP("NodeSummary", "Accepts email"),
    "consent.sms": QT_TRANSLATE_NOOP("NodeSummary", "Accepts SMS"),
    "tags": QT_TRANSLATE_NOOP("NodeSummary", "Tags"),
    "score": QT_TRANSLATE_NOOP("NodeSummary", "Score"),
    "phase": QT_TRANSLATE_NOOP("NodeSummary", "Phase"),
    "events": QT_TRANSLATE_NOOP("NodeSummary", "Activity"),
    "value_cents": QT_TRANSLATE_NOOP("NodeSummary", "Cart value"),
    "customer_type": QT_TRANSLATE_NOOP("NodeSummary", "Customer type"),
    "matched.rating": QT_TRANSLATE_NOOP("NodeSummary", "Rating"),
}
# Message variables as the owner reads them on the canvas (‹first name›, ‹nombre›).
_VARIABLES = {
    "first_name": QT_TRANSLATE_NOOP("NodeSummary", "first name"),
    "last_name": QT_TRANSLATE_NOOP("NodeSummary", "last name"),
    "name": QT_TRANSLATE_NOOP("NodeSummary", "full name"),
    "shop_name": QT_TRANSLATE_NOOP("NodeSummary", "shop name"),
    "product.name": QT_TRANSLATE_NOOP("NodeSummary", "product"),
    "product.price": QT_TRANSLATE_NOOP("NodeSummary", "price"),
    "p.name": QT_TRANSLATE_NOOP("NodeSummary", "product"),
    "p.price": QT_TRANSLATE_NOOP("NodeSummary", "price"),
    "upgrade.name": QT_TRANSLATE_NOOP("NodeSummary", "better version"),
    "upgrade.price": QT_TRANSLATE_NOOP("NodeSummary", "better version's price"),
    "value": QT_TRANSLATE_NOOP("NodeSummary", "amount"),
    "coupon_code": QT_TRANSLATE_NOOP("NodeSummary", "coupon code"),
    "coupon_expires": QT_TRANSLATE_NOOP("NodeSummary", "coupon expiry date"),
    "unsubscribe_url": QT_TRANSLATE_NOOP("NodeSummary", "unsubscribe link"),
    "rating": QT_TRANSLATE_NOOP("NodeSummary", "rating"),
}
_PLACEHOLDER = re.compile(r"\{\{\s*([\w.]+)[^}]*\}\}")
_STATEMENT = re.compile(r"\{%.*?%\}")
_OPERATORS = {"eq": "=", "ne": "≠", "ge": "≥", "gt": ">", "le": "≤", "lt": "<"}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _count(count: int, one: str, many: str) -> str:
    """`one` for 1, else `many` with %1 replaced by the count (both already translated)."""
    return one if count == 1 else many.replace("%1", str(count))


def duration_text(value: Any) -> str:
    """{"days": 1, "hours": 2} → "1 day 2 h"."""
    value = value if isinstance(value, dict) else {}
    amounts = [int(value.get(key) or 0) if isinstance(value.get(key) or 0, int | float) else 0
               for key in ("days", "hours", "minutes")]  # fmt: skip
    parts = []
    if amounts[0]:
        parts.append(
            _count(
                amounts[0],
                QCoreApplication.translate("NodeSummary", "1 day"),
                QCoreApplication.translate("NodeSummary", "%1 days"),
            )
        )
    if amounts[1]:
        parts.append(
            _count(
                amounts[1],
                QCoreApplication.translate("NodeSummary", "1 h"),
                QCoreApplication.translate("NodeSummary", "%1 h"),
            )
        )
    if amounts[2]:
        parts.append(
            _count(
                amounts[2],
                QCoreApplication.translate("NodeSummary", "1 min"),
                QCoreApplication.translate("NodeSummary", "%1 min"),
            )
        )
    return " ".join(parts) or QCoreApplication.translate("NodeSummary", "no time")


def _minutes_text(minutes: Any) -> str:
    minutes = int(minutes or 0)
    return duration_text({"days": minutes // 1440, "hours": minutes % 1440 // 60,
                          "minutes": minutes % 60})  # fmt: skip


def _events_text(event_filter: Any) -> str:
    event_filter = event_filter if isinstance(event_filter, dict) else {}
    types = event_filter.get("types") or []
    text = " / ".join(event_type_label(kind) for kind in types) or QCoreApplication.translate(
        "NodeSummary", "Any activity"
    )
    # A review's stars matter: "Wrote a review ≤ 2★" is not any review.
    for key, sign in (("min_rating", "≥"), ("max_rating", "≤")):
        if isinstance(event_filter.get(key), int | float):
            text += f" {sign} {event_filter[key]:g}★"
    return text


def _weekdays_text(days: Any) -> str:
    names = [
        QCoreApplication.translate("NodeSummary", "Mon"),
        QCoreApplication.translate("NodeSummary", "Tue"),
        QCoreApplication.translate("NodeSummary", "Wed"),
        QCoreApplication.translate("NodeSummary", "Thu"),
        QCoreApplication.translate("NodeSummary", "Fri"),
        QCoreApplication.translate("NodeSummary", "Sat"),
        QCoreApplication.translate("NodeSummary", "Sun"),
    ]
    chosen = sorted({int(day) for day in days or [] if isinstance(day, int) and 0 <= day <= 6})
    if chosen == list(range(5)):
        return f"{names[0]}–{names[4]}"
    if len(chosen) == 7 or not chosen:
        return QCoreApplication.translate("NodeSummary", "Every day")
    return ", ".join(names[day] for day in chosen)


# Whole phrases per date, so that each language can join its words ("antes del cumpleaños").
_DATE_OFFSETS = {
    "birthday": (
        QT_TRANSLATE_NOOP("NodeSummary", "1 day before the birthday"),
        QT_TRANSLATE_NOOP("NodeSummary", "%1 days before the birthday"),
        QT_TRANSLATE_NOOP("NodeSummary", "1 day after the birthday"),
        QT_TRANSLATE_NOOP("NodeSummary", "%1 days after the birthday"),
        QT_TRANSLATE_NOOP("NodeSummary", "On the birthday"),
    ),
    "signup": (
        QT_TRANSLATE_NOOP("NodeSummary", "1 day before the signup date"),
        QT_TRANSLATE_NOOP("NodeSummary", "%1 days before the signup date"),
        QT_TRANSLATE_NOOP("NodeSummary", "1 day after the signup date"),
        QT_TRANSLATE_NOOP("NodeSummary", "%1 days after the signup date"),
        QT_TRANSLATE_NOOP("NodeSummary", "On the signup date"),
    ),
    "coupon_expiry": (
        QT_TRANSLATE_NOOP("NodeSummary", "1 day before the coupon's end"),
        QT_TRANSLATE_NOOP("NodeSummary", "%1 days before the coupon's end"),
        QT_TRANSLATE_NOOP("NodeSummary", "1 day after the coupon's end"),
        QT_TRANSLATE_NOOP("NodeSummary", "%1 days after the coupon's end"),
        QT_TRANSLATE_NOOP("NodeSummary", "On the coupon's end"),
    ),
}


def _offset_text(days: int, field: str) -> str:
    phrases = _DATE_OFFSETS.get(field)
    if phrases is None:
        return f"{days:+d} {field}"
    before_one, before_many, after_one, after_many, on_the_day = map(_tr, phrases)
    if days > 0:
        return _count(days, before_one, before_many)
    if days < 0:
        return _count(-days, after_one, after_many)
    return on_the_day


def _rules_text(rules: Any, match: str = "all") -> str:
    rules = [rule for rule in rules or [] if isinstance(rule, dict)]
    if not rules:
        return QCoreApplication.translate("NodeSummary", "No rules yet")
    first = _rule_text(rules[0])
    if len(rules) == 1:
        return first + "?"
    joiner = (
        QCoreApplication.translate("NodeSummary", "and")
        if match == "all"
        else QCoreApplication.translate("NodeSummary", "or")
    )
    return f"{first} {joiner} " + _count(
        len(rules) - 1,
        QCoreApplication.translate("NodeSummary", "1 more"),
        QCoreApplication.translate("NodeSummary", "%1 more"),
    )


def _rule_text(rule: dict[str, Any]) -> str:
    field = str(rule.get("field") or "")
    label = _tr(_FIELDS[field]) if field in _FIELDS else field.removeprefix("contact.")
    op = str(rule.get("op") or "")
    if field == "events":
        label = _events_text(rule.get("filter"))
    granted = field.startswith("consent.") and op == "eq" and rule.get("value") == "granted"
    if op == "is_true" or granted or (field == "events" and op == "ge" and rule.get("value") == 1):
        return label
    if op == "is_false":
        return (
            QCoreApplication.translate("NodeSummary", "Not") + " " + label[:1].lower() + label[1:]
        )
    if op in ("has", "lacks"):
        has = QCoreApplication.translate("NodeSummary", "Has tag")
        lacks = QCoreApplication.translate("NodeSummary", "Lacks tag")
        return f"{has if op == 'has' else lacks} {rule.get('value')}"
    value = rule.get("value")
    value_text = phase_label(value) if field == "phase" else str(value)
    return f"{label} {_OPERATORS.get(op, op)} {value_text}"


def _message_text(params: dict[str, Any], language: str, part: str) -> str:
    message = params.get("message") if isinstance(params.get("message"), dict) else {}
    texts = message.get(language) or next(iter(message.values()), {}) if message else {}
    text = str((texts or {}).get(part) or (texts or {}).get("body") or "").strip()
    first_line = text.split("\n")[0]
    text = _PLACEHOLDER.sub(lambda match: f"‹{variable_label(match.group(1))}›", first_line)
    text = _STATEMENT.sub("", text).strip()
    return f"“{text}”" if text else QCoreApplication.translate("NodeSummary", "No text yet")


def variable_label(name: str) -> str:
    """A message variable's name in the owner's language ("first_name" → "nombre")."""
    known = _VARIABLES.get(name)
    return _tr(known) if known else name.replace("_", " ").replace(".", " ")


def _coupon_text(params: dict[str, Any]) -> str:
    days = _count(
        int(params.get("valid_days") or 0),
        QCoreApplication.translate("NodeSummary", "1 day"),
        QCoreApplication.translate("NodeSummary", "%1 days"),
    )
    if params.get("source") == "list":
        return (
            QCoreApplication.translate("NodeSummary", "From the list")
            + f" {params.get('list') or '?'} · {days}"
        )
    return f"{params.get('pattern') or ''} · {days}"


def _recurring_text(params: dict[str, Any]) -> str:
    at = str(params.get("time") or "")
    every = params.get("every")
    if every == "weekly":
        return _weekdays_text([params.get("weekday", 0)]) + f" {at}"
    if every == "monthly":
        return (
            QCoreApplication.translate("NodeSummary", "Every month, day")
            + f" {params.get('day')} {at}"
        )
    return (
        QCoreApplication.translate("NodeSummary", "Every year")
        + f" {params.get('day')}/{params.get('month')} {at}"
    )


def _segment_text(params: dict[str, Any]) -> str:
    parts = []
    if params.get("phase"):
        parts.append(phase_label(params["phase"]))
    if params.get("tag"):
        parts.append(QCoreApplication.translate("NodeSummary", "Tag") + f" {params['tag']}")
    if params.get("min_score") is not None:
        parts.append(
            QCoreApplication.translate("NodeSummary", "Score") + f" ≥ {params['min_score']}"
        )
    return " · ".join(parts) or QCoreApplication.translate("NodeSummary", "Anyone")


def _split_text(params: dict[str, Any]) -> str:
    branches = params.get("branches") or []
    return " · ".join(
        f"{branch.get('port')} {branch.get('percent')}%"
        for branch in branches
        if isinstance(branch, dict)
    )


_SUMMARIES: dict[str, Callable[[dict[str, Any], str], str]] = {
    "trigger.event": lambda p, _l: (
        _events_text(p.get("filter"))
        + (f" ×{p.get('min_count')}" if (p.get("min_count") or 1) > 1 else "")
    ),
    "trigger.cart_abandoned": lambda p, _l: (
        _minutes_text(p.get("minutes"))
        + " "
        + QCoreApplication.translate("NodeSummary", "without an order")
    ),
    "trigger.order_placed": lambda p, _l: (
        _count(
            int(p["min_orders"]),
            QCoreApplication.translate("NodeSummary", "Order number 1 or later"),
            QCoreApplication.translate("NodeSummary", "Order number %1 or later"),
        )
        if (p.get("min_orders") or 1) > 1
        else QCoreApplication.translate("NodeSummary", "Any order")
    ),
    "trigger.date_anniversary": lambda p, _l: (
        _offset_text(int(p.get("days_before") or 0), str(p.get("field"))) + f", {p.get('time')}"
    ),
    "trigger.inactivity": lambda p, _l: (
        _count(
            int(p.get("days") or 0),
            QCoreApplication.translate("NodeSummary", "1 day"),
            QCoreApplication.translate("NodeSummary", "%1 days"),
        )
        + " "
        + (
            QCoreApplication.translate("NodeSummary", "without ordering")
            if p.get("of") == "order"
            else QCoreApplication.translate("NodeSummary", "without activity")
        )
    ),
    "trigger.replenishment_due": lambda p, _l: _count(
        int(p.get("lead_days") or 0),
        QCoreApplication.translate("NodeSummary", "1 day before it runs out"),
        QCoreApplication.translate("NodeSummary", "%1 days before it runs out"),
    ),
    "trigger.segment_entered": lambda p, _l: _segment_text(p),
    "trigger.recurring_date": lambda p, _l: _recurring_text(p),
    "trigger.manual": lambda _p, _l: QCoreApplication.translate(
        "NodeSummary", "You add contacts by hand"
    ),
    "logic.wait": lambda p, _l: (
        QCoreApplication.translate("NodeSummary", "By product type")
        if p.get("days_by_kind")
        else duration_text(p.get("duration"))
    ),
    "logic.wait_until": lambda p, _l: f"{_weekdays_text(p.get('weekdays'))} {p.get('time')}",
    "logic.wait_until_date": lambda p, _l: (
        _offset_text(-int(p.get("days_offset") or 0), str(p.get("field"))) + f", {p.get('time')}"
    ),
    "logic.wait_for_event": lambda p, _l: (
        QCoreApplication.translate("NodeSummary", "Up to %1:").replace(
            "%1", duration_text(p.get("timeout"))
        )
        + " "
        + _events_text(p.get("filter"))
    ),
    "logic.condition": lambda p, _l: _rules_text(p.get("rules"), str(p.get("match"))),
    "logic.random_split": lambda p, _l: _split_text(p),
    "logic.holdout": lambda p, _l: _count(
        int(p.get("percent") or 0),
        QCoreApplication.translate("NodeSummary", "1% get nothing (to compare)"),
        QCoreApplication.translate("NodeSummary", "%1% get nothing (to compare)"),
    ),
    "logic.goal": lambda p, _l: (
        QCoreApplication.translate("NodeSummary", "At any moment:")
        + " "
        + _events_text(p.get("filter"))
    ),
    "logic.exit": lambda _p, _l: QCoreApplication.translate("NodeSummary", "Leaves the flow"),
    "action.send_email": lambda p, language: _message_text(p, language, "subject"),
    "action.send_sms": lambda p, language: _message_text(p, language, "body"),
    "action.notify_owner": lambda p, language: _message_text(p, language, "body"),
    "action.add_tag": lambda p, _l: str(
        p.get("tag") or QCoreApplication.translate("NodeSummary", "No tag yet")
    ),
    "action.remove_tag": lambda p, _l: str(
        p.get("tag") or QCoreApplication.translate("NodeSummary", "No tag yet")
    ),
    "action.change_score": lambda p, _l: (
        f"{int(p.get('points') or 0):+d} " + QCoreApplication.translate("NodeSummary", "points")
    ),
    "action.set_phase": lambda p, _l: phase_label(p.get("phase")),
    "action.assign_coupon": lambda p, _l: _coupon_text(p),
}


def node_summary(node: Node, language: str) -> str:
    """The node's settings in a few words; "" for an unknown kind or odd settings."""
    describe = _SUMMARIES.get(node.kind)
    if describe is None:
        return ""
    try:
        return describe(node.params, language)
    except (TypeError, ValueError, AttributeError, KeyError):
        return ""
