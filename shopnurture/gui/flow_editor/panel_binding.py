"""Puts the node properties panel beside the canvas: it shows the selected step, and its
finished edits go to the document as undoable commands (the panel never edits the flow)."""

from __future__ import annotations

from shopnurture.data.database import Database
from shopnurture.gui.flow_editor.editor import FlowEditorWidget
from shopnurture.gui.flow_editor.panels.properties_panel import NodePropertiesPanel


class PropertiesBinding:
    """Keeps the panel on the selected node, and refreshed after every edit, undo or redo."""

    def __init__(self, editor: FlowEditorWidget, database: Database) -> None:
        self.editor = editor
        self.panel = NodePropertiesPanel(database)
        self._selected = ""
        document = editor.document
        self.panel.set_edit_handler(document.set_node_params)
        self.panel.set_label_handler(document.set_node_label)
        editor.selection_changed.connect(self._on_editor_selection_changed)
        document.changed.connect(self._refresh)
        editor.set_side_panel(self.panel)
        self._refresh()

    def _on_editor_selection_changed(self, node_id: str) -> None:
        self._selected = node_id
        self._refresh()

    def _refresh(self) -> None:
        flow = self.editor.document.flow
        node_id = self._selected if self._selected in flow.nodes else None
        self.panel.show_node(flow, node_id)
