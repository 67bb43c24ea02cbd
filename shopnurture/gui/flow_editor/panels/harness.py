"""A small window to try the properties panel on its own: the steps of a built-in automation
on the left, the panel on the right; edits go straight into the flow (no undo here).

    python -m shopnurture.gui.flow_editor.panels.harness SHOP.sqlite [TEMPLATE] [es|en]
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QApplication, QHBoxLayout, QListWidget, QListWidgetItem, QWidget

from shopnurture.data.database import Database, open_database
from shopnurture.domain.flows import FlowGraph
from shopnurture.domain.flows.templates import build_template
from shopnurture.gui.flow_editor.panels.properties_panel import NodePropertiesPanel
from shopnurture.gui.i18n import install_translators
from shopnurture.gui.style import apply_style
from shopnurture.messages import render_message


class PanelHarness(QWidget):
    def __init__(self, database: Database, flow: FlowGraph, language: str = "en") -> None:
        super().__init__()
        self.flow = flow
        self.setWindowTitle(flow.name)
        self.resize(860, 760)
        row = QHBoxLayout(self)
        self.steps = QListWidget()
        self.steps.setAccessibleName("Steps")
        for node in flow.nodes.values():
            label = node.label or render_message(f"flow.kind.{node.kind}", language)
            item = QListWidgetItem(f"{label}  ({node.id})")
            item.setData(256, node.id)
            self.steps.addItem(item)
        self.steps.setMaximumWidth(300)
        self.panel = NodePropertiesPanel(database)
        self.panel.set_edit_handler(self._on_params_edited)
        self.panel.set_label_handler(self._on_label_edited)
        row.addWidget(self.steps)
        row.addWidget(self.panel, 1)
        self.steps.currentItemChanged.connect(self._on_step_changed)
        self.edits: list[tuple[str, dict[str, Any]]] = []

    def select(self, node_id: str) -> None:
        for index in range(self.steps.count()):
            if self.steps.item(index).data(256) == node_id:
                self.steps.setCurrentRow(index)

    def _on_step_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        self.panel.show_node(self.flow, item.data(256) if item is not None else None)

    def _on_params_edited(self, node_id: str, params: dict[str, Any]) -> None:
        self.edits.append((node_id, params))
        self.flow.set_params(node_id, params)
        self.panel.show_node(self.flow, node_id)

    def _on_label_edited(self, node_id: str, label: str) -> None:
        self.flow.node(node_id).label = label
        self.panel.show_node(self.flow, node_id)


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    language = argv[3] if len(argv) > 3 else "en"
    app = QApplication(argv[:1])
    apply_style(app)
    install_translators(language)
    database = open_database(argv[1])
    window = PanelHarness(
        database,
        build_template(argv[2] if len(argv) > 2 else "cart_abandonment", language),
        language,
    )
    window.show()
    try:
        return app.exec()
    finally:
        database.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
