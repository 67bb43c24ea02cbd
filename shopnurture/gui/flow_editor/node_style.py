"""How a node looks: its palette group (triggers, waits & conditions, actions), colours that
read on light and dark palettes, and its icon (an SVG tinted to the group's colour)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from shopnurture.domain.flows.catalogue import NODE_KINDS
from shopnurture.resources import resources_dir

GROUPS = ("trigger", "logic", "action")
KIND_ICONS = {
    "trigger.event": "activity",
    "trigger.cart_abandoned": "cart",
    "trigger.order_placed": "bag",
    "trigger.date_anniversary": "cake",
    "trigger.inactivity": "moon",
    "trigger.replenishment_due": "refresh",
    "trigger.segment_entered": "users",
    "trigger.recurring_date": "calendar-repeat",
    "trigger.manual": "hand",
    "logic.wait": "clock",
    "logic.wait_until": "calendar-clock",
    "logic.wait_until_date": "calendar",
    "logic.wait_for_event": "hourglass",
    "logic.condition": "condition",
    "logic.random_split": "split",
    "logic.holdout": "shield",
    "logic.goal": "flag",
    "logic.exit": "exit",
    "action.send_email": "mail",
    "action.send_sms": "sms",
    "action.add_tag": "tag",
    "action.remove_tag": "tag-off",
    "action.change_score": "star",
    "action.set_phase": "stairs",
    "action.assign_coupon": "ticket",
    "action.notify_owner": "bell",
}
# Hues chosen to stay apart for the common colour-vision deficiencies (green/orange/blue).
_ACCENTS = {"trigger": "#1f8a70", "logic": "#c06a00", "action": "#2f62c4", "exit": "#6b7280"}
PORT_COLOURS = {"yes": "#2e8b57", "no": "#c0392b", "timeout": "#7a7f87", "branch": "#6d4fc2"}


@dataclass(frozen=True)
class NodeColours:
    accent: QColor
    fill: QColor
    text: QColor
    muted: QColor


def group_of(kind: str) -> str:
    spec = NODE_KINDS.get(kind)
    return spec.category if spec is not None else "logic"


def node_colours(kind: str, dark: bool) -> NodeColours:
    key = "exit" if kind == "logic.exit" else group_of(kind)
    return _colours(key, dark)


@lru_cache(maxsize=16)
def _colours(key: str, dark: bool) -> NodeColours:
    accent = QColor(_ACCENTS[key])
    if dark:
        accent = accent.lighter(150)
        base, text, muted = QColor("#24272c"), QColor("#eef0f3"), QColor("#b7bcc4")
        strength = 0.22
    else:
        base, text, muted = QColor("#ffffff"), QColor("#1d2125"), QColor("#4f5661")
        strength = 0.10
    fill = QColor(
        round(base.red() + (accent.red() - base.red()) * strength),
        round(base.green() + (accent.green() - base.green()) * strength),
        round(base.blue() + (accent.blue() - base.blue()) * strength),
    )
    return NodeColours(accent, fill, text, muted)


@lru_cache(maxsize=128)
def icon_renderer(kind: str, colour: str) -> QSvgRenderer:
    """The kind's icon drawn in `colour` (a "#rrggbb" name); vector, so exports stay sharp."""
    name = KIND_ICONS.get(kind, "condition")
    source = (resources_dir() / "icons" / "flow" / f"{name}.svg").read_text(encoding="utf-8")
    return QSvgRenderer(QByteArray(source.replace("currentColor", colour).encode("utf-8")))


def kind_icon(kind: str, dark: bool, size: int = 24) -> QIcon:
    """The icon for the palette (tinted like the node)."""
    colour = node_colours(kind, dark).accent.name()
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    icon_renderer(kind, colour).render(painter)
    painter.end()
    pixmap.setDevicePixelRatio(2.0)
    return QIcon(pixmap)
