"""FlowEditorWidget: the palette, the canvas with its minimap, a slot on the right for the
properties panel, a toolbar (save, undo/redo, arrange, zoom, export) and the undo history."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QSplitter,
    QToolBar,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from shopnurture.data.database import Database
from shopnurture.errors import UserError
from shopnurture.gui.flow_editor.contact_test import ContactTestBar
from shopnurture.gui.flow_editor.document import FlowDocument
from shopnurture.gui.flow_editor.edit_actions import EditActions
from shopnurture.gui.flow_editor.editor_io import FlowSaver
from shopnurture.gui.flow_editor.interactions import drop_node
from shopnurture.gui.flow_editor.minimap import Minimap
from shopnurture.gui.flow_editor.palette import NodePalette
from shopnurture.gui.flow_editor.render import print_flow, render_flow
from shopnurture.gui.flow_editor.scene import FlowScene
from shopnurture.gui.flow_editor.view import FlowView
from shopnurture.gui.style import is_dark
from shopnurture.gui.tasks import Task


class FlowEditorWidget(QWidget):
    """Runs on the GUI thread. `database` may be None (nothing to save to, e.g. in tests of
    the canvas alone); saving, live counts and drafts are then off."""

    selection_changed = Signal(str)
    """The one selected node's id, or "" when none or several are selected."""
    status_message = Signal(str)
    """A short text for the owner (why a link or a paste was refused, what was saved)."""

    def __init__(
        self,
        document: FlowDocument,
        *,
        language: str,
        database: Database | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.database = database
        self.language = language
        dark = is_dark(self.palette())
        if document.parent() is None:
            document.setParent(self)  # Qt deletes the undo stack after the views that show it
        self.scene = FlowScene(document, language=language, dark=dark, font=self.font())
        self.scene.setParent(self)
        self.view = FlowView(self.scene)
        self.node_palette = NodePalette(language, dark=dark)
        self.node_palette.setMinimumWidth(200)
        self.undo_view = QUndoView(document.undo_stack)
        self.undo_view.setEmptyLabel(self.tr("Opened"))
        self.undo_view.setAccessibleName(self.tr("Undo history"))
        self.edit_actions = EditActions(self.view, self, language)
        self.message_label = QLabel()
        self.message_label.setObjectName("hint")
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Editor messages"))
        self.dirty_label = QLabel()
        self.dirty_label.setAccessibleName(self.tr("Save state"))
        self._side_panel: QWidget | None = None
        self._last_selection = ""
        self.saver = FlowSaver(document, database, language, self) if database else None
        self.contact_test = (
            ContactTestBar(self.scene, database, language) if database is not None else None
        )
        self.minimap = Minimap(self.view)
        self._build_actions()
        self._build_layout()
        self.scene.selectionChanged.connect(self._on_scene_selection_changed)
        self.scene.status_message.connect(self.show_message)
        self.edit_actions.status_message.connect(self.show_message)
        self.node_palette.kind_activated.connect(self._on_palette_kind_activated)
        document.dirty_changed.connect(self._on_document_dirty_changed)
        self._on_document_dirty_changed(document.is_dirty)

    # Building ----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        stack = self.document.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.save_action = QAction(self.tr("Save"), self)
        self.save_action.setShortcut(QKeySequence("Ctrl+S"))
        self.save_action.triggered.connect(self.save)
        self.save_copy_action = QAction(self.tr("Save as copy…"), self)
        self.save_copy_action.triggered.connect(self._on_save_copy_action)
        self.export_action = QAction(self.tr("Export image or PDF…"), self)
        self.export_action.setToolTip(
            self.tr("Save the diagram as PNG, SVG or PDF to share or print")
        )
        self.export_action.triggered.connect(self._on_export_action)
        self.print_action = QAction(self.tr("Print…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self._on_print_action)
        self.addAction(self.print_action)
        for action in (self.save_action, self.save_copy_action):
            action.setEnabled(self.saver is not None)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        if self.saver is not None:
            self.saver.saved.connect(self._on_saver_saved)
            self.saver.failed.connect(self.show_message)
        self.test_action = QAction(self.tr("Test with a contact"), self)
        self.test_action.setCheckable(True)
        self.test_action.setEnabled(self.contact_test is not None)
        self.test_action.setToolTip(
            self.tr("Pick a contact and see which steps they would go through, and when")
        )
        self.test_action.toggled.connect(self._on_test_action_toggled)
        if self.contact_test is not None:
            self.contact_test.closed.connect(lambda: self.test_action.setChecked(False))
        self.history_action = QAction(self.tr("History"), self)
        self.history_action.setCheckable(True)
        self.history_action.setChecked(True)
        self.history_action.setToolTip(self.tr("Show or hide the list of changes"))
        self.history_action.toggled.connect(lambda shown: self.undo_view.setVisible(shown))
        self.grid_action = QAction(self.tr("Snap to grid"), self)
        self.grid_action.setCheckable(True)
        self.grid_action.setChecked(True)
        self.grid_action.toggled.connect(self._on_grid_action_toggled)

    def _build_layout(self) -> None:
        self.toolbar = QToolBar(self.tr("Editor tools"))
        self.toolbar.setAccessibleName(self.tr("Editor tools"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        actions = self.edit_actions.actions
        # Short words on the buttons; menus, tooltips and screen readers keep the full text.
        for action, short in ((actions["arrange"], self.tr("Arrange")),
                              (self.grid_action, self.tr("Grid")),
                              (self.export_action, self.tr("Export…"))):  # fmt: skip
            action.setToolTip(action.toolTip() if action is self.export_action else action.text())
            action.setIconText(short)
        for action in (self.save_action, self.save_copy_action, None,
                       self.undo_action, self.redo_action, None, actions["arrange"],
                       actions["zoom_out"], actions["zoom_in"], actions["fit"], self.grid_action,
                       None, self.history_action, self.test_action,
                       self.export_action, self.print_action):  # fmt: skip
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.node_palette)
        left.addWidget(self.undo_view)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)
        self.side_slot = QWidget()
        self.side_slot.setMinimumWidth(0)
        side_layout = QVBoxLayout(self.side_slot)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.side_slot.hide()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.side_slot)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 800, 300])
        footer = QWidget()
        footer_layout = QVBoxLayout(footer)
        footer_layout.setContentsMargins(8, 2, 8, 4)
        footer_layout.addWidget(self.message_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        if self.contact_test is not None:
            layout.addWidget(self.contact_test)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(footer)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.dirty_label)

    # The lead places the properties panel here -------------------------------------------

    def set_side_panel(self, widget: QWidget) -> None:
        """Puts `widget` (e.g. the node properties panel) in the right-hand slot."""
        layout = self.side_slot.layout()
        if self._side_panel is not None:
            layout.removeWidget(self._side_panel)
            self._side_panel.setParent(None)
        self._side_panel = widget
        layout.addWidget(widget)
        self.side_slot.show()
        # Room for the panel's fields and message preview; the canvas keeps the rest.
        palette_width, canvas_width, _ = self.splitter.sizes()
        panel_width = max(widget.minimumWidth(), 400)
        self.splitter.setSizes([palette_width, max(canvas_width - panel_width, 300), panel_width])

    def side_panel(self) -> QWidget | None:
        return self._side_panel

    # Behaviour ----------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        if text:
            self.status_message.emit(text)

    def add_node_at_centre(self, kind: str) -> str:
        """Adds a node where the canvas shows (the keyboard's way to use the palette)."""
        centre = self.view.visible_scene_rect().center()
        offset = 20.0 * (len(self.document.flow.nodes) % 5)
        node_id = drop_node(self.scene, kind, centre + QPointF(offset, offset))
        self.view.setFocus()
        return node_id

    def _on_palette_kind_activated(self, kind: str) -> None:
        self.add_node_at_centre(kind)

    def _on_scene_selection_changed(self) -> None:
        try:
            selected = self.scene.selected_node_ids()
        except RuntimeError:  # the scene is being torn down
            return
        current = selected[0] if len(selected) == 1 else ""
        if current != self._last_selection:
            self._last_selection = current
            self.selection_changed.emit(current)

    def _on_document_dirty_changed(self, dirty: bool) -> None:
        self.dirty_label.setText(self.tr("● Unsaved changes") if dirty else self.tr("Saved"))

    def save(self) -> Task | None:
        """Stores the flow off the GUI thread; None when there is nowhere to save or it is busy."""
        return self.saver.save() if self.saver is not None else None

    def _on_save_copy_action(self) -> None:
        if self.saver is not None:
            self.saver.ask_and_save_copy(self)

    def _on_saver_saved(self, flow_id: int) -> None:
        self.show_message(self.tr("Saved “%1”.").replace("%1", self.document.flow.name))

    def export_image(self, path: Path) -> bool:
        """Draws the flow (in light colours) to `path`; False with a message on failure."""
        try:
            render_flow(self.document.flow.copy(), path, language=self.language)
        except UserError as error:
            self.show_message(error.message(self.language))
            return False
        self.show_message(self.tr("Diagram saved to %1").replace("%1", str(path)))
        return True

    def _on_export_action(self) -> None:
        name = self.document.flow.name or "flow"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the diagram"),
            str(Path.home() / f"{name}.png"),
            self.tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"),
        )
        if path:
            self.export_image(Path(path))

    def _on_print_action(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            if not print_flow(self.document.flow.copy(), printer, language=self.language):
                self.show_message(self.tr("The printer could not be started."))

    def _on_test_action_toggled(self, on: bool) -> None:
        if self.contact_test is None or on == self.contact_test.active:
            return
        if on:
            self.contact_test.enter()
        else:
            self.contact_test.leave()

    def _on_grid_action_toggled(self, on: bool) -> None:
        self.scene.snap_to_grid = on
        self.scene.set_grid_visible(on)
