"""One rule of the segment builder: a field, a comparison, and the editor its value needs
(text, number, money, a set of choices, or the activity editor)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from shopnurture.domain.segments import (
    CHOICES,
    EVENT_TYPES,
    OPERATORS,
    TEXT_FIELDS,
    ActivityFilter,
    Rule,
)
from shopnurture.gui.labels import event_type_label, phase_label
from shopnurture.gui.segments.labels import field_label, operator_label, rfm_label

NO_VALUE = {"is_true", "is_false", "is_set", "is_empty"}


def _spin(maximum: int, *, special: str = "", suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setSpecialValueText(special)
    spin.setSuffix(suffix)
    return spin


def _money() -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0, 10_000_000)
    spin.setDecimals(2)
    return spin


class ActivityEditor(QWidget):
    """Did EVENT at least N times in the last D days, with product, category and value."""

    sig_changed = Signal()
    """Any part was edited."""

    def __init__(self) -> None:
        super().__init__()
        self.event_type = QComboBox()
        self.event_type.setAccessibleName(self.tr("Kind of activity"))
        self.event_type.addItem(self.tr("any activity"), None)
        for event in EVENT_TYPES:
            self.event_type.addItem(event_type_label(event), event)
        self.at_least = _spin(1000, suffix=self.tr(" time(s) or more"))
        self.at_least.setMinimum(1)
        self.days = _spin(3650, special=self.tr("ever"), suffix=self.tr(" days"))
        self.days.setToolTip(self.tr("In the last so many days (ever: no limit)"))
        self.sku = QLineEdit()
        self.sku.setMaximumWidth(130)
        self.sku.setPlaceholderText(self.tr("product SKU"))
        self.category = QLineEdit()
        self.category.setMaximumWidth(130)
        self.category.setPlaceholderText(self.tr("category"))
        self.min_value, self.max_value = _money(), _money()
        self.min_value.setSpecialValueText(self.tr("any value"))
        self.max_value.setSpecialValueText(self.tr("no maximum"))
        self.min_value.setToolTip(
            self.tr("Orders count by their total; other activity by its value")
        )
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        first = (self.event_type, self.at_least, QLabel(self.tr("in the last")), self.days)
        second = (self.sku, self.category, QLabel(self.tr("value")), self.min_value,
                  QLabel(self.tr("to")), self.max_value)  # fmt: skip
        for row, widgets in enumerate((first, second)):
            line = QHBoxLayout()
            for widget in widgets:
                line.addWidget(widget)
            line.addStretch(1)
            grid.addLayout(line, row, 0)
        self.event_type.currentIndexChanged.connect(self.sig_changed)
        for spin in (self.at_least, self.days, self.min_value, self.max_value):
            spin.valueChanged.connect(self.sig_changed)
        for line in (self.sku, self.category):
            line.textChanged.connect(self.sig_changed)

    def set_filter(self, activity: ActivityFilter) -> None:
        self.event_type.setCurrentIndex(max(0, self.event_type.findData(activity.event)))
        self.at_least.setValue(activity.at_least)
        self.days.setValue(activity.days or 0)
        self.sku.setText(activity.sku or "")
        self.category.setText(activity.category or "")
        self.min_value.setValue((activity.min_value_cents or 0) / 100)
        self.max_value.setValue((activity.max_value_cents or 0) / 100)

    def activity_filter(self) -> ActivityFilter:
        def cents(spin: QDoubleSpinBox) -> int | None:
            return round(spin.value() * 100) or None

        return ActivityFilter(
            event=self.event_type.currentData(),
            at_least=self.at_least.value(),
            days=self.days.value() or None,
            sku=self.sku.text().strip() or None,
            category=self.category.text().strip() or None,
            min_value_cents=cents(self.min_value),
            max_value_cents=cents(self.max_value),
        )


class ChoicesEditor(QWidget):
    """Check boxes for phases or RFM groups."""

    sig_changed = Signal()
    """A box was (un)checked."""

    def __init__(self, field: str) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = phase_label if field == "phase" else rfm_label
        self.boxes: dict[str, QCheckBox] = {}
        for key in CHOICES[field]:
            box = QCheckBox(label(key))
            box.toggled.connect(self.sig_changed)
            self.boxes[key] = box
            layout.addWidget(box)
        layout.addStretch(1)

    def set_values(self, values: tuple[str, ...]) -> None:
        for key, box in self.boxes.items():
            box.setChecked(key in values)

    def values(self) -> tuple[str, ...]:
        return tuple(key for key, box in self.boxes.items() if box.isChecked())


class RuleRow(QWidget):
    sig_changed = Signal()
    """The rule was edited."""
    sig_remove_requested = Signal()
    """The owner pressed Remove."""

    def __init__(self, rule: Rule | None = None) -> None:
        super().__init__()
        self.field = QComboBox()
        self.field.setAccessibleName(self.tr("Field"))
        for name in OPERATORS:
            self.field.addItem(field_label(name), name)
        self.operator = QComboBox()
        self.operator.setAccessibleName(self.tr("Comparison"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("value (several: separate with commas)"))
        self.number = _spin(1_000_000)
        self.money = _money()
        self.days_window = _spin(3650, special=self.tr("ever"), suffix=self.tr(" days"))
        self.days_window.setToolTip(self.tr("Count only the last so many days (ever: no limit)"))
        self.activity = ActivityEditor()
        self.choices = {field: ChoicesEditor(field) for field in CHOICES}
        # One editor shown at a time (a hidden one takes no room, unlike a stacked page).
        self.values = QWidget()
        self._pages: dict[str, QWidget] = {"none": QWidget(), "text": self.text,
                                           "number": self.number, "money": self.money,
                                           "activity": self.activity, **self.choices}  # fmt: skip
        pages = QHBoxLayout(self.values)
        pages.setContentsMargins(0, 0, 0, 0)
        for page in self._pages.values():
            pages.addWidget(page)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove this rule"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        for widget in (self.field, self.operator):
            layout.addWidget(widget)
        layout.addWidget(self.values, 1)
        layout.addWidget(self.days_window)
        layout.addWidget(self.remove)
        self.set_rule(rule or Rule("tags", "has", ""))
        self.field.currentIndexChanged.connect(self._on_field_changed)
        self.operator.currentIndexChanged.connect(self._on_operator_changed)
        self.text.textChanged.connect(self.sig_changed)
        for spin in (self.number, self.money, self.days_window):
            spin.valueChanged.connect(self.sig_changed)
        for editor in (self.activity, *self.choices.values()):
            editor.sig_changed.connect(self.sig_changed)
        self.remove.clicked.connect(self.sig_remove_requested)

    def _page_for(self, field: str, op: str) -> str:
        if op in NO_VALUE:
            return "none"
        if field in ("score", "order_count"):
            return "number"
        if field == "total_spent":
            return "money"
        if field in CHOICES or field == "activity":
            return field
        return "text"

    def _fill_operators(self, field: str, op: str) -> None:
        self.operator.blockSignals(True)
        self.operator.clear()
        for key in OPERATORS[field]:
            self.operator.addItem(operator_label(key), key)
        self.operator.setCurrentIndex(max(0, self.operator.findData(op)))
        self.operator.blockSignals(False)
        self._show_page()

    def _show_page(self) -> None:
        field, op = self.field.currentData(), self.operator.currentData()
        shown = self._pages[self._page_for(field, op)]
        for page in self._pages.values():
            page.setVisible(page is shown)
        self.days_window.setVisible(field in ("order_count", "total_spent"))

    def _on_field_changed(self, _index: int) -> None:
        self._fill_operators(self.field.currentData(), "")
        self.sig_changed.emit()

    def _on_operator_changed(self, _index: int) -> None:
        self._show_page()
        self.sig_changed.emit()

    def set_rule(self, rule: Rule) -> None:
        for widget in (self.field, self.text, self.number, self.money, self.days_window):
            widget.blockSignals(True)
        self.field.setCurrentIndex(max(0, self.field.findData(rule.field)))
        self._fill_operators(rule.field, rule.op)
        value = rule.value
        if rule.field == "activity" and rule.activity is not None:
            self.activity.set_filter(rule.activity)
        elif rule.field in CHOICES:
            self.choices[rule.field].set_values(tuple(value or ()))
        elif rule.field == "total_spent":
            self.money.setValue((value or 0) / 100)
        elif rule.field in ("score", "order_count"):
            self.number.setValue(int(value or 0))
        else:
            self.text.setText(", ".join(value) if isinstance(value, tuple) else str(value or ""))
        self.days_window.setValue(rule.days or 0)
        for widget in (self.field, self.text, self.number, self.money, self.days_window):
            widget.blockSignals(False)

    def rule(self) -> Rule:
        field, op = str(self.field.currentData()), str(self.operator.currentData())
        days = self.days_window.value() or None if field in ("order_count", "total_spent") else None
        page = self._page_for(field, op)
        if page == "activity":
            return Rule(field, op, activity=self.activity.activity_filter())
        if page in CHOICES:
            return Rule(field, op, self.choices[field].values())
        if page == "number":
            return Rule(field, op, self.number.value(), days=days)
        if page == "money":
            return Rule(field, op, round(self.money.value() * 100), days=days)
        if page == "none":
            return Rule(field, op)
        text = self.text.text().strip()
        if op in ("in", "not_in") and field in TEXT_FIELDS:
            return Rule(field, op, tuple(p.strip() for p in text.split(",") if p.strip()))
        return Rule(field, op, text)
