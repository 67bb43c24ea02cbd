"""The properties of the selected node: its name and a field per parameter, checked as the
owner types (the reason under the field). The panel never edits the flow: each finished
gesture with a valid value goes to the edit handler (the document's undoable edit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from shopnurture.data.database import Database
from shopnurture.domain.flows import FlowGraph, Node
from shopnurture.domain.flows.validation import node_problems, param_problem
from shopnurture.gui.flow_editor.panels.condition_builder import ConditionBuilder
from shopnurture.gui.flow_editor.panels.editor_factory import FieldRow, hidden_rows, make_rows
from shopnurture.gui.flow_editor.panels.editors import ParamEditor, SegmentEditor, TextEditor
from shopnurture.gui.flow_editor.panels.event_filter_editor import EventFilterEditor
from shopnurture.gui.flow_editor.panels.message_editor import MessageEditor
from shopnurture.gui.flow_editor.panels.message_preview import MessagePreviewPane
from shopnurture.gui.form_fields import FieldRows
from shopnurture.gui.i18n import current_language
from shopnurture.gui.tasks import Task, run_in_background
from shopnurture.messages import render_message
from shopnurture.services.editor_choices import EditorChoices, load_editor_choices

EditHandler = Callable[[str, dict[str, Any]], None]
LabelHandler = Callable[[str, str], None]


class NodePropertiesPanel(QWidget):
    sig_choices_loaded = Signal()
    """The product, category, tag and coupon-list pickers are filled from the database."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._edit_handler: EditHandler | None = None
        self._label_handler: LabelHandler | None = None
        self._flow: FlowGraph | None = None
        self._node_id: str | None = None
        self._kind: str | None = None
        self.rows: dict[str, FieldRow] = {}
        self.fields: FieldRows | None = None
        self.preview: MessagePreviewPane | None = None
        self.choices = EditorChoices()
        self.setAccessibleName(self.tr("Step properties"))
        self.setMinimumWidth(340)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll)
        self._body = QWidget()
        self.scroll.setWidget(self._body)
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(10, 10, 10, 10)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.empty = QLabel(self.tr("Select a step on the canvas to see and change its settings."))
        self.empty.setWordWrap(True)
        self.empty.setObjectName("hint")
        self.problems = QLabel()
        self.problems.setObjectName("errorLabel")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.label_edit = QLineEdit()
        self.label_edit.setAccessibleName(self.tr("Name on the canvas"))
        self.label_edit.editingFinished.connect(self._on_label_finished)
        self._form_holder: QWidget | None = None
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.empty)
        self._layout.addWidget(self.problems)
        self._label_row = QWidget()
        label_form = QFormLayout(self._label_row)
        label_form.setContentsMargins(0, 0, 0, 0)
        label_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        label_form.addRow(self.tr("Name on the canvas"), self.label_edit)
        self._layout.addWidget(self._label_row)
        self._layout.addStretch(1)
        self._tasks: list[Task] = []
        self.show_node(None, None)
        self._load_choices()

    # The API the canvas uses ---------------------------------------------------------------

    def set_edit_handler(self, handler: EditHandler | None) -> None:
        """`handler(node_id, params)` makes one undoable edit (FlowDocument.set_node_params)."""
        self._edit_handler = handler

    def set_label_handler(self, handler: LabelHandler | None) -> None:
        """`handler(node_id, label)` renames the node (FlowDocument.set_node_label)."""
        self._label_handler = handler

    def show_node(self, flow: FlowGraph | None, node_id: str | None) -> None:
        """Shows `node_id` of `flow` (None: nothing selected). Called again after an edit or an
        undo, it refreshes the fields in place (the one being typed in keeps its cursor)."""
        node = flow.nodes.get(node_id) if flow is not None and node_id else None
        self._flow = flow
        if node is None or node.spec is None:
            self._node_id = self._kind = None
            self._clear_form()
            self.title.setText(self.tr("No step selected"))
            for widget in (self.problems, self._label_row):
                widget.hide()
            self.empty.show()
            return
        self.empty.hide()
        self._label_row.show()
        if node.id != self._node_id or node.kind != self._kind:
            self._node_id, self._kind = node.id, node.kind
            self._build_form(node)
        self.title.setText(render_message(f"flow.kind.{node.kind}", current_language()))
        if self.label_edit.text() != node.label:
            self.label_edit.setText(node.label)
        self.label_edit.setPlaceholderText(node.id)
        for row in self.rows.values():
            value = self._row_value(row, node.params)
            if self._parsed_values(row) != value:
                row.editor.set_value(value)
        self._refresh_visibility(node.params)
        self._refresh_problems(node)
        self._refresh_preview()
        _let_lists_narrow(self._body)  # also the rows a condition builder just added

    # Reading back (also for tests) --------------------------------------------------------

    def editor(self, key: str) -> ParamEditor | None:
        row = self.rows.get(key)
        return row.editor if row is not None else None

    def error_text(self, key: str) -> str:
        return self.fields.error(key) if self.fields is not None and self.fields.has(key) else ""

    def node(self) -> Node | None:
        if self._flow is None or self._node_id is None:
            return None
        return self._flow.nodes.get(self._node_id)

    # Building ------------------------------------------------------------------------------

    def _clear_form(self) -> None:
        if self._form_holder is not None:
            self._layout.removeWidget(self._form_holder)
            self._form_holder.deleteLater()
        self._form_holder, self.fields, self.preview = None, None, None
        self.rows = {}

    def _build_form(self, node: Node) -> None:
        assert node.spec is not None
        self._clear_form()
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        self.fields = FieldRows(form)
        for row in make_rows(node.spec):
            self.fields.add(row.key, row.label, row.editor)
            self.rows[row.key] = row
            row.editor.sig_edited.connect(lambda key=row.key: self._on_edited(key))
            row.editor.sig_committed.connect(lambda key=row.key: self._on_committed(key))
            if isinstance(row.editor, MessageEditor):
                row.editor.sig_library_chosen.connect(self._on_library_chosen)
        if node.spec.sends:
            group = QGroupBox(self.tr("Preview"))
            group_layout = QVBoxLayout(group)
            self.preview = MessagePreviewPane(self.database)
            group_layout.addWidget(self.preview)
            column.addWidget(group)
        self._form_holder = holder
        self._layout.insertWidget(self._layout.count() - 1, holder)
        holder.show()  # at once, not when the event loop next runs
        self._apply_choices()

    # Choices from the database (read off the GUI thread) -----------------------------------

    def _load_choices(self) -> None:
        database = self.database
        self._tasks.append(run_in_background(
            lambda: load_editor_choices(database), on_finished=self._on_choices_loaded,
        ))  # fmt: skip

    def _on_choices_loaded(self, choices: EditorChoices) -> None:
        self.choices = choices
        self._apply_choices()
        self.sig_choices_loaded.emit()

    def _apply_choices(self) -> None:
        for key, row in self.rows.items():
            editor = row.editor
            if isinstance(editor, EventFilterEditor):
                editor.set_choices(self.choices)
            elif isinstance(editor, SegmentEditor):
                editor.set_choices(self.choices.segments)
            elif isinstance(editor, ConditionBuilder):
                editor.set_tags(self.choices.tags)
            elif isinstance(editor, TextEditor) and key in ("tag", "list"):
                editor.set_choices(self.choices.tags if key == "tag" else self.choices.coupon_lists)

    # Values --------------------------------------------------------------------------------

    @staticmethod
    def _row_value(row: FieldRow, params: dict[str, Any]) -> Any:
        if len(row.covers) == 1:
            return params.get(row.covers[0])
        return {name: params.get(name) for name in row.covers}

    def _parsed_values(self, row: FieldRow) -> Any:
        value, reason = row.editor.parsed()
        return None if reason is not None else value

    def _checked(self, key: str) -> dict[str, Any] | None:
        """The row's new parameter values when valid; else shows why and returns None."""
        row, node = self.rows[key], self.node()
        if node is None or self.fields is None:
            return None
        value, reason = row.editor.parsed()
        if reason is not None:
            self.fields.show_error(key, row.editor.describe(reason))
            return None
        values = {row.covers[0]: value} if len(row.covers) == 1 else dict(value)
        for name, candidate in values.items():
            reason = param_problem(node.kind, name, candidate)
            if reason is not None:
                self.fields.show_error(key, row.editor.describe(reason))
                return None
        self.fields.show_error(key, None)
        return values

    def _on_edited(self, key: str) -> None:
        self._checked(key)
        self._refresh_preview()

    def _on_committed(self, key: str) -> None:
        values = self._checked(key)
        node = self.node()
        if values is None or node is None:
            return
        self._commit(node, values)

    def _on_library_chosen(self, name: str, message: dict[str, Any]) -> None:
        node = self.node()
        if node is not None:
            self._commit(node, {"template": name, "message": message})

    def _commit(self, node: Node, values: dict[str, Any]) -> None:
        params = {**node.params, **values}
        self._refresh_visibility(params)
        self._refresh_preview()
        if params == node.params or self._edit_handler is None:
            return
        self._edit_handler(node.id, params)

    def _on_label_finished(self) -> None:
        node = self.node()
        text = self.label_edit.text().strip()
        if node is not None and text != node.label and self._label_handler is not None:
            self._label_handler(node.id, text)

    # What follows from the values ----------------------------------------------------------

    def _refresh_visibility(self, params: dict[str, Any]) -> None:
        if self.fields is None or self._kind is None:
            return
        hidden = hidden_rows(self._kind, params) or set()
        for key, row in self.rows.items():
            holder = row.editor.parentWidget()
            if holder is not None:
                self.fields.form.setRowVisible(holder, key not in hidden)

    def _refresh_problems(self, node: Node) -> None:
        language = current_language()
        found = [p.message(language) for p in node_problems(node) if p.severity == "error"]
        self.problems.setText("\n".join(found))
        self.problems.setVisible(bool(found))

    def _refresh_preview(self) -> None:
        if self.preview is None:
            return
        editor = next(
            (r.editor for r in self.rows.values() if isinstance(r.editor, MessageEditor)), None
        )
        if editor is not None:
            self.preview.set_message(editor.current_message(), editor.channel)


def _let_lists_narrow(widget: QWidget) -> None:
    """A drop-down list is as wide as its longest entry by default (a long message title, a
    product name), which would push the fields past the panel's edge: let them shrink."""
    for combo in widget.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
