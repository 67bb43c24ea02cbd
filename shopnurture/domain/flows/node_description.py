"""A flow step as the owner reads it, without Qt: the label they gave it, else the kind's name
and what it does ("Esperar 1 día", "Enviar correo: «Tu carrito sigue guardado»")."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from shopnurture.domain.flows.model import FlowGraph, Node
from shopnurture.messages import MESSAGES, render_message

# Kinds whose detail reads on from the kind's name without a colon ("Wait 1 day").
_RUN_ON = {"logic.wait"}
_LONGEST_QUOTE = 60
_PLACEHOLDER = re.compile(r"\{\{\s*([\w.]+)[^}]*\}\}")
_STATEMENT = re.compile(r"\{%.*?%\}")


def describe_node(node: Node, language: str) -> str:
    """The owner's label, or the kind's name with a short summary of its settings."""
    if node.label.strip():
        return node.label.strip()
    kind = _text(f"flow.kind.{node.kind}", language) or node.kind
    try:
        detail = _DETAILS.get(node.kind, _nothing)(node.params or {}, language)
    except (TypeError, ValueError, AttributeError, KeyError):
        detail = ""  # odd settings: the kind's name still says what the step is
    if not detail:
        return kind
    return f"{kind} {detail}" if node.kind in _RUN_ON else f"{kind}: {detail}"


def steps_in_path_order(graph: FlowGraph) -> list[str]:
    """Node ids from the entry points along the links (breadth first), then any left over."""
    ordered: list[str] = []
    queue = [node.id for node in graph.nodes.values() if node.spec and node.spec.is_entry]
    while queue:
        node_id = queue.pop(0)
        if node_id in ordered or node_id not in graph.nodes:
            continue
        ordered.append(node_id)
        queue.extend(link.target for link in graph.outgoing(node_id))
    return ordered + [node_id for node_id in graph.nodes if node_id not in ordered]


def _text(code: str, language: str, **params: Any) -> str:
    return render_message(code, language, **params) if code in MESSAGES else ""


def _nothing(_params: dict[str, Any], _language: str) -> str:
    return ""


def duration_text(value: Any, language: str) -> str:
    """{"days": 1, "hours": 2} → "1 día 2 h"; "" for no time at all."""
    value = value if isinstance(value, dict) else {}
    days, hours, minutes = (int(value.get(key) or 0) for key in ("days", "hours", "minutes"))
    return _time(days * 1440 + hours * 60 + minutes, language)


def _time(minutes: int, language: str) -> str:
    days, rest = divmod(int(minutes), 1440)
    parts = []
    if days:
        parts.append(
            _text("flow.step.one_day", language)
            if days == 1
            else _text("flow.step.days", language, count=days)
        )
    if rest // 60:
        parts.append(_text("flow.step.hours", language, count=rest // 60))
    if rest % 60:
        parts.append(_text("flow.step.minutes", language, count=rest % 60))
    return " ".join(parts)


def _days(days: Any, language: str) -> str:
    return _time(int(days or 0) * 1440, language)


def _events(event_filter: Any, language: str) -> str:
    types = (event_filter or {}).get("types") if isinstance(event_filter, dict) else None
    names = [_text(f"flow.step.event.{kind}", language) or str(kind) for kind in types or []]
    return " / ".join(names) or _text("flow.step.any_activity", language)


def _quoted(params: dict[str, Any], language: str, part: str) -> str:
    message = params.get("message")
    if not isinstance(message, dict) or not message:
        return ""
    texts = message.get(language) or next(iter(message.values()))
    text = str((texts or {}).get(part) or (texts or {}).get("body") or "").strip()
    text = _STATEMENT.sub("", text.split("\n")[0])
    text = _PLACEHOLDER.sub(lambda found: f"‹{_variable(found.group(1), language)}›", text)
    text = " ".join(text.split())
    if len(text) > _LONGEST_QUOTE:
        text = text[: _LONGEST_QUOTE - 1].rstrip() + "…"
    return _text("flow.step.quoted", language, text=text) if text else ""


def _variable(name: str, language: str) -> str:
    return _text(f"flow.step.variable.{name}", language) or name.replace("_", " ")


def _date_offset(days_before: int, field: str, language: str) -> str:
    date = _text(f"flow.step.date.{field}", language) or field
    if days_before > 0:
        return _text(
            "flow.step.before_date", language, time=_days(days_before, language), date=date
        )
    if days_before < 0:
        return _text(
            "flow.step.after_date", language, time=_days(-days_before, language), date=date
        )
    return _text("flow.step.on_date", language, date=date)


def _rule(rule: dict[str, Any], language: str) -> str:
    field, op, value = str(rule.get("field") or ""), rule.get("op"), rule.get("value")
    if op in ("has", "lacks"):
        return _text(f"flow.step.{op}_tag", language, tag=value)
    name = (
        _events(rule.get("filter"), language).lower()
        if field == "events"
        else _text(f"flow.step.field.{field}", language) or field.removeprefix("contact.")
    )
    if op == "is_false":
        return _text("flow.step.not", language, text=name)
    granted = field.startswith("consent.") and value == "granted"
    if op == "is_true" or granted or (field == "events" and op == "ge" and value == 1):
        return name
    if field == "phase":
        value = _text(f"phase.{value}", language) or value
    sign = {"eq": "=", "ne": "≠", "ge": "≥", "gt": ">", "le": "≤", "lt": "<"}.get(str(op), op)
    return f"{name} {sign} {value}"


def _rules(params: dict[str, Any], language: str) -> str:
    rules = [rule for rule in params.get("rules") or [] if isinstance(rule, dict)]
    if not rules:
        return ""
    joiner = _text("flow.step.or" if params.get("match") == "any" else "flow.step.and", language)
    text = joiner.join(_rule(rule, language) for rule in rules[:2])
    return _text("flow.step.question", language, text=text + ("…" if len(rules) > 2 else ""))


def _wait(params: dict[str, Any], language: str) -> str:
    if params.get("days_by_kind"):
        return _text("flow.step.by_product_type", language)
    return duration_text(params.get("duration"), language)


def _inactivity(params: dict[str, Any], language: str) -> str:
    code = (
        "flow.step.without_ordering"
        if params.get("of") == "order"
        else "flow.step.without_activity"
    )
    return _text(code, language, time=_days(params.get("days"), language))


def _split(params: dict[str, Any], _language: str) -> str:
    return " · ".join(
        f"{branch.get('port')} {branch.get('percent')} %"
        for branch in params.get("branches") or []
        if isinstance(branch, dict)
    )


def _points(params: dict[str, Any], language: str) -> str:
    return _text("flow.step.points", language, points=f"{int(params.get('points') or 0):+d}")


def _order_placed(params: dict[str, Any], language: str) -> str:
    count = int(params.get("min_orders") or 1)
    return _text("flow.step.nth_order", language, count=count) if count > 1 else ""


_DETAILS: dict[str, Callable[[dict[str, Any], str], str]] = {
    "trigger.event": lambda p, lang: _events(p.get("filter"), lang),
    "trigger.cart_abandoned": lambda p, lang: _text(
        "flow.step.without_order", lang, time=_time(int(p.get("minutes") or 0), lang)
    ),
    "trigger.order_placed": _order_placed,
    "trigger.date_anniversary": lambda p, lang: _date_offset(
        int(p.get("days_before") or 0), str(p.get("field")), lang
    ),
    "trigger.inactivity": _inactivity,
    "trigger.replenishment_due": lambda p, lang: _text(
        "flow.step.before_running_out", lang, time=_days(p.get("lead_days"), lang)
    ),
    "logic.wait": _wait,
    "logic.wait_until_date": lambda p, lang: _date_offset(
        -int(p.get("days_offset") or 0), str(p.get("field")), lang
    ),
    "logic.wait_for_event": lambda p, lang: _text(
        "flow.step.up_to",
        lang,
        time=duration_text(p.get("timeout"), lang),
        events=_events(p.get("filter"), lang),
    ),  # fmt: skip
    "logic.condition": _rules,
    "logic.random_split": _split,
    "logic.holdout": lambda p, lang: _text(
        "flow.step.holdout", lang, percent=int(p.get("percent") or 0)
    ),
    "logic.goal": lambda p, lang: _events(p.get("filter"), lang),
    "action.send_email": lambda p, lang: _quoted(p, lang, "subject"),
    "action.send_sms": lambda p, lang: _quoted(p, lang, "body"),
    "action.notify_owner": lambda p, lang: _quoted(p, lang, "body"),
    "action.add_tag": lambda p, lang: str(p.get("tag") or ""),
    "action.remove_tag": lambda p, lang: str(p.get("tag") or ""),
    "action.change_score": _points,
    "action.set_phase": lambda p, lang: _text(f"phase.{p.get('phase')}", lang),
    "action.assign_coupon": lambda p, lang: str(p.get("pattern") or p.get("list") or ""),
}
