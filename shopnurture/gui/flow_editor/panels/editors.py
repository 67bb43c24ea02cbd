"""Field editors for node parameters. Each parses what the owner typed into a parameter value
(or a reason code), says when the text changed (to check it as typed) and when a gesture
ended (to commit it): Enter or leaving the field, a click, a choice."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QToolButton,
    QWidget,
)

from shopnurture.gui.flow_editor.panels.param_labels import unit_label, weekday_short
from shopnurture.gui.i18n import current_language
from shopnurture.messages import render_message

NOT_A_NUMBER = "flow.reason.not_a_number"
REQUIRED = "flow.reason.required"
MINUTES_PER = {"minutes": 1, "hours": 60, "days": 24 * 60}


class ParamEditor(QWidget):
    """The base of every field: `parsed()` gives (value, None) or (None, reason code)."""

    sig_edited = Signal()
    """The value changed as the owner typed: check it, do not commit."""
    sig_committed = Signal()
    """A gesture ended (Enter, focus left, a click or a choice): commit if it is valid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(6)

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def parsed(self) -> tuple[Any, str | None]:
        raise NotImplementedError

    def describe(self, reason: str) -> str:
        """The reason code as the owner reads it, in their language."""
        return render_message(reason, current_language())

    def _watch_line(self, line: QLineEdit) -> None:
        line.textEdited.connect(lambda _text: self.sig_edited.emit())
        line.editingFinished.connect(self._on_line_finished)

    def _on_line_finished(self) -> None:
        # editingFinished also fires when a field loses focus unchanged: the panel ignores a
        # commit that does not change the value.
        self.sig_committed.emit()


def parse_whole(text: str, *, optional: bool = False) -> tuple[int | None, str | None]:
    cleaned = text.strip().replace(".", "").replace(" ", "") if text.strip() else ""
    if not cleaned:
        return (None, None) if optional else (None, REQUIRED)
    try:
        return int(cleaned), None
    except ValueError:
        return None, NOT_A_NUMBER


class NumberEditor(ParamEditor):
    """A whole number, with an optional unit after it (days, %, points...)."""

    def __init__(self, suffix: str = "", *, optional: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.optional = optional
        self.line = QLineEdit()
        self.line.setMaximumWidth(110)
        self.row.addWidget(self.line)
        if suffix:
            self.row.addWidget(QLabel(suffix))
        self.row.addStretch(1)
        self._watch_line(self.line)
        self.setFocusProxy(self.line)

    def set_value(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))

    def parsed(self) -> tuple[Any, str | None]:
        return parse_whole(self.line.text(), optional=self.optional)


