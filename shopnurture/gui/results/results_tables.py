"""The results tables (per flow, and per step of one flow) and what their cells say; the same
rows go to Excel with their raw numbers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from shopnurture.domain.lift import Lift
from shopnurture.domain.results import FlowResult, NodeResult, Outcomes
from shopnurture.gui.formatting import format_money
from shopnurture.gui.i18n import current_language
from shopnurture.gui.list_table import HeaderedTableModel
from shopnurture.messages import MESSAGES, render_message

TEXT, NUMBER, MONEY, PERCENT = "text", "number", "money", "percent"


def percent_text(value: float | None) -> str:
    if value is None:
        return "–"
    return QCoreApplication.translate("Results", "%1 %").replace(
        "%1", f"{value * 100:.1f}".replace(".", _decimal_point())
    )


def _decimal_point() -> str:
    return QLocale().decimalPoint()


def _points(value: float) -> str:
    return f"{value * 100:+.1f}".replace(".", _decimal_point())


def lift_text(lift: Lift | None) -> str:
    """'Yes: +20.0 pts', 'Not enough data yet' or 'No control group': short enough for the
    table to fit a laptop screen; the interval is in `lift_detail`."""
    if lift is None:
        return QCoreApplication.translate("Results", "No control group")
    if not lift.significant:
        return QCoreApplication.translate("Results", "Not enough data yet")
    if lift.verdict == "positive":
        text = QCoreApplication.translate("Results", "Yes: %1 pts")
    else:
        text = QCoreApplication.translate("Results", "No: %1 pts")
    return text.replace("%1", _points(lift.difference))


def lift_detail(lift: Lift | None) -> str:
    """The rates behind the verdict, for a tooltip."""
    if lift is None:
        return QCoreApplication.translate(
            "Results", "Add a holdout node to this automation to learn whether it causes sales."
        )
    return (
        QCoreApplication.translate(
            "Results",
            "Messaged: %1 of %2 bought (%3). Control group: %4 of %5 bought (%6). "
            "Orders within %7 days of the split.",
        )
        .replace("%1", str(lift.treated_converted))
        .replace("%2", str(lift.treated))
        .replace("%3", percent_text(lift.treated_rate))
        .replace("%4", str(lift.control_converted))
        .replace("%5", str(lift.control))
        .replace("%6", percent_text(lift.control_rate))
        .replace("%7", f"{lift.window_days:g}")
        + " "
        + QCoreApplication.translate(
            "Results", "Difference: %1 points (95 % interval %2 to %3, Newcombe)."
        )
        .replace("%1", _points(lift.difference))
        .replace("%2", _points(lift.low))
        .replace("%3", _points(lift.high))
    )


def reason_label(reason: str) -> str:
    code = f"outbox.reason.{reason}"
    return render_message(code, current_language()) if code in MESSAGES else reason


def skipped_detail(outcomes: Outcomes) -> str:
    return ", ".join(
        f"{reason_label(reason)}: {count}" for reason, count in sorted(outcomes.skipped.items())
    )


class ResultsTableModel(HeaderedTableModel):
    """Rows of raw values under typed columns (text, number, money, percent)."""

    kinds: Sequence[str] = ()

    def __init__(self, currency: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._currency = currency
        self._tooltips: list[dict[int, str]] = []

    def set_rows(self, rows: list[tuple[list[Any], dict[int, str]]]) -> None:
        self.beginResetModel()
        self._rows = [values for values, _ in rows]
        self._tooltips = [tips for _, tips in rows]
        self.endResetModel()

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        value, kind = self._rows[index.row()][index.column()], self.kinds[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if kind == MONEY:
                return format_money(value, self._currency)
            if kind == PERCENT:
                return percent_text(value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and kind != TEXT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltips[index.row()].get(index.column())
        return None

    def export_table(self) -> tuple[list[str], list[list[Any]], list[int]]:
        """(headers, rows, money column indexes) for the Excel writer: raw numbers."""
        headers = [
            QCoreApplication.translate(self.header_context, header) for header in self.headers
        ]
        rows = [
            [
                round(value * 100, 1) if kind == PERCENT and value is not None else value
                for value, kind in zip(row, self.kinds, strict=True)
            ]
            for row in self._rows
        ]
        money = [column for column, kind in enumerate(self.kinds) if kind == MONEY]
        return headers, rows, money


class FlowResultsModel(ResultsTableModel):
    header_context = "FlowResultsModel"
    headers = (
        QT_TRANSLATE_NOOP("FlowResultsModel", "Automation"),
        QT_TRANSLATE_NOOP("FlowResultsModel", "Revenue won"),
        QT_TRANSLATE_NOOP("FlowResultsModel", "Did it cause it?"),
        QT_TRANSLATE_NOOP("FlowResultsModel", "Orders"),
        QT_TRANSLATE_NOOP("FlowResultsModel", "Bought"),
        QT_TRANSLATE_NOOP("FlowResultsModel", "Conversion (%)"),
        QT_TRANSLATE_NOOP("FlowResultsModel", "Carts recovered"),
        QT_TRANSLATE_NOOP("FlowResultsModel", "Entered"),
        QT_TRANSLATE_NOOP("FlowResultsModel", "Sent"),
        QT_TRANSLATE_NOOP("FlowResultsModel", "Failed"),
        QT_TRANSLATE_NOOP("FlowResultsModel", "Held back"),
    )
    # What was won and whether the flow caused it come first: they fit a laptop's screen.
    kinds = (TEXT, MONEY, TEXT, NUMBER, NUMBER, PERCENT, TEXT, NUMBER, NUMBER, NUMBER, NUMBER)

    def set_flows(self, flows: list[FlowResult]) -> None:
        self.flows = flows
        rows = []
        for flow in flows:
            carts = ""
            if flow.carts is not None:
                carts = f"{flow.carts.recovered} / {flow.carts.reminded}"
            values = [
                flow.name, flow.revenue_cents, lift_text(flow.lift), flow.orders, flow.converted,
                flow.conversion_rate, carts, flow.entered, flow.sent, flow.failed,
                flow.skipped_total,
            ]  # fmt: skip
            tips = {2: lift_detail(flow.lift), 10: skipped_detail(flow)}
            rows.append((values, tips))
        self.set_rows(rows)


class NodeResultsModel(ResultsTableModel):
    header_context = "NodeResultsModel"
    headers = (
        QT_TRANSLATE_NOOP("NodeResultsModel", "Step"),
        QT_TRANSLATE_NOOP("NodeResultsModel", "Reached"),
        QT_TRANSLATE_NOOP("NodeResultsModel", "Sent"),
        QT_TRANSLATE_NOOP("NodeResultsModel", "Failed"),
        QT_TRANSLATE_NOOP("NodeResultsModel", "Held back"),
        QT_TRANSLATE_NOOP("NodeResultsModel", "Bought"),
        QT_TRANSLATE_NOOP("NodeResultsModel", "Orders"),
        QT_TRANSLATE_NOOP("NodeResultsModel", "Revenue won"),
    )
    kinds = (TEXT, NUMBER, NUMBER, NUMBER, NUMBER, NUMBER, NUMBER, MONEY)

    def set_nodes(self, nodes: list[NodeResult]) -> None:
        """One row per step, named as the owner reads it (the report describes each)."""
        rows = []
        for node in nodes:
            values = [
                node.label, node.reached, node.sent, node.failed, node.skipped_total,
                node.converted, node.orders, node.revenue_cents,
            ]  # fmt: skip
            steps = ", ".join(
                f"{outcome}: {count}" for outcome, count in sorted(node.steps.items())
            )
            rows.append((values, {0: node.label, 1: steps, 4: skipped_detail(node)}))
        self.set_rows(rows)
