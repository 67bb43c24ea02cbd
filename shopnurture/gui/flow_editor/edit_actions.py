"""The editor's keyboard and menu actions on the canvas: delete, copy, paste (within and
between flows, as JSON on the clipboard), duplicate, select all, nudge, zoom, fit, arrange."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QWidget

from shopnurture.domain.flows.fragments import extract, fragment_from_text, fragment_to_text
from shopnurture.errors import UserError
from shopnurture.gui.flow_editor.items import GRID, NODE_HEIGHT, NODE_WIDTH
from shopnurture.gui.flow_editor.view import FlowView

PASTE_STEP = 40.0


class EditActions(QObject):
    """Actions bound to one view; shortcuts work while the editor (widget or window) has focus."""

    status_message = Signal(str)
    """A short text for the owner (e.g. why a paste did nothing)."""

    def __init__(self, view: FlowView, host: QWidget, language: str) -> None:
        super().__init__(host)
        self.view = view
        self.scene = view.flow_scene
        self.document = self.scene.document
        self.language = language
        self._paste_count = 0
        self._last_pasted = ""
        self.actions: dict[str, QAction] = {}
        shortcut = QKeySequence.StandardKey
        for name, text, keys, slot in (
            (
                "delete",
                self.tr("Delete"),
                [shortcut.Delete, QKeySequence("Backspace")],
                self.delete,
            ),
            ("copy", self.tr("Copy"), [shortcut.Copy], self.copy),
            ("cut", self.tr("Cut"), [shortcut.Cut], self.cut),
            ("paste", self.tr("Paste"), [shortcut.Paste], self.paste),
            ("duplicate", self.tr("Duplicate"), [QKeySequence("Ctrl+D")], self.duplicate),
            ("select_all", self.tr("Select all"), [shortcut.SelectAll], self.select_all),
            (
                "zoom_in",
                self.tr("Zoom in"),
                [QKeySequence("Ctrl+="), QKeySequence("Ctrl++")],
                view.zoom_in,
            ),
            ("zoom_out", self.tr("Zoom out"), [QKeySequence("Ctrl+-")], view.zoom_out),
            ("fit", self.tr("Fit to window"), [QKeySequence("F")], view.fit),
            ("arrange", self.tr("Arrange automatically"), [QKeySequence("Ctrl+L")], self.arrange),
            ("nudge_left", self.tr("Nudge left"), [QKeySequence("Left")], self._nudge(-1, 0)),
            ("nudge_right", self.tr("Nudge right"), [QKeySequence("Right")], self._nudge(1, 0)),
            ("nudge_up", self.tr("Nudge up"), [QKeySequence("Up")], self._nudge(0, -1)),
            ("nudge_down", self.tr("Nudge down"), [QKeySequence("Down")], self._nudge(0, 1)),
        ):
            action = QAction(text, host)
            action.setShortcuts([QKeySequence(key) for key in keys])
            # Shortcuts act only inside the canvas: text fields of the side panel keep theirs.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            view.addAction(action)
            self.actions[name] = action

    def _say(self, text: str) -> None:
        self.status_message.emit(text)

    def delete(self) -> None:
        node_ids = self.scene.selected_node_ids()
        links = [link for link in self.scene.selected_links() if link.source not in node_ids]
        if node_ids and links:
            self.document.undo_stack.beginMacro(self.tr("Delete"))
        for link in links:
            self.document.disconnect(link.source, link.port)
        self.document.remove_nodes(node_ids)
        if node_ids and links:
            self.document.undo_stack.endMacro()

    def copy(self) -> bool:
        node_ids = self.scene.selected_node_ids()
        if not node_ids:
            return False
        QGuiApplication.clipboard().setText(fragment_to_text(self.document.flow, node_ids))
        return True

    def cut(self) -> None:
        if self.copy():
            self.document.remove_nodes(self.scene.selected_node_ids())

    def paste(self) -> list[str]:
        """Adds the steps on the clipboard (new ids), selected; nothing changes and the reason
        is shown when the clipboard holds no steps or steps from a newer shopnurture."""
        text = QGuiApplication.clipboard().text()
        try:
            piece = fragment_from_text(text)
        except UserError as error:
            self._say(error.message(self.language))
            return []
        self._paste_count = self._paste_count + 1 if text == self._last_pasted else 1
        self._last_pasted = text
        xs = [node.position[0] for node in piece.nodes.values()]
        ys = [node.position[1] for node in piece.nodes.values()]
        same_flow_and_visible = all(
            node_id in self.document.flow.nodes and self._visible(node_id)
            for node_id in piece.nodes
        )
        if same_flow_and_visible:
            offset = (PASTE_STEP * self._paste_count, PASTE_STEP * self._paste_count)
        else:
            centre = self.view.visible_scene_rect().center()
            width = max(xs) - min(xs) + NODE_WIDTH
            height = max(ys) - min(ys) + NODE_HEIGHT
            left = round((centre.x() - width / 2) / GRID) * GRID
            top = round((centre.y() - height / 2) / GRID) * GRID
            offset = (left - min(xs), top - min(ys))
        new_ids = self.document.insert_fragment(piece, offset, self.tr("Paste"))
        self.scene.select_nodes(new_ids)
        self.scene.fit_scene_rect()
        return new_ids

    def _visible(self, node_id: str) -> bool:
        x, y = self.document.flow.nodes[node_id].position
        return self.view.visible_scene_rect().contains(QPointF(x, y))

    def duplicate(self) -> list[str]:
        node_ids = self.scene.selected_node_ids()
        if not node_ids:
            return []
        piece = extract(self.document.flow, node_ids)
        new_ids = self.document.insert_fragment(
            piece, (PASTE_STEP, PASTE_STEP), self.tr("Duplicate")
        )
        self.scene.select_nodes(new_ids)
        self.scene.fit_scene_rect()
        return new_ids

    def select_all(self) -> None:
        for item in self.scene.node_items.values():
            item.setSelected(True)

    def arrange(self) -> None:
        self.document.auto_layout()
        self.scene.fit_scene_rect()
        self.view.fit()

    def _nudge(self, dx: int, dy: int) -> Callable[[], None]:
        def nudge() -> None:
            node_ids = self.scene.selected_node_ids()
            positions = {}
            for node_id in node_ids:
                x, y = self.document.flow.nodes[node_id].position
                positions[node_id] = (x + dx * GRID, y + dy * GRID)
            self.document.move_nodes(positions, nudge=True)

        return nudge
