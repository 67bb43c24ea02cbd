"""Segments: nested AND / OR groups of rules over a contact's fields, tags, consent, score,
phase, RFM group, activity and orders; their versioned JSON form and its validation.

data/segments.py compiles a segment into one SQL query; nothing here touches a database.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from shopnurture.domain.rfm import RFM_GROUPS
from shopnurture.domain.vocabulary import EventType, Phase
from shopnurture.errors import UserError

SEGMENT_VERSION = 1
MAX_DEPTH = 4
MAX_RULES = 100

TEXT_FIELDS = ("first_name", "last_name", "email", "phone", "country", "city", "language")
NUMBER_OPERATORS = ("ge", "gt", "le", "lt", "eq", "ne")
OPERATORS: dict[str, tuple[str, ...]] = {
    **{
        name: ("eq", "ne", "contains", "in", "not_in", "is_set", "is_empty") for name in TEXT_FIELDS
    },
    "tags": ("has", "lacks"),
    "accepts_email": ("is_true", "is_false"),
    "accepts_sms": ("is_true", "is_false"),
    "score": NUMBER_OPERATORS,
    "phase": ("in", "not_in"),
    "rfm": ("in", "not_in"),
    "activity": ("did", "did_not"),
    "order_count": NUMBER_OPERATORS,
    "total_spent": NUMBER_OPERATORS,  # cents
}
FIELDS = tuple(OPERATORS)
EVENT_TYPES = tuple(event.value for event in EventType)
PHASES = tuple(phase.value for phase in Phase)
CHOICES: dict[str, tuple[str, ...]] = {"phase": PHASES, "rfm": RFM_GROUPS}


@dataclass(frozen=True)
class ActivityFilter:
    """Did (or did not) do `event` (any, when None) at least `at_least` times in the last
    `days` days (ever, when None); orders count once however many lines they have, and the
    value limits compare an order's total (of the lines passing the product filters)."""

    event: str | None = None
    at_least: int = 1
    days: int | None = None
    sku: str | None = None
    category: str | None = None
    min_value_cents: int | None = None
    max_value_cents: int | None = None


@dataclass(frozen=True)
class Rule:
    field: str
    op: str
    value: Any = None
    activity: ActivityFilter | None = None  # for "activity"
    days: int | None = None  # order_count / total_spent over the last days (None: ever)


@dataclass(frozen=True)
class Group:
    match: str = "all"  # all | any
    items: tuple[Rule | Group, ...] = ()


@dataclass(frozen=True)
class Problem:
    """What is wrong with the item at `path` (indexes from the root, e.g. "1.0")."""

    path: str
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)


# JSON ------------------------------------------------------------------------------------
_ACTIVITY_KEYS = ("event", "at_least", "days", "sku", "category", "min_value_cents",
                  "max_value_cents")  # fmt: skip


def segment_to_json(group: Group) -> dict[str, Any]:
    return {"version": SEGMENT_VERSION, **_group_to_json(group)}


def _group_to_json(group: Group) -> dict[str, Any]:
    return {
        "match": group.match,
        "rules": [
            _group_to_json(item) if isinstance(item, Group) else _rule_to_json(item)
            for item in group.items
        ],
    }


def _rule_to_json(rule: Rule) -> dict[str, Any]:
    found: dict[str, Any] = {"field": rule.field, "op": rule.op}
    if rule.activity is not None:
        for key in _ACTIVITY_KEYS:
            value = getattr(rule.activity, key)
            if value is not None:
                found[key] = value
    else:
        found["value"] = list(rule.value) if isinstance(rule.value, tuple) else rule.value
    if rule.days is not None:
        found["days"] = rule.days
    return found


def segment_from_json(data: Any) -> Group:
    """A segment from its JSON (a dict or text); UserError("segment.bad_format") if it is not
    one. Values are checked separately by `segment_problems`."""
    if isinstance(data, str | bytes):
        try:
            data = json.loads(data)
        except ValueError:
            raise UserError("segment.bad_format", reason="JSON") from None
    if not isinstance(data, Mapping):
        raise UserError("segment.bad_format", reason="{}")
    version = data.get("version", SEGMENT_VERSION)
    if not isinstance(version, int) or version > SEGMENT_VERSION:
        raise UserError("segment.too_new", found=version, supported=SEGMENT_VERSION)
    return _group_from_json(data, depth=0)


