"""Which field edits which node parameter: chosen by the catalogue's ParamSpec type, with a
few friendlier fields for particular parameters (money, an amount with its unit, a date)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QWidget

from shopnurture.domain.flows.catalogue import NodeKind, ParamSpec
from shopnurture.gui.flow_editor.panels.condition_builder import ConditionBuilder
from shopnurture.gui.flow_editor.panels.editors import (
    AmountUnitEditor,
    BoolEditor,
    ChoiceEditor,
    MoneyEditor,
    NumberEditor,
    ParamEditor,
    SegmentEditor,
    TextEditor,
    TimeEditor,
    WeekdaysEditor,
)
from shopnurture.gui.flow_editor.panels.event_filter_editor import EventFilterEditor
from shopnurture.gui.flow_editor.panels.list_editors import BranchesEditor, KindDaysEditor
from shopnurture.gui.flow_editor.panels.message_editor import MessageEditor
from shopnurture.gui.flow_editor.panels.param_labels import (
    choice_label,
    param_label,
    weekday_name,
)

# Every ParamSpec type of the catalogue has a field here (a test checks it).
MESSAGE_TYPES = ("email_message", "sms_message", "note_message")
HANDLED_TYPES = frozenset(
    {"int", "text", "bool", "choice", "time", "duration", "weekdays", "event_filter", "rules",
     "branches", "kind_days", "segment", *MESSAGE_TYPES}
)  # fmt: skip


def _tr(text: str) -> str:
    return QCoreApplication.translate("ParamEditors", text)


_WORDS = {
    "days": QT_TRANSLATE_NOOP("ParamEditors", "days"),
    "points": QT_TRANSLATE_NOOP("ParamEditors", "points"),
    "times": QT_TRANSLATE_NOOP("ParamEditors", "times"),
    "orders": QT_TRANSLATE_NOOP("ParamEditors", "orders"),
    "date": QT_TRANSLATE_NOOP("ParamEditors", "Date"),
}


class DayMonthEditor(ParamEditor):
    """A day of the year (the yearly recurrence's month and day) on a date picker."""

    covers = ("month", "day")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit()
        self.edit.setDisplayFormat("d MMMM")
        self.edit.setCalendarPopup(True)
        self.row.addWidget(self.edit)
        self.row.addStretch(1)
        self.edit.editingFinished.connect(self.sig_committed.emit)
        self.edit.dateChanged.connect(lambda _date: self.sig_edited.emit())
        self.setFocusProxy(self.edit)

    def set_value(self, value: Any) -> None:
        month, day = int(value.get("month") or 1), int(value.get("day") or 1)
        self.edit.setDate(QDate(2024, month, min(day, QDate(2024, month, 1).daysInMonth())))

    def parsed(self) -> tuple[Any, str | None]:
        date = self.edit.date()
        return {"month": date.month(), "day": date.day()}, None


@dataclass
class FieldRow:
    """One row of the properties form: a key, the label, the field, the parameters it sets."""

    key: str
    label: str
    editor: ParamEditor
    covers: tuple[str, ...]


_SUFFIXES = {
    "days": "days", "days_before": "days", "days_offset": "days", "lead_days": "days",
    "valid_days": "days", "percent": "%", "points": "points", "min_count": "times",
    "min_orders": "orders",
}  # fmt: skip


def _suffix(name: str) -> str:
    suffix = _SUFFIXES.get(name, "")
    return _tr(_WORDS[suffix]) if suffix in _WORDS else suffix


def _int_editor(kind: NodeKind, spec: ParamSpec) -> ParamEditor:
    if kind.key == "trigger.cart_abandoned" and spec.name == "minutes":
        return AmountUnitEditor(("minutes", "hours", "days"), base="minutes")
    if spec.name == "window_hours":
        return AmountUnitEditor(("hours", "days"), base="hours")
    if spec.name == "min_value_cents":
        return MoneyEditor()
    if kind.key == "trigger.recurring_date" and spec.name == "weekday":
        return ChoiceEditor([(day, weekday_name(day)) for day in range(7)])
    return NumberEditor(_suffix(spec.name), optional=spec.optional)


def make_rows(kind: NodeKind) -> list[FieldRow]:
    """The rows of the form for a node of `kind`, in the catalogue's order."""
    rows: list[FieldRow] = []
    for spec in kind.params:
        key, covers, label = spec.name, (spec.name,), param_label(spec.name)
        editor: ParamEditor
        if spec.type == "int":
            if kind.key == "trigger.recurring_date" and spec.name == "month":
                editor, key, covers, label = (
                    DayMonthEditor(),
                    "date",
                    DayMonthEditor.covers,
                    _tr("Date"),
                )
            else:
                editor = _int_editor(kind, spec)
        elif spec.type == "text":
            editor = TextEditor([] if spec.name in ("tag", "list") else None)
        elif spec.type == "bool":
            editor = BoolEditor(label)
            label = ""
        elif spec.type == "choice":
            editor = ChoiceEditor([(v, choice_label(spec.name, v)) for v in spec.choices])
        elif spec.type == "time":
            editor = TimeEditor()
        elif spec.type == "duration":
            editor = AmountUnitEditor(as_duration=True)
        elif spec.type == "weekdays":
            editor = WeekdaysEditor()
        elif spec.type == "event_filter":
            editor = EventFilterEditor()
        elif spec.type == "rules":
            editor = ConditionBuilder()
        elif spec.type == "branches":
            editor = BranchesEditor()
        elif spec.type == "segment":
            editor = SegmentEditor()
        elif spec.type == "kind_days":
            editor = KindDaysEditor()
        elif spec.type in MESSAGE_TYPES:
            editor = MessageEditor(kind.sends or "email")
        else:  # a type this editor does not know yet: plain text keeps it editable
            editor = TextEditor()
        rows.append(FieldRow(key, label, editor, covers))
    return rows


def hidden_rows(kind: str, params: dict[str, Any]) -> set[str] | None:
    """Row keys hidden for the node's current choices (None: all shown)."""
    if kind == "trigger.recurring_date":
        every = params.get("every", "yearly")
        hidden = {"yearly": {"day", "weekday"}, "monthly": {"date", "weekday"}}.get(
            every, {"date", "day"}
        )
        return hidden
    if kind == "action.assign_coupon":
        return {"list"} if params.get("source") != "list" else {"pattern"}
    return None
