"""The segment rule builder: nested AND / OR groups of rules, and the number of matching
contacts, counted off the GUI thread as the rules change (the latest request wins)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from shopnurture.data.database import Database
from shopnurture.domain.segments import MAX_DEPTH, Group, Rule, segment_problems
from shopnurture.gui.i18n import current_language
from shopnurture.gui.segments.rule_row import RuleRow
from shopnurture.gui.tasks import Task, run_in_background
from shopnurture.messages import render_message
from shopnurture.services.segments import count_contacts_in

COUNT_DELAY_MS = 250


class GroupBox(QFrame):
    """All or any of its rows, each a rule or a nested group."""

    sig_changed = Signal()
    """A rule or the match was edited, or a row added or removed."""
    sig_remove_requested = Signal()
    """The owner removed this (nested) group."""

    def __init__(self, group: Group | None = None, *, depth: int = 0) -> None:
        super().__init__()
        self.setObjectName("segmentGroup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.depth = depth
        self.match = QComboBox()
        self.match.setAccessibleName(self.tr("Match"))
        self.match.addItem(self.tr("All of these rules"), "all")
        self.match.addItem(self.tr("Any of these rules"), "any")
        self.add_rule_button = QPushButton(self.tr("Add rule"))
        self.add_group_button = QPushButton(self.tr("Add group"))
        self.add_group_button.setEnabled(depth < MAX_DEPTH)
        header = QHBoxLayout()
        header.addWidget(self.match)
        header.addStretch(1)
        header.addWidget(self.add_rule_button)
        header.addWidget(self.add_group_button)
        if depth > 0:
            remove = QPushButton(self.tr("Remove group"))
            remove.clicked.connect(self.sig_remove_requested)
            header.addWidget(remove)
        self.rows = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(self.rows)
        if depth == 0:
            layout.addStretch(1)  # rules stay together at the top of the scroll area
        self.items: list[RuleRow | GroupBox] = []
        self.set_group(group or Group())
        self.match.currentIndexChanged.connect(self.sig_changed)
        self.add_rule_button.clicked.connect(lambda: self.add_item(Rule("tags", "has", "")))
        self.add_group_button.clicked.connect(lambda: self.add_item(Group("any")))

    def set_group(self, group: Group) -> None:
        for item in list(self.items):
            self._take(item)
        self.match.setCurrentIndex(max(0, self.match.findData(group.match)))
        for item in group.items:
            self.add_item(item, announce=False)

    def add_item(self, item: Rule | Group, *, announce: bool = True) -> RuleRow | GroupBox:
        row: RuleRow | GroupBox
        if isinstance(item, Group):
            row = GroupBox(item, depth=self.depth + 1)
        else:
            row = RuleRow(item)
        row.sig_changed.connect(self.sig_changed)
        row.sig_remove_requested.connect(lambda: self.remove_item(row))
        self.items.append(row)
        self.rows.addWidget(row)
        if announce:
            self.sig_changed.emit()
        return row

    def remove_item(self, row: RuleRow | GroupBox) -> None:
        self._take(row)
        self.sig_changed.emit()

    def _take(self, row: RuleRow | GroupBox) -> None:
        self.items.remove(row)
        self.rows.removeWidget(row)
        row.deleteLater()

    def group(self) -> Group:
        return Group(
            str(self.match.currentData()),
            tuple(
                item.group() if isinstance(item, GroupBox) else item.rule() for item in self.items
            ),
        )


class SegmentBuilder(QWidget):
    sig_counted = Signal(int)
    """The rules now shown match this many contacts."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.root = GroupBox()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.root)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.count_label.setAccessibleName(self.tr("Matching contacts"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.count_label)
        self.count: int | None = None
        self._generation = 0
        self._task: Task | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COUNT_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.root.sig_changed.connect(self._timer.start)
        self._timer.start()

    def set_rules(self, rules: Group) -> None:
        self.root.set_group(rules)
        self._timer.start()

    def rules(self) -> Group:
        return self.root.group()

    def problems_text(self) -> str:
        """The first problem of the rules, in the owner's language ("" when none)."""
        problems = segment_problems(self.rules())
        if not problems:
            return ""
        first = problems[0]
        reason = render_message(first.code, current_language(), **first.params)
        return render_message(
            "segment.invalid", current_language(), path=first.path or "-", reason=reason
        )

    def count_pending(self) -> bool:
        """A change waits to be counted, or a count is running."""
        return self._timer.isActive() or (self._task is not None and not self._task.done)

    def _on_timer_timeout(self) -> None:
        """Count in the background; an older count arriving late is dropped."""
        self._generation += 1
        generation, rules, database = self._generation, self.rules(), self._database
        problem = self.problems_text()
        if problem:
            self.count = None
            self.count_label.setText(problem)
            return
        self.count_label.setText(self.tr("Counting…"))
        now = datetime.now(UTC)
        # A bound method (not a lambda) as the callback: Qt drops it if the builder is gone.
        self._task = run_in_background(
            lambda: (generation, count_contacts_in(database, rules, now=now)),
            on_finished=self._on_count_finished,
        )

    def _on_count_finished(self, result: tuple[int, int]) -> None:
        generation, count = result
        if generation != self._generation:
            return
        self.count = count
        self.count_label.setText(self.tr("%n contact(s) match", "", count))
        self.sig_counted.emit(count)