def _group_from_json(data: Mapping[str, Any], depth: int) -> Group:
    rules = data.get("rules", [])
    if not isinstance(rules, list) or depth > MAX_DEPTH:
        raise UserError("segment.bad_format", reason="rules")
    items: list[Rule | Group] = []
    for item in rules:
        if not isinstance(item, Mapping):
            raise UserError("segment.bad_format", reason="rule")
        items.append(_group_from_json(item, depth + 1) if "rules" in item else _rule_from(item))
    return Group(match=str(data.get("match", "all")), items=tuple(items))


def _rule_from(data: Mapping[str, Any]) -> Rule:
    name = str(data.get("field", ""))
    days = _int_or_none(data.get("days"))
    if name == "activity":
        activity = ActivityFilter(
            event=data.get("event") or None,
            at_least=_int_or_none(data.get("at_least")) or 1,
            days=days,
            sku=str(data["sku"]).strip() or None if data.get("sku") else None,
            category=str(data["category"]).strip() or None if data.get("category") else None,
            min_value_cents=_int_or_none(data.get("min_value_cents")),
            max_value_cents=_int_or_none(data.get("max_value_cents")),
        )
        return Rule(name, str(data.get("op", "did")), activity=activity)
    value = data.get("value")
    return Rule(name, str(data.get("op", "")), tuple(value) if isinstance(value, list) else value,
                days=days)  # fmt: skip


def _int_or_none(value: Any) -> int | None:
    if value is None or value == "":
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        raise UserError("segment.bad_format", reason=str(value)) from None


# Validation ------------------------------------------------------------------------------
def segment_problems(group: Group) -> list[Problem]:
    """Everything wrong with a segment (empty when it can be counted and saved)."""
    problems: list[Problem] = []
    count = _check_group(group, "", problems, depth=0)
    if count > MAX_RULES:
        problems.append(Problem("", "segment.reason.too_many_rules", {"limit": MAX_RULES}))
    return problems


def _check_group(group: Group, path: str, problems: list[Problem], depth: int) -> int:
    if group.match not in ("all", "any"):
        problems.append(Problem(path, "segment.reason.match"))
    if depth > MAX_DEPTH:
        problems.append(Problem(path, "segment.reason.too_deep", {"limit": MAX_DEPTH}))
    count = 0
    for index, item in enumerate(group.items):
        where = f"{path}.{index}" if path else str(index)
        if isinstance(item, Group):
            count += _check_group(item, where, problems, depth + 1)
        else:
            count += 1
            code = rule_problem(item)
            if code is not None:
                problems.append(Problem(where, code, {"field": item.field}))
    return count


def rule_problem(rule: Rule) -> str | None:
    """None if the rule can be evaluated, else a reason code."""
    if rule.field not in OPERATORS:
        return "segment.reason.unknown_field"
    if rule.op not in OPERATORS[rule.field]:
        return "segment.reason.unknown_operator"
    if rule.days is not None and not 1 <= rule.days <= 3650:
        return "segment.reason.days"
    if rule.field == "activity":
        return _activity_problem(rule.activity)
    if rule.field in CHOICES:
        values = rule.value if isinstance(rule.value, tuple) else (rule.value,)
        if not values or any(value not in CHOICES[rule.field] for value in values):
            return "segment.reason.choice"
    elif rule.op in NUMBER_OPERATORS and rule.field in ("score", "order_count", "total_spent"):
        if isinstance(rule.value, bool) or not isinstance(rule.value, int | float):
            return "segment.reason.number"
    elif rule.op in ("has", "lacks", "contains") and not str(rule.value or "").strip():
        return "segment.reason.empty_value"
    elif rule.op in ("in", "not_in") and not rule.value:
        return "segment.reason.empty_value"
    return None


def _activity_problem(activity: ActivityFilter | None) -> str | None:
    if activity is None:
        return "segment.reason.activity"
    if activity.event is not None and activity.event not in EVENT_TYPES:
        return "segment.reason.event"
    if not 1 <= activity.at_least <= 1000:
        return "segment.reason.at_least"
    if activity.days is not None and not 1 <= activity.days <= 3650:
        return "segment.reason.days"
    low, high = activity.min_value_cents, activity.max_value_cents
    if (low is not None and low < 0) or (high is not None and high < (low or 0)):
        return "segment.reason.value_range"
    return None


def check_segment(group: Group) -> None:
    """Raises UserError with the first problem, for the CLI and services."""
    problems = segment_problems(group)
    if problems:
        first = problems[0]
        raise UserError(
            "segment.invalid", path=first.path or "-", reason_code=first.code, **first.params
        )


def rule_count(group: Group) -> int:
    return sum(rule_count(item) if isinstance(item, Group) else 1 for item in group.items)
