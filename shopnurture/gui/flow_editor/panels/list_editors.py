"""Editors for parameters made of several values: days per product type, and the named
branches of a random split with their percentages."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from shopnurture.domain.flows.catalogue import PRODUCT_KINDS
from shopnurture.gui.flow_editor.panels.editors import ParamEditor, parse_whole
from shopnurture.gui.labels import product_kind_label


class KindDaysEditor(ParamEditor):
    """Days per product type (soft, durable, consumable); an empty field means "not set"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        self.lines: dict[str, QLineEdit] = {}
        for row, kind in enumerate(PRODUCT_KINDS):
            label = QLabel(product_kind_label(kind))
            line = QLineEdit()
            line.setMaximumWidth(70)
            line.setPlaceholderText("—")
            line.setAccessibleName(product_kind_label(kind))
            label.setBuddy(line)
            self._watch_line(line)
            grid.addWidget(label, row, 0)
            grid.addWidget(line, row, 1)
            self.lines[kind] = line
        grid.setColumnStretch(2, 1)
        self.row.addLayout(grid, 1)

    def set_value(self, value: Any) -> None:
        value = value or {}
        for kind, line in self.lines.items():
            line.setText("" if value.get(kind) is None else str(value[kind]))

    def parsed(self) -> tuple[Any, str | None]:
        found: dict[str, int] = {}
        for kind, line in self.lines.items():
            days, reason = parse_whole(line.text(), optional=True)
            if reason is not None:
                return None, reason
            if days is not None:
                if days < 0:
                    return None, "flow.reason.too_small"
                found[kind] = days
        return found, None


class BranchesEditor(ParamEditor):
    """Rows of (branch name, percent); at least two, names distinct, percentages add to 100."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.grid)
        self.add_button = QPushButton(self.tr("Add a branch"))
        self.add_button.clicked.connect(self._on_add_clicked)
        column.addWidget(self.add_button)
        self.row.addLayout(column, 1)
        self.rows: list[tuple[QLineEdit, QLineEdit, QLabel, QPushButton]] = []

    def set_value(self, value: Any) -> None:
        branches = [b for b in value or [] if isinstance(b, dict)]
        while len(self.rows) > len(branches):
            self._drop_row(len(self.rows) - 1)
        while len(self.rows) < len(branches):
            self._add_row()
        for (name, percent, _, _), branch in zip(self.rows, branches, strict=True):
            name.setText(str(branch.get("port") or ""))
            number = branch.get("percent")
            percent.setText("" if number is None else f"{float(number):g}")

    def parsed(self) -> tuple[Any, str | None]:
        branches = []
        for name, percent, _, _ in self.rows:
            amount, reason = parse_whole(percent.text())
            if reason is not None:
                return None, reason
            branches.append({"port": name.text().strip(), "percent": amount})
        return branches, None

    def _add_row(self) -> None:
        index = len(self.rows)
        name, percent = QLineEdit(), QLineEdit()
        name.setAccessibleName(self.tr("Branch name"))
        percent.setAccessibleName(self.tr("Percent"))
        percent.setMaximumWidth(60)
        remove = QPushButton(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove this branch"))
        for line in (name, percent):
            self._watch_line(line)
        remove.clicked.connect(lambda: self._on_remove_clicked(remove))
        sign = QLabel("%")
        for column, widget in enumerate((name, percent, sign, remove)):
            self.grid.addWidget(widget, index, column)
        self.rows.append((name, percent, sign, remove))

    def _drop_row(self, index: int) -> None:
        for widget in self.rows.pop(index):
            self.grid.removeWidget(widget)
            widget.deleteLater()

    def _on_add_clicked(self) -> None:
        taken = {row[0].text().strip() for row in self.rows}
        letter = next(chr(code) for code in range(ord("A"), ord("Z") + 1) if chr(code) not in taken)
        self._add_row()
        self.rows[-1][0].setText(letter)
        self.rows[-1][1].setText("0")
        self.sig_committed.emit()

    def _on_remove_clicked(self, button: QPushButton) -> None:
        index = next(i for i, row in enumerate(self.rows) if row[3] is button)
        values, _ = self.parsed()
        if values is None:
            return
        del values[index]
        self.set_value(values)
        self.sig_committed.emit()
