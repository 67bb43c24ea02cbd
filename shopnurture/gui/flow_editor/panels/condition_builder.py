"""The condition builder: rows of "field · comparison · value" (activity counts get a kind of
activity and a period). Rules follow domain/flows/conditions.py and are checked with it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopnurture.domain.flows.catalogue import EVENT_TYPES, PHASES
from shopnurture.domain.flows.conditions import OPERATORS, field_type, rule_problem
from shopnurture.gui.flow_editor.panels.editors import NOT_A_NUMBER, ParamEditor
from shopnurture.gui.flow_editor.panels.param_labels import (
    condition_fields,
    field_label,
    operator_label,
)
from shopnurture.gui.labels import consent_label, consent_states, event_type_label, phase_label

NO_VALUE = {"is_true", "is_false", "is_set", "is_empty"}


class RuleRow(QWidget):
    """One rule. Kept keys it does not show (e.g. a filter's product) survive edits."""

    def __init__(self, builder: ConditionBuilder) -> None:
        super().__init__()
        self.builder = builder
        self._original: dict[str, Any] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.field = QComboBox()
        self.field.setAccessibleName(self.tr("Field"))
        for field in condition_fields():
            self.field.addItem(field_label(field), field)
        self.operator = QComboBox()
        self.operator.setAccessibleName(self.tr("Comparison"))
        self.value = QComboBox()
        self.value.setEditable(True)
        self.value.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.value.setAccessibleName(self.tr("Value"))
        self.value.setMinimumContentsLength(6)
        self.activity = QComboBox()
        self.activity.setAccessibleName(self.tr("Kind of activity"))
        self.activity.addItem(self.tr("Any activity"), None)
        for event_type in EVENT_TYPES:
            self.activity.addItem(event_type_label(event_type), event_type)
        self.days = QLineEdit()
        self.days.setPlaceholderText(self.tr("days"))
        self.days.setToolTip(self.tr("In the last so many days (empty: since entering the flow)"))
        self.days.setAccessibleName(self.tr("In the last days"))
        self.days.setMaximumWidth(56)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove this condition"))
        for widget in (self.field, self.activity, self.operator, self.value, self.days):
            row.addWidget(widget, 1 if widget is self.value else 0)
        row.addWidget(self.remove)
        self.field.activated.connect(self._on_field_activated)
        self.operator.activated.connect(self._on_operator_activated)
        self.activity.activated.connect(lambda _index: builder.sig_committed.emit())
        self.value.activated.connect(lambda _index: builder.sig_committed.emit())
        for line in (self.value.lineEdit(), self.days):
            line.textEdited.connect(lambda _text: builder.sig_edited.emit())
            line.editingFinished.connect(builder.sig_committed.emit)
        self.remove.clicked.connect(lambda: builder.remove_row(self))

    def set_rule(self, rule: dict[str, Any]) -> None:
        self._original = dict(rule)
        field = str(rule.get("field") or "contact.country")
        index = self.field.findData(field)
        if index < 0:  # an unknown field stays visible, so the reason shown makes sense
            self.field.addItem(field, field)
            index = self.field.count() - 1
        self.field.setCurrentIndex(index)
        self._fill_operators(str(rule.get("op") or ""))
        self._fill_values()
        value = rule.get("value")
        if isinstance(value, list):
            value = ", ".join(map(str, value))
        shown = self.value.findData(value)
        if shown >= 0:
            self.value.setCurrentIndex(shown)
        else:
            self.value.setEditText("" if value is None else str(value))
        self._show_activity(list((rule.get("filter") or {}).get("types") or []))
        self.days.setText(str(rule.get("days") or ""))
        self._show_parts()

    def rule(self) -> tuple[dict[str, Any] | None, str | None]:
        rule = dict(self._original)
        field = str(self.field.currentData())
        rule["field"], rule["op"] = field, self.operator.currentData()
        kind = field_type(field)
        if rule["op"] in NO_VALUE:
            rule.pop("value", None)
        else:
            text = self.value.currentText().strip()
            index = self.value.findText(text)
            chosen = self.value.itemData(index) if index >= 0 else text
            if kind == "number":
                try:
                    number = float(str(chosen).replace(",", "."))
                except ValueError:
                    return None, NOT_A_NUMBER
                chosen = int(number) if number.is_integer() else number
            rule["value"] = chosen
        if field == "events":
            spec = dict(rule.get("filter") or {})
            activity = self.activity.currentData()
            spec["types"] = list(activity) if isinstance(activity, list) else (
                [activity] if activity else [])  # fmt: skip
            rule["filter"] = spec
            days = self.days.text().strip()
            if days:
                if not days.isdigit():
                    return None, NOT_A_NUMBER
                rule["days"] = int(days)
            else:
                rule.pop("days", None)
        else:
            rule.pop("filter", None)
            rule.pop("days", None)
        return rule, rule_problem(rule)

    def _show_activity(self, types: list[str]) -> None:
        """One kind picked in the list; several (from a template) shown as one choice."""
        while self.activity.count() > len(EVENT_TYPES) + 1:
            self.activity.removeItem(self.activity.count() - 1)
        if len(types) > 1:
            self.activity.addItem(" / ".join(event_type_label(t) for t in types), list(types))
            self.activity.setCurrentIndex(self.activity.count() - 1)
        else:
            self.activity.setCurrentIndex(
                max(self.activity.findData(types[0] if types else None), 0)
            )

    def _fill_operators(self, wanted: str) -> None:
        operators = OPERATORS[field_type(str(self.field.currentData()))]
        self.operator.clear()
        for operator in operators:
            self.operator.addItem(operator_label(operator), operator)
        self.operator.setCurrentIndex(max(self.operator.findData(wanted), 0))

    def _fill_values(self) -> None:
        field = str(self.field.currentData())
        text = self.value.currentText()
        self.value.clear()
        choices: list[tuple[str, str]] = []
        if field == "phase":
            choices = [(phase_label(p), p) for p in PHASES]
        elif field in ("consent.email", "consent.sms"):
            choices = [(consent_label(c), c) for c in consent_states()]
        elif field == "customer_type":
            choices = [
                (self.tr("Has not bought yet"), "prospect"),
                (self.tr("Bought once"), "first"),
                (self.tr("Bought more than once"), "returning"),
            ]
        elif field == "tags":
            choices = [(tag, tag) for tag in self.builder.tags]
        for label, value in choices:
            self.value.addItem(label, value)
        self.value.setEditText(text if not choices else self.value.currentText())

    def _show_parts(self) -> None:
        field = str(self.field.currentData())
        self.value.setVisible(self.operator.currentData() not in NO_VALUE)
        self.activity.setVisible(field == "events")
        self.days.setVisible(field == "events")

    def _on_field_activated(self, _index: int) -> None:
        field = str(self.field.currentData())
        self._fill_operators("ge" if field == "events" else str(self.operator.currentData() or ""))
        self._fill_values()
        if field_type(field) == "number":
            try:
                float(self.value.currentText().replace(",", "."))
            except ValueError:  # a number field starts from a value that makes sense
                self.value.setEditText("1" if field == "events" else "0")
        self._show_parts()
        self.builder.sig_committed.emit()

    def _on_operator_activated(self, _index: int) -> None:
        self._show_parts()
        self.builder.sig_committed.emit()


class ConditionBuilder(ParamEditor):
    """A list of rules; the node's "match" parameter says whether all or any must hold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tags: list[str] = []
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(4)
        column.addLayout(self.rows_layout)
        self.add_button = QPushButton(self.tr("Add a condition"))
        self.add_button.clicked.connect(self._on_add_clicked)
        column.addWidget(self.add_button)
        self.row.addLayout(column, 1)
        self.rule_rows: list[RuleRow] = []

    def set_tags(self, tags: list[str]) -> None:
        self.tags = list(tags)

    def set_value(self, value: Any) -> None:
        rules = [rule for rule in value or [] if isinstance(rule, dict)]
        while len(self.rule_rows) > len(rules):
            row = self.rule_rows.pop()
            row.deleteLater()
        while len(self.rule_rows) < len(rules):
            self._add_row()
        for row, rule in zip(self.rule_rows, rules, strict=True):
            row.set_rule(rule)

    def parsed(self) -> tuple[Any, str | None]:
        rules = []
        for row in self.rule_rows:
            rule, reason = row.rule()
            if reason is not None:
                return None, reason
            rules.append(rule)
        return rules, None

    def _add_row(self) -> RuleRow:
        row = RuleRow(self)
        self.rows_layout.addWidget(row)
        self.rule_rows.append(row)
        return row

    def _on_add_clicked(self) -> None:
        self._add_row().set_rule({"field": "contact.country", "op": "eq", "value": ""})
        self.rule_rows[-1].value.setFocus()
        self.sig_committed.emit()

    def remove_row(self, row: RuleRow) -> None:
        self.rule_rows.remove(row)
        row.deleteLater()
        self.sig_committed.emit()