class MoneyEditor(ParamEditor):
    """An amount of money typed as 12,50 or 12.50, kept in cents."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit()
        self.line.setMaximumWidth(110)
        self.line.setPlaceholderText("0,00" if current_language() == "es" else "0.00")
        self.row.addWidget(self.line)
        self.row.addStretch(1)
        self._watch_line(self.line)
        self.setFocusProxy(self.line)

    def set_value(self, value: Any) -> None:
        cents = int(value or 0)
        text = f"{cents // 100},{cents % 100:02d}" if current_language() == "es" else None
        self.line.setText(text or f"{cents / 100:.2f}")

    def parsed(self) -> tuple[Any, str | None]:
        text = self.line.text().strip().replace("€", "").replace("$", "").strip()
        if not text:
            return 0, None
        separator = "," if "," in text else "."
        whole, _, fraction = text.partition(separator)
        whole = whole.replace(".", "").replace(",", "")
        if not whole.isdigit() and whole != "" or not (fraction.isdigit() or fraction == ""):
            return None, NOT_A_NUMBER
        if len(fraction) > 2:
            return None, NOT_A_NUMBER
        return int(whole or 0) * 100 + int((fraction + "00")[:2]), None


class AmountUnitEditor(ParamEditor):
    """An amount and a unit (minutes, hours, days). Kept as a whole number of `base` units,
    or as {"days", "hours", "minutes"} when `as_duration`."""

    def __init__(
        self,
        units: tuple[str, ...] = ("minutes", "hours", "days"),
        *,
        base: str = "minutes",
        as_duration: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.units, self.base, self.as_duration = units, base, as_duration
        self._original: Any = None
        self.amount = QLineEdit()
        self.amount.setMaximumWidth(80)
        self.unit = QComboBox()
        for unit in units:
            self.unit.addItem(unit_label(unit), unit)
        self.row.addWidget(self.amount)
        self.row.addWidget(self.unit)
        self.row.addStretch(1)
        self._watch_line(self.amount)
        self.unit.activated.connect(lambda _index: self.sig_committed.emit())
        self.setFocusProxy(self.amount)

    def _total_minutes(self, value: Any) -> int:
        if self.as_duration:
            value = value or {}
            return int(
                float(value.get("days") or 0) * 1440
                + float(value.get("hours") or 0) * 60
                + float(value.get("minutes") or 0)
            )
        return int(value or 0) * MINUTES_PER[self.base]

    def set_value(self, value: Any) -> None:
        self._original = value
        minutes = self._total_minutes(value)
        # The largest unit that shows it exactly: 1440 minutes reads "1 day".
        for unit in reversed(self.units):
            if minutes % MINUTES_PER[unit] == 0 or unit == self.units[0]:
                self.unit.setCurrentIndex(self.units.index(unit))
                self.amount.setText(str(minutes // MINUTES_PER[unit]))
                return

    def parsed(self) -> tuple[Any, str | None]:
        amount, reason = parse_whole(self.amount.text())
        if reason is not None or amount is None:
            return None, "flow.reason.bad_duration" if self.as_duration else reason
        unit = str(self.unit.currentData())
        if self.as_duration:
            if amount * MINUTES_PER[unit] == self._total_minutes(self._original):
                return self._original, None  # "3 days 12 hours" stays written that way
            return {"days": 0, "hours": 0, "minutes": 0, unit: amount}, None
        minutes = amount * MINUTES_PER[unit]
        if minutes % MINUTES_PER[self.base]:
            return None, NOT_A_NUMBER
        return minutes // MINUTES_PER[self.base], None


class TextEditor(ParamEditor):
    """Free text; with `choices` an editable list (tags in use, coupon lists...)."""

    def __init__(self, choices: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo: QComboBox | None = None
        if choices is not None:
            self.combo = QComboBox()
            self.combo.setEditable(True)
            self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            self.combo.addItems(choices)
            self.line = self.combo.lineEdit()
            self.combo.activated.connect(lambda _index: self.sig_committed.emit())
            self.row.addWidget(self.combo, 1)
        else:
            self.line = QLineEdit()
            self.row.addWidget(self.line, 1)
        self._watch_line(self.line)
        self.setFocusProxy(self.combo or self.line)

    def set_choices(self, choices: list[str]) -> None:
        if self.combo is None:
            return
        text = self.line.text()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItems(choices)
        self.combo.setEditText(text)
        self.combo.blockSignals(False)

    def set_value(self, value: Any) -> None:
        self.line.setText(str(value or ""))

    def parsed(self) -> tuple[Any, str | None]:
        return self.line.text().strip(), None


class BoolEditor(ParamEditor):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(text)
        self.row.addWidget(self.box)
        self.row.addStretch(1)
        self.box.clicked.connect(lambda _checked: self.sig_committed.emit())
        self.setFocusProxy(self.box)

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))

    def parsed(self) -> tuple[Any, str | None]:
        return self.box.isChecked(), None


class ChoiceEditor(ParamEditor):
    """One of a fixed list: (value, label) pairs."""

    def __init__(self, choices: list[tuple[Any, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        for value, label in choices:
            self.combo.addItem(label, value)
        self.row.addWidget(self.combo, 1)
        self.combo.activated.connect(lambda _index: self.sig_committed.emit())
        self.setFocusProxy(self.combo)

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value)
        self.combo.setCurrentIndex(max(index, 0))

    def parsed(self) -> tuple[Any, str | None]:
        return self.combo.currentData(), None


class SegmentEditor(ChoiceEditor):
    """A saved segment (its id), or none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([(None, self.tr("None (use the phase, tag and score)"))], parent)

    def set_choices(self, segments: list[tuple[int, str]]) -> None:
        current = self.combo.currentData()
        self.combo.blockSignals(True)
        while self.combo.count() > 1:
            self.combo.removeItem(1)
        for segment_id, name in segments:
            self.combo.addItem(name, segment_id)
        self.combo.blockSignals(False)
        self.set_value(current)

    def set_value(self, value: Any) -> None:
        if value is not None and self.combo.findData(value) < 0:  # not loaded yet
            self.combo.addItem(self.tr("Segment %1").replace("%1", str(value)), value)
        super().set_value(value)


class TimeEditor(ParamEditor):
    """A clock time "HH:MM" (in the contact's time zone, else the shop's)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QTimeEdit()
        self.edit.setDisplayFormat("HH:mm")
        self.row.addWidget(self.edit)
        self.row.addStretch(1)
        self.edit.editingFinished.connect(self.sig_committed.emit)
        self.setFocusProxy(self.edit)

    def set_value(self, value: Any) -> None:
        parsed = QTime.fromString(str(value or ""), "HH:mm")
        self.edit.setTime(parsed if parsed.isValid() else QTime(10, 0))

    def parsed(self) -> tuple[Any, str | None]:
        return self.edit.time().toString("HH:mm"), None


class WeekdaysEditor(ParamEditor):
    """Days of the week as toggle buttons (0 = Monday)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row.setSpacing(2)
        self.buttons: list[QToolButton] = []
        for day in range(7):
            button = QToolButton()
            button.setText(weekday_short(day))
            button.setCheckable(True)
            button.setAccessibleName(weekday_short(day))
            button.clicked.connect(lambda _checked: self.sig_committed.emit())
            self.buttons.append(button)
            self.row.addWidget(button)
        self.row.addStretch(1)

    def set_value(self, value: Any) -> None:
        days = {int(day) for day in value or []}
        for day, button in enumerate(self.buttons):
            button.setChecked(day in days)

    def parsed(self) -> tuple[Any, str | None]:
        days = [day for day, button in enumerate(self.buttons) if button.isChecked()]
        return days, None if days else "flow.reason.bad_weekdays"
