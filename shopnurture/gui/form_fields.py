"""Form rows that can say what is wrong with their value, right under the field."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget


class FieldRows:
    """Adds rows to a QFormLayout: the field, an optional hint, and a hidden error line."""

    def __init__(self, form: QFormLayout) -> None:
        self.form = form
        self._errors: dict[str, QLabel] = {}

    def add(self, key: str, label: str, widget: QWidget, hint: str | None = None) -> QWidget:
        widget.setAccessibleName(label)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setObjectName("hint")
            hint_label.setWordWrap(True)
            column.addWidget(hint_label)
        error = QLabel()
        error.setObjectName("errorLabel")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self._errors[key] = error
        self.form.addRow(label, holder)
        return widget

    def show_error(self, key: str, message: str | None) -> None:
        label = self._errors.get(key)
        if label is not None:
            label.setText(message or "")
            label.setVisible(bool(message))

    def clear_errors(self) -> None:
        for key in self._errors:
            self.show_error(key, None)

    def error(self, key: str) -> str:
        """The error shown under `key`'s field ("" when there is none)."""
        label = self._errors[key]
        return label.text() if not label.isHidden() else ""

    def has(self, key: str) -> bool:
        return key in self._errors
