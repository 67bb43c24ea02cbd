"""A flow step as the owner reads it, without Qt: the label they gave it, else the kind's name
and what it does ("Esperar 1 día", "Enviar correo: «Tu carrito sigue guardado»"); and the
one-line summary of its settings that the canvas shows under the kind ("1 h sin pedido")."""

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
_SIGNS = {"eq": "=", "ne": "≠", "ge": "≥", "gt": ">", "le": "≤", "lt": "<"}
# What a summary says when the settings say nothing yet (or the kind has no settings).
_WHEN_EMPTY = {
    "trigger.order_placed": "flow.step.any_order",
    "trigger.segment_entered": "flow.step.anyone",
    "trigger.manual": "flow.step.by_hand",
    "logic.wait": "flow.step.no_time",
    "logic.condition": "flow.step.no_rules",
    "logic.exit": "flow.step.leaves",
    "action.send_email": "flow.step.no_text",
    "action.send_sms": "flow.step.no_text",
    "action.notify_owner": "flow.step.no_text",
    "action.add_tag": "flow.step.no_tag",
    "action.remove_tag": "flow.step.no_tag",
}
# Kinds whose summary is the owner's own word (a tag, a branch name): never capitalised.
_VERBATIM = {"action.add_tag", "action.remove_tag", "logic.random_split"}


def describe_node(node: Node, language: str) -> str:
    """The owner's label, or the kind's name with a short summary of its settings."""
    if node.label.strip():
        return node.label.strip()
    kind = _text(f"flow.kind.{node.kind}", language) or node.kind
    detail = _detail(node, language)
    if not detail:
        return kind
    return f"{kind} {detail}" if node.kind in _RUN_ON else f"{kind}: {detail}"


def summarize_node(node: Node, language: str) -> str:
    """The node's settings in a few words, standing on their own line ("1 h sin pedido",
    "¿Hay stock?", "Sale del flujo"); "" for an unknown kind or odd settings."""
    summary = _detail(node, language)
    if summary and node.kind in _VERBATIM:
        return summary
    if not summary and node.kind in _WHEN_EMPTY:
        summary = _text(_WHEN_EMPTY[node.kind], language)
    return _sentence_case(summary)


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


def duration_text(value: Any, language: str) -> str:
    """{"days": 1, "hours": 2} → "1 día 2 h"; "" for no time at all."""
    value = value if isinstance(value, dict) else {}
    days, hours, minutes = (int(value.get(key) or 0) for key in ("days", "hours", "minutes"))
    return _time(days * 1440 + hours * 60 + minutes, language)


def _detail(node: Node, language: str) -> str:
    try:
        return _DETAILS.get(node.kind, _nothing)(node.params or {}, language)
    except (TypeError, ValueError, AttributeError, KeyError):
        return ""  # odd settings: the kind's name still says what the step is


def _sentence_case(text: str) -> str:
    """A capital on the first letter, after a leading "¿" or "¡" too; quotes stay as they are."""
    start = 1 if text[:1] in ("¿", "¡") else 0
    return text[:start] + text[start : start + 1].upper() + text[start + 1 :]


def _text(code: str, language: str, **params: Any) -> str:
    return render_message(code, language, **params) if code in MESSAGES else ""


def _nothing(_params: dict[str, Any], _language: str) -> str:
    return ""


