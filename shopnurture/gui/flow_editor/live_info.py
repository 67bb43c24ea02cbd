"""Live information on the canvas: validation problems marked on their nodes (checked shortly
after each edit) and per-node numbers from the shop (read off the GUI thread, every few
seconds): waiting now, passed, sent, converted."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from shopnurture.data.database import Database
from shopnurture.domain.flows.validation import Problem, validate_flow
from shopnurture.gui.flow_editor.scene import FlowScene
from shopnurture.gui.tasks import Task, run_in_background
from shopnurture.services.engine.canvas_numbers import flow_node_numbers

VALIDATE_AFTER_MS = 300
NUMBERS_EVERY_MS = 10_000


class LiveInfo(QObject):
    """Runs on the GUI thread; only the database read goes to a worker."""

    def __init__(
        self, scene: FlowScene, database: Database | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.scene = scene
        self.document = scene.document
        self.database = database
        self.problems: list[Problem] = []
        self.numbers: dict[str, dict[str, int]] = {}
        self._task: Task | None = None
        self.validate_timer = QTimer(self)
        self.validate_timer.setSingleShot(True)
        self.validate_timer.setInterval(VALIDATE_AFTER_MS)
        self.validate_timer.timeout.connect(self.validate_now)
        self.document.changed.connect(self.validate_timer.start)
        self.document.node_added.connect(self._on_document_node_added)
        self.numbers_timer = QTimer(self)
        self.numbers_timer.setInterval(NUMBERS_EVERY_MS)
        self.numbers_timer.timeout.connect(self.refresh_numbers)
        if database is not None:
            self.numbers_timer.start()
        self.validate_now()
        self.refresh_numbers()

    # Validation -------------------------------------------------------------------------

    def validate_now(self) -> None:
        """Marks each node with its problems (a flow-wide one, like "no trigger", is shown by
        the editor's message line)."""
        self.problems = validate_flow(self.document.flow)
        language = self.scene.language
        by_node: dict[str, list[Problem]] = {}
        for problem in self.problems:
            if problem.node is not None:
                by_node.setdefault(problem.node, []).append(problem)
        for node_id, item in self.scene.node_items.items():
            found = by_node.get(node_id, [])
            severity = None
            if found:
                severity = "error" if any(p.severity == "error" for p in found) else "warning"
            item.set_problems(severity, [p.message(language) for p in found])

    def flow_problems(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.node is None]

    # Numbers from the shop ----------------------------------------------------------------

    def refresh_numbers(self) -> None:
        flow_id = self.document.flow_id
        if self.database is None or flow_id is None or (self._task and not self._task.done):
            return
        database = self.database
        goals = [node.id for node in self.document.flow.goals()]
        self._task = run_in_background(
            lambda: flow_node_numbers(database, flow_id, goals), on_finished=self.show_numbers
        )

    def show_numbers(self, numbers: dict[str, dict[str, int]]) -> None:
        self.numbers = numbers
        for node_id, item in self.scene.node_items.items():
            item.set_badge(self.badge_text(numbers.get(node_id, {})))

    def badge_text(self, counts: dict[str, int]) -> str:
        parts = []
        for key, text in (
            ("waiting", self.tr("%1 waiting")),
            ("passed", self.tr("%1 passed")),
            ("sent", self.tr("%1 sent")),
            ("converted", self.tr("%1 bought")),
        ):
            if counts.get(key):
                parts.append(text.replace("%1", str(counts[key])))
        return " · ".join(parts[:3])

    def _on_document_node_added(self, node_id: str) -> None:
        counts = self.numbers.get(node_id)
        if counts:
            self.scene.node_items[node_id].set_badge(self.badge_text(counts))
