"""The activity a trigger, wait or goal listens for: which kinds of activity, and optionally
one product or category from the shop's catalogue, the run's own products, time on page and
review ratings. Keys it does not show are kept as they were."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGridLayout, QVBoxLayout, QWidget

from shopnurture.domain.flows.catalogue import EVENT_TYPES
from shopnurture.gui.flow_editor.panels.editors import NumberEditor, ParamEditor
from shopnurture.gui.labels import event_type_label
from shopnurture.services.editor_choices import EditorChoices


class EventFilterEditor(ParamEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original: dict[str, Any] = {}
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.type_boxes: dict[str, QCheckBox] = {}
        for index, event_type in enumerate(EVENT_TYPES):
            box = QCheckBox(event_type_label(event_type))
            box.clicked.connect(self._on_type_clicked)
            grid.addWidget(box, index // 2, index % 2)
            self.type_boxes[event_type] = box
        column.addLayout(grid)
        form = QFormLayout()
        form.setContentsMargins(0, 4, 0, 0)
        self.product = QComboBox()
        self.product.setAccessibleName(self.tr("Product"))
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category"))
        for combo in (self.product, self.category):
            combo.setMinimumContentsLength(14)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.activated.connect(lambda _index: self.sig_committed.emit())
        self.set_choices(EditorChoices())
        self.same_products = QCheckBox(self.tr("Only the products this contact is here for"))
        self.same_products.clicked.connect(lambda _checked: self.sig_committed.emit())
        self.min_seconds = NumberEditor(self.tr("seconds"), optional=True)
        self.min_rating = NumberEditor(self.tr("stars"), optional=True)
        self.max_rating = NumberEditor(self.tr("stars"), optional=True)
        for editor in (self.min_seconds, self.min_rating, self.max_rating):
            editor.sig_edited.connect(self.sig_edited.emit)
            editor.sig_committed.connect(self.sig_committed.emit)
        form.addRow(self.tr("Product"), self.product)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.same_products)
        form.addRow(self.tr("Time on page at least"), self.min_seconds)
        form.addRow(self.tr("Rating at least"), self.min_rating)
        form.addRow(self.tr("Rating at most"), self.max_rating)
        self.form = form
        column.addLayout(form)
        self.row.addLayout(column, 1)
        self._show_relevant_rows()

    def set_choices(self, choices: EditorChoices) -> None:
        """Fills the pickers from the catalogue (loaded off the GUI thread)."""
        for combo, anything, items in (
            (self.product, self.tr("Any product"),
             [(f"{name} ({sku})", sku) for sku, name, _ in choices.products]),
            (self.category, self.tr("Any category"), [(c, c) for c in choices.categories]),
        ):  # fmt: skip
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(anything, None)
            for label, value in items:
                combo.addItem(label, value)
            combo.blockSignals(False)
            self._select(combo, current)
        self._select(self.product, self._first(self._original.get("sku")))
        self._select(self.category, self._first(self._original.get("category")))

    @staticmethod
    def _first(value: Any) -> Any:
        return value[0] if isinstance(value, list) and value else value or None

    @staticmethod
    def _select(combo: QComboBox, value: Any) -> None:
        if value is None:
            combo.setCurrentIndex(0)
            return
        index = combo.findData(value)
        if index < 0:  # a product the catalogue no longer has: still shown as it is
            combo.addItem(str(value), value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def set_value(self, value: Any) -> None:
        self._original = dict(value or {})
        types = set(self._original.get("types") or [])
        for event_type, box in self.type_boxes.items():
            box.setChecked(event_type in types)
        self._select(self.product, self._first(self._original.get("sku")))
        self._select(self.category, self._first(self._original.get("category")))
        self.same_products.setChecked(bool(self._original.get("same_products")))
        self.min_seconds.set_value(self._original.get("min_duration_seconds"))
        self.min_rating.set_value(self._original.get("min_rating"))
        self.max_rating.set_value(self._original.get("max_rating"))
        self._show_relevant_rows()

    def parsed(self) -> tuple[Any, str | None]:
        spec = dict(self._original)
        spec["types"] = [t for t, box in self.type_boxes.items() if box.isChecked()]
        for key, combo in (("sku", self.product), ("category", self.category)):
            if combo.currentData() is None:
                spec.pop(key, None)
            elif combo.currentData() != self._first(self._original.get(key)):
                spec[key] = combo.currentData()
        if self.same_products.isChecked():
            spec["same_products"] = True
        else:
            spec.pop("same_products", None)
        for key, editor in (
            ("min_duration_seconds", self.min_seconds),
            ("min_rating", self.min_rating),
            ("max_rating", self.max_rating),
        ):
            number, reason = editor.parsed()
            if reason is not None:
                return None, reason
            if number is None:
                spec.pop(key, None)
            else:
                spec[key] = number
        return spec, None

    def _on_type_clicked(self) -> None:
        self._show_relevant_rows()
        self.sig_committed.emit()

    def _show_relevant_rows(self) -> None:
        types = {t for t, box in self.type_boxes.items() if box.isChecked()}
        views = bool(types & {"page_view", "category_view"}) or not types
        reviews = "review" in types or not types
        for editor, shown in (
            (self.min_seconds, views),
            (self.min_rating, reviews),
            (self.max_rating, reviews),
        ):
            self.form.setRowVisible(editor, shown)
