"""The node palette: every kind of step, grouped into Triggers, Waits & conditions and
Actions, with icons and the owner's language; drag one onto the canvas or press Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDrag
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from shopnurture.domain.flows.catalogue import NODE_KINDS
from shopnurture.gui.flow_editor.interactions import node_kind_mime
from shopnurture.gui.flow_editor.node_style import GROUPS, group_of, kind_icon
from shopnurture.messages import render_message

KIND_ROLE = Qt.ItemDataRole.UserRole


class NodePalette(QTreeWidget):
    kind_activated = Signal(str)
    """The owner pressed Enter or double-clicked a kind: add it where the canvas shows."""

    def __init__(self, language: str, *, dark: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Steps you can add"))
        self.setAccessibleDescription(
            self.tr("Drag a step onto the diagram, or select it and press Enter.")
        )
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setRootIsDecorated(False)
        self.setIndentation(8)
        titles = {
            "trigger": self.tr("Triggers"),
            "logic": self.tr("Waits & conditions"),
            "action": self.tr("Actions"),
        }
        groups: dict[str, QTreeWidgetItem] = {}
        for group in GROUPS:
            header = QTreeWidgetItem(self, [titles[group]])
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = header.font(0)
            font.setBold(True)
            header.setFont(0, font)
            groups[group] = header
        for kind in NODE_KINDS:
            label = render_message(f"flow.kind.{kind}", language)
            item = QTreeWidgetItem(groups[group_of(kind)], [label])
            item.setIcon(0, kind_icon(kind, dark))
            item.setData(0, KIND_ROLE, kind)
            item.setToolTip(0, self.tr("Drag onto the diagram, or press Enter to add"))
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, label)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
        self.expandAll()
        self.itemActivated.connect(self._on_item_activated)

    def kinds(self) -> list[str]:
        found = []
        for index in range(self.topLevelItemCount()):
            header = self.topLevelItem(index)
            found += [header.child(row).data(0, KIND_ROLE) for row in range(header.childCount())]
        return found

    def item_for(self, kind: str) -> QTreeWidgetItem | None:
        for index in range(self.topLevelItemCount()):
            header = self.topLevelItem(index)
            for row in range(header.childCount()):
                if header.child(row).data(0, KIND_ROLE) == kind:
                    return header.child(row)
        return None

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        kind = item.data(0, KIND_ROLE)
        if kind:
            self.kind_activated.emit(kind)

    def startDrag(self, _actions: Qt.DropAction) -> None:
        item = self.currentItem()
        kind = item.data(0, KIND_ROLE) if item is not None else None
        if not kind:
            return
        drag = QDrag(self)
        drag.setMimeData(node_kind_mime(kind))
        drag.setPixmap(item.icon(0).pixmap(32, 32))
        drag.exec(Qt.DropAction.CopyAction)
