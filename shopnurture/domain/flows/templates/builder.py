"""A compact way to write the built-in templates: add nodes in reading order, then link them
(the automatic layout places them); message helpers add the footers every message needs
(unsubscribe link, SMS opt-out)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from shopnurture.domain.flows.layout import layered_layout
from shopnurture.domain.flows.model import FlowGraph, Node, Reentry

EMAIL_FOOTER = {
    "es": "\n\n—\n{{ shop_name }}\nSi prefieres no recibir más correos como este, date de baja "
    "aquí: {{ unsubscribe_url }}",
    "en": "\n\n—\n{{ shop_name }}\nIf you would rather not get emails like this one, "
    "unsubscribe here: {{ unsubscribe_url }}",
}
SMS_FOOTER = {"es": " Responde BAJA para no recibir SMS.", "en": " Reply STOP to opt out."}


def email(es: tuple[str, str], en: tuple[str, str]) -> dict[str, Any]:
    """(subject, body) in Spanish and English; the unsubscribe footer is added."""
    return {
        "es": {"subject": es[0], "body": es[1] + EMAIL_FOOTER["es"]},
        "en": {"subject": en[0], "body": en[1] + EMAIL_FOOTER["en"]},
    }


def sms(es: str, en: str) -> dict[str, Any]:
    return {"es": {"body": es + SMS_FOOTER["es"]}, "en": {"body": en + SMS_FOOTER["en"]}}


def note(es: str, en: str) -> dict[str, Any]:
    """A desktop notification for the owner (shown in the shop's language)."""
    return {
        "es": {"subject": "shopnurture", "body": es},
        "en": {"subject": "shopnurture", "body": en},
    }


def ordered_rule(days: int | None = None, **event_filter: Any) -> dict[str, Any]:
    """ "At least one event matching the filter since entering (or in the last `days`)"."""
    rule: dict[str, Any] = {"field": "events", "op": "ge", "value": 1, "filter": event_filter}
    if days:
        rule["days"] = days
    return rule


class Builder:
    def __init__(
        self,
        template: str,
        *,
        priority: int,
        perishable: bool = False,
        reentry: Reentry | None = None,
    ) -> None:
        self.flow = FlowGraph(
            name="",
            template=template,
            priority=priority,
            perishable=perishable,
            reentry=reentry or Reentry(),
        )

    def add(self, node_id: str, kind: str, **params: Any) -> str:
        self.flow.add_node(Node(node_id, kind, params))
        return node_id

    def link(self, source: str, target: str, port: str = "next") -> None:
        self.flow.connect(source, port, target)

    def chain(self, *node_ids: str) -> None:
        for source, target in zip(node_ids, node_ids[1:], strict=False):
            self.link(source, target)


@dataclass(frozen=True)
class TemplateInfo:
    """A built-in automation. Its name and description are message codes
    (`flow.template.<key>.name` / `.description`); `build()` returns a fresh flow."""

    key: str
    number: int  # DOMAIN.md's numbering
    make: Callable[[], FlowGraph]

    def build(self) -> FlowGraph:
        """A fresh flow, its diagram laid out top to bottom (every link reads downwards)."""
        flow = self.make()
        for node_id, position in layered_layout(flow).items():
            flow.move_node(node_id, position)
        return flow

    @property
    def name_code(self) -> str:
        return f"flow.template.{self.key}.name"

    @property
    def description_code(self) -> str:
        return f"flow.template.{self.key}.description"