def _time(minutes: int, language: str) -> str:
    days, rest = divmod(int(minutes), 1440)
    parts = []
    if days:
        parts.append(_text("flow.step.days", language, count=days))
    if rest // 60:
        parts.append(_text("flow.step.hours", language, count=rest // 60))
    if rest % 60:
        parts.append(_text("flow.step.minutes", language, count=rest % 60))
    return " ".join(parts)


def _days(days: Any, language: str) -> str:
    return _time(int(days or 0) * 1440, language)


def _events(event_filter: Any, language: str) -> str:
    """ "Compró / Escribió una reseña ≤ 2★": a review's stars matter, it is not any review."""
    event_filter = event_filter if isinstance(event_filter, dict) else {}
    kinds = event_filter.get("types") or []
    names = [_text(f"flow.step.event.{kind}", language) or str(kind) for kind in kinds]
    text = " / ".join(names) or _text("flow.step.any_activity", language)
    for key, sign in (("min_rating", "≥"), ("max_rating", "≤")):
        if isinstance(event_filter.get(key), int | float):
            text += f" {sign} {event_filter[key]:g}★"
    return text


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


def _at_time(text: str, params: dict[str, Any]) -> str:
    return f"{text}, {params['time']}" if params.get("time") else text


def _weekdays(days: Any, language: str) -> str:
    chosen = sorted({day for day in days or [] if isinstance(day, int) and 0 <= day <= 6})
    names = [_text(f"flow.step.weekday.{day}", language) for day in range(7)]
    if chosen == list(range(5)):
        return f"{names[0]}–{names[4]}"
    if len(chosen) in (0, 7):
        return _text("flow.step.every_day", language)
    return ", ".join(names[day] for day in chosen)


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
    return f"{name} {_SIGNS.get(str(op), op)} {value}"


def _rules(params: dict[str, Any], language: str) -> str:
    rules = [rule for rule in params.get("rules") or [] if isinstance(rule, dict)]
    if not rules:
        return ""
    joiner = _text("flow.step.or" if params.get("match") == "any" else "flow.step.and", language)
    text = joiner.join(_rule(rule, language) for rule in rules[:2])
    return _text("flow.step.question", language, text=text + ("…" if len(rules) > 2 else ""))


def _trigger_event(params: dict[str, Any], language: str) -> str:
    times = int(params.get("min_count") or 1)
    return _events(params.get("filter"), language) + (f" ×{times}" if times > 1 else "")


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


def _segment(params: dict[str, Any], language: str) -> str:
    parts = []
    if params.get("phase"):
        parts.append(_text(f"phase.{params['phase']}", language) or str(params["phase"]))
    if params.get("tag"):
        parts.append(_text("flow.step.tag", language, tag=params["tag"]))
    if params.get("min_score") is not None:
        parts.append(_text("flow.step.min_score", language, score=params["min_score"]))
    return " · ".join(parts)


def _recurring(params: dict[str, Any], language: str) -> str:
    every = params.get("every")
    if every == "weekly":
        when = _weekdays([params.get("weekday", 0)], language)
    elif every == "monthly":
        when = _text("flow.step.every_month", language, day=params.get("day"))
    else:
        when = _text(
            "flow.step.every_year", language, day=params.get("day"), month=params.get("month")
        )
    return _at_time(when, params)


def _split(params: dict[str, Any], language: str) -> str:
    return " · ".join(
        _text("flow.step.branch", language, port=branch.get("port"), percent=branch.get("percent"))
        for branch in params.get("branches") or []
        if isinstance(branch, dict)
    )


def _coupon(params: dict[str, Any], language: str) -> str:
    if params.get("source") == "list":
        source = _text("flow.step.from_list", language, list=params.get("list") or "?")
    else:
        source = str(params.get("pattern") or "")
    valid = _days(params.get("valid_days"), language)
    return " · ".join(part for part in (source, valid) if part)


def _points(params: dict[str, Any], language: str) -> str:
    return _text("flow.step.points", language, points=f"{int(params.get('points') or 0):+d}")


def _order_placed(params: dict[str, Any], language: str) -> str:
    count = int(params.get("min_orders") or 1)
    return _text("flow.step.nth_order", language, count=count) if count > 1 else ""


_DETAILS: dict[str, Callable[[dict[str, Any], str], str]] = {
    "trigger.event": _trigger_event,
    "trigger.cart_abandoned": lambda p, lang: _text(
        "flow.step.without_order", lang, time=_time(int(p.get("minutes") or 0), lang)
    ),
    "trigger.order_placed": _order_placed,
    "trigger.date_anniversary": lambda p, lang: _at_time(
        _date_offset(int(p.get("days_before") or 0), str(p.get("field")), lang), p
    ),
    "trigger.inactivity": _inactivity,
    "trigger.replenishment_due": lambda p, lang: _text(
        "flow.step.before_running_out", lang, time=_days(p.get("lead_days"), lang)
    ),
    "trigger.segment_entered": _segment,
    "trigger.recurring_date": _recurring,
    "logic.wait": _wait,
    "logic.wait_until": lambda p, lang: _at_time(_weekdays(p.get("weekdays"), lang), p),
    "logic.wait_until_date": lambda p, lang: _at_time(
        _date_offset(-int(p.get("days_offset") or 0), str(p.get("field")), lang), p
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
    "logic.goal": lambda p, lang: _text(
        "flow.step.any_moment", lang, events=_events(p.get("filter"), lang)
    ),
    "action.send_email": lambda p, lang: _quoted(p, lang, "subject"),
    "action.send_sms": lambda p, lang: _quoted(p, lang, "body"),
    "action.notify_owner": lambda p, lang: _quoted(p, lang, "body"),
    "action.add_tag": lambda p, lang: str(p.get("tag") or ""),
    "action.remove_tag": lambda p, lang: str(p.get("tag") or ""),
    "action.change_score": _points,
    "action.set_phase": lambda p, lang: _text(f"phase.{p.get('phase')}", lang),
    "action.assign_coupon": _coupon,
}
