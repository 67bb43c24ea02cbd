"""The node catalogue: every kind of node, its parameters (with defaults) and output ports.
Labels are message codes (`flow.kind.<key>`, `flow.port.<name>`), shown in the owner's language."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from shopnurture.domain.vocabulary import EventType, Phase, ProductKind


@dataclass(frozen=True)
class Port:
    """A named output of a node; `type` is next, yes, no, timeout or branch."""

    name: str
    type: str

    @property
    def label_code(self) -> str:
        return f"flow.port.{self.name}" if self.type != "branch" else "flow.port.branch"


@dataclass(frozen=True)
class ParamSpec:
    """One parameter; `type` tells the editor which field to draw: int, text, bool, choice,
    time ("HH:MM"), duration ({"days", "hours", "minutes"}), weekdays, event_filter, rules,
    branches, kind_days, email_message, sms_message, note_message, segment (a saved
    segment's id: a picker of the saved segments)."""

    name: str
    type: str
    default: Any
    choices: tuple[Any, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    optional: bool = False


NEXT = (Port("next", "next"),)


@dataclass(frozen=True)
class NodeKind:
    key: str
    category: str  # trigger, logic or action
    params: tuple[ParamSpec, ...] = ()
    ports: tuple[Port, ...] = NEXT
    dynamic_ports: Callable[[dict[str, Any]], tuple[Port, ...]] | None = None
    is_wait: bool = False
    sends: str | None = None  # the channel of a message node: email, sms or owner

    @property
    def label_code(self) -> str:
        return f"flow.kind.{self.key}"

    @property
    def is_entry(self) -> bool:
        """Entry points need no incoming link: triggers, and goals (reached by a jump)."""
        return self.category == "trigger" or self.key == "logic.goal"

    def output_ports(self, params: dict[str, Any]) -> tuple[Port, ...]:
        return self.dynamic_ports(params) if self.dynamic_ports is not None else self.ports

    def default_params(self) -> dict[str, Any]:
        return {spec.name: copy.deepcopy(spec.default) for spec in self.params}


def _branch_ports(params: dict[str, Any]) -> tuple[Port, ...]:
    branches = params.get("branches") or []
    return tuple(
        Port(str(branch.get("port")), "branch")
        for branch in branches
        if isinstance(branch, dict) and branch.get("port")
    )


EVENT_TYPES = tuple(event.value for event in EventType)
PHASES = tuple(phase.value for phase in Phase)
PRODUCT_KINDS = tuple(kind.value for kind in ProductKind)
DATE_FIELDS = ("birthday", "signup")


def _p(name: str, type_: str, default: Any, **extra: Any) -> ParamSpec:
    return ParamSpec(name, type_, default, **extra)


_KINDS: tuple[NodeKind, ...] = (
    # Triggers ---------------------------------------------------------------------------
    NodeKind(
        "trigger.event",
        "trigger",
        (
            _p("filter", "event_filter", {"types": ["page_view"]}),
            _p("min_count", "int", 1, minimum=1, maximum=100),
            _p("window_hours", "int", 24, minimum=1, maximum=24 * 365),
            _p("same_product", "bool", False),
        ),
    ),
    NodeKind(
        "trigger.cart_abandoned",
        "trigger",
        (
            _p("minutes", "int", 60, minimum=5, maximum=7 * 24 * 60),
            _p("min_value_cents", "int", 0, minimum=0),
        ),
    ),
    NodeKind(
        "trigger.order_placed",
        "trigger",
        (
            _p("min_value_cents", "int", 0, minimum=0),
            _p("min_orders", "int", 1, minimum=1, maximum=1000),
        ),
    ),
    NodeKind(
        "trigger.date_anniversary",
        "trigger",
        (
            _p("field", "choice", "birthday", choices=DATE_FIELDS),
            _p("days_before", "int", 7, minimum=-60, maximum=60),
            _p("time", "time", "10:00"),
        ),
    ),
    NodeKind(
        "trigger.inactivity",
        "trigger",
        (
            _p("of", "choice", "order", choices=("order", "activity")),
            _p("days", "int", 90, minimum=1, maximum=3650),
        ),
    ),
    NodeKind(
        "trigger.replenishment_due",
        "trigger",
        (
            _p("lead_days", "int", 3, minimum=0, maximum=60),
            _p("subtract_shipping", "bool", True),
        ),
    ),
    NodeKind(
        "trigger.segment_entered",
        "trigger",
        (
            _p("phase", "choice", "", choices=("", *PHASES)),
            _p("tag", "text", ""),
            _p("min_score", "int", None, optional=True, minimum=0),
            # A saved segment's id: when set, entering that segment is the trigger and the
            # phase, tag and score above are not used.
            _p("segment", "segment", None, optional=True),
        ),
    ),
    NodeKind(
        "trigger.recurring_date",
        "trigger",
        (
            _p("every", "choice", "yearly", choices=("yearly", "monthly", "weekly")),
            _p("month", "int", 12, minimum=1, maximum=12),
            _p("day", "int", 1, minimum=1, maximum=31),
            _p("weekday", "int", 0, minimum=0, maximum=6),
            _p("time", "time", "10:00"),
            _p("audience", "rules", []),
        ),
    ),
    NodeKind("trigger.manual", "trigger"),
    # Logic ------------------------------------------------------------------------------
    NodeKind(
        "logic.wait",
        "logic",
        (
            _p("duration", "duration", {"days": 0, "hours": 1, "minutes": 0}),
            _p("days_by_kind", "kind_days", {}),
        ),
        is_wait=True,
    ),
    NodeKind(
        "logic.wait_until",
        "logic",
        (_p("weekdays", "weekdays", [0, 1, 2, 3, 4]), _p("time", "time", "10:00")),
        is_wait=True,
    ),
    NodeKind(
        "logic.wait_until_date",
        "logic",
        (
            _p("field", "choice", "birthday", choices=(*DATE_FIELDS, "coupon_expiry")),
            _p("days_offset", "int", 0, minimum=-365, maximum=365),
            _p("time", "time", "10:00"),
        ),
        is_wait=True,
    ),
    NodeKind(
        "logic.wait_for_event",
        "logic",
        (
            _p("filter", "event_filter", {"types": ["order"]}),
            _p("timeout", "duration", {"days": 4, "hours": 0, "minutes": 0}),
        ),
        ports=(Port("yes", "yes"), Port("timeout", "timeout")),
        is_wait=True,
    ),
    NodeKind(
        "logic.condition",
        "logic",
        (_p("match", "choice", "all", choices=("all", "any")), _p("rules", "rules", [])),
        ports=(Port("yes", "yes"), Port("no", "no")),
    ),
    NodeKind(
        "logic.random_split",
        "logic",
        (_p("branches", "branches", [{"port": "A", "percent": 50}, {"port": "B", "percent": 50}]),),
        dynamic_ports=_branch_ports,
    ),
    NodeKind("logic.holdout", "logic", (_p("percent", "int", 10, minimum=1, maximum=90),)),
    NodeKind("logic.goal", "logic", (_p("filter", "event_filter", {"types": ["order"]}),)),
    NodeKind("logic.exit", "logic", (_p("reason", "text", "completed"),), ports=()),
    # Actions ----------------------------------------------------------------------------
    NodeKind(
        "action.send_email",
        "action",
        (_p("template", "text", "email"), _p("message", "email_message", {})),
        sends="email",
    ),
    NodeKind(
        "action.send_sms",
        "action",
        (_p("template", "text", "sms"), _p("message", "sms_message", {})),
        sends="sms",
    ),
    NodeKind("action.add_tag", "action", (_p("tag", "text", ""),)),
    NodeKind("action.remove_tag", "action", (_p("tag", "text", ""),)),
    NodeKind(
        "action.change_score",
        "action",
        (_p("points", "int", 5, minimum=-1000, maximum=1000),),
    ),
    NodeKind(
        "action.set_phase", "action", (_p("phase", "choice", "consideration", choices=PHASES),)
    ),
    NodeKind(
        "action.assign_coupon",
        "action",
        (
            _p("source", "choice", "pattern", choices=("pattern", "list")),
            _p("list", "text", ""),
            _p("pattern", "text", "DESC-{code}"),
            _p("valid_days", "int", 14, minimum=1, maximum=365),
        ),
    ),
    NodeKind(
        "action.notify_owner",
        "action",
        (_p("template", "text", "note"), _p("message", "note_message", {})),
        sends="owner",
    ),
)

NODE_KINDS: dict[str, NodeKind] = {kind.key: kind for kind in _KINDS}
