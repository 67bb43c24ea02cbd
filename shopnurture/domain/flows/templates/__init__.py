"""The eleven built-in automations of DOMAIN.md, each a ready-to-activate flow."""

from __future__ import annotations

from shopnurture.domain.flows.model import FlowGraph
from shopnurture.domain.flows.templates.after_order import (
    cross_sell,
    product_review,
    referral,
    replenishment,
)
from shopnurture.domain.flows.templates.builder import TemplateInfo
from shopnurture.domain.flows.templates.lifecycle import birthday, offer, win_back
from shopnurture.domain.flows.templates.nurture import nurture_by_phase
from shopnurture.domain.flows.templates.recovery import browse_abandonment, cart_abandonment, upsell
from shopnurture.errors import UserError
from shopnurture.messages import render_message

TEMPLATES: dict[str, TemplateInfo] = {
    info.key: info
    for info in (
        TemplateInfo("browse_abandonment", 1, browse_abandonment),
        TemplateInfo("cart_abandonment", 2, cart_abandonment),
        TemplateInfo("upsell", 3, upsell),
        TemplateInfo("cross_sell", 4, cross_sell),
        TemplateInfo("offer", 5, offer),
        TemplateInfo("product_review", 6, product_review),
        TemplateInfo("replenishment", 7, replenishment),
        TemplateInfo("birthday", 8, birthday),
        TemplateInfo("referral", 9, referral),
        TemplateInfo("win_back", 10, win_back),
        TemplateInfo("nurture_by_phase", 11, nurture_by_phase),
    )
}


def build_template(key: str, language: str = "es") -> FlowGraph:
    """A new flow from the template `key`, named and described in `language`."""
    info = TEMPLATES.get(key)
    if info is None:
        raise UserError("flow.unknown_template", template=key, known=", ".join(TEMPLATES))
    flow = info.build()
    flow.name = render_message(info.name_code, language)
    flow.description = render_message(info.description_code, language)
    return flow


__all__ = ["TEMPLATES", "TemplateInfo", "build_template"]
