"""The Results page: which automation earned what in a period, and whether it caused it.
The report is computed on a worker thread; tables export to Excel."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopnurture.data.database import Database
from shopnurture.domain.report_period import ReportPeriod
from shopnurture.domain.results import CART_RECOVERY_REFERENCE
from shopnurture.errors import UserError
from shopnurture.gui.formatting import format_money
from shopnurture.gui.i18n import current_language
from shopnurture.gui.list_table import configure_list_table
from shopnurture.gui.results import charts
from shopnurture.gui.results.period_picker import PeriodPicker
from shopnurture.gui.results.results_tables import (
    FlowResultsModel,
    NodeResultsModel,
    ResultsTableModel,
    percent_text,
)
from shopnurture.gui.style import heading_font
from shopnurture.gui.tasks import Task, run_in_background
from shopnurture.services.exporting import write_table
from shopnurture.services.results import ResultsReport, build_report
from shopnurture.services.settings import read_settings

_FLOW_WIDTHS = (220, 70, 70, 70, 80, 70, 110, 100, 70, 110, 110)
_NODE_WIDTHS = (420, 80, 70, 70, 80, 70, 70, 110)


class ResultsPage(QWidget):
    sig_report_ready = Signal(object)
    """A report was computed and shown; carries the ResultsReport."""
    sig_exported = Signal(str)
    """A table was written to this .xlsx file."""
    sig_status_message = Signal(str)
    """A short message for the status bar."""

    def __init__(
        self, database: Database, *, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        settings = read_settings(database)
        self._currency = settings["currency"]
        self._zone = ZoneInfo(settings["timezone"])
        self.report: ResultsReport | None = None
        self._task: Task | None = None
        self._requests = 0  # only the latest request's report is shown
        self._shown_once = False

        title = QLabel(self.tr("Results"))
        title.setFont(heading_font(title.font(), 1.4))
        self.picker = PeriodPicker(today or datetime.now(self._zone).date())
        self.picker.sig_period_changed.connect(self._on_picker_period_changed)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        self.status = QLabel()
        self.status.setObjectName("hint")
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.status)
        header.addWidget(self.picker)
        header.addWidget(refresh)

        self.explanation = QLabel()
        self.explanation.setObjectName("hint")
        self.explanation.setWordWrap(True)
        self.summary = {key: self._card() for key in ("won", "carts", "messages", "cause")}
        cards = QHBoxLayout()
        for card in self.summary.values():
            cards.addWidget(card, 1)

        self.revenue_chart = charts.ResultsChart(self.tr("Revenue won per automation"))
        self.messages_chart = charts.ResultsChart(self.tr("Messages sent"))
        self.funnel_chart = charts.ResultsChart(self.tr("Contacts by phase"))
        self.cart_chart = charts.ResultsChart(self.tr("Abandoned carts won back, per week"))
        grid = QGridLayout()
        for index, view in enumerate(
            (self.revenue_chart, self.cart_chart, self.messages_chart, self.funnel_chart)
        ):
            grid.addWidget(view, index // 2, index % 2)

        self.flow_model = FlowResultsModel(self._currency, self)
        self.flow_table = QTableView()
        configure_list_table(
            self.flow_table,
            self.flow_model,
            accessible_name=self.tr("Results per automation"),
            widths=_FLOW_WIDTHS,
        )
        self.flow_table.setMinimumHeight(200)
        self.flow_table.selectionModel().selectionChanged.connect(self._on_flow_selection_changed)
        self.node_model = NodeResultsModel(self._currency, self)
        self.node_table = QTableView()
        configure_list_table(
            self.node_table,
            self.node_model,
            accessible_name=self.tr("Results per step"),
            widths=_NODE_WIDTHS,
        )
        self.node_table.setMinimumHeight(180)
        self.node_title = QLabel()
        self.node_title.setObjectName("sectionTitle")
        self.export_flows_button = QPushButton(self.tr("Export to Excel…"))
        self.export_flows_button.clicked.connect(self._on_export_flows_clicked)
        self.export_nodes_button = QPushButton(self.tr("Export to Excel…"))
        self.export_nodes_button.clicked.connect(self._on_export_nodes_clicked)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(header)
        layout.addWidget(self.explanation)
        layout.addLayout(cards)
        layout.addLayout(grid)
        layout.addLayout(self._titled(self.tr("Per automation"), self.export_flows_button))
        layout.addWidget(self.flow_table)
        layout.addLayout(self._titled(self.node_title, self.export_nodes_button))
        layout.addWidget(self.node_table)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._show_node_title(None)

    # Computing -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute the report for the chosen period on a worker thread."""
        period = self.picker.period()
        self._requests += 1
        request = self._requests
        self.status.setText(self.tr("Computing…"))
        database, language = self._database, current_language()
        self._task = run_in_background(
            lambda: build_report(database, period, language),
            on_finished=lambda report: self._on_report_finished(report, request),
            on_failed=self._on_report_failed,
        )

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)  # type: ignore[arg-type]
        if not self._shown_once:
            self._shown_once = True
            self.refresh()

    def _on_picker_period_changed(self, _period: ReportPeriod) -> None:
        self.refresh()

    def _on_report_finished(self, report: ResultsReport, request: int) -> None:
        if request != self._requests:
            return  # an older request (other period or settings) finished after a newer one
        self.report = report
        self.status.setText("")
        self._show_report(report)
        self.sig_report_ready.emit(report)

    def _on_report_failed(self, error: Exception) -> None:
        self.status.setText(
            error.message(current_language()) if isinstance(error, UserError) else str(error)
        )

    # Showing ---------------------------------------------------------------------------
    def _card(self) -> QLabel:
        card = QLabel()
        card.setObjectName("summaryCard")
        card.setWordWrap(True)
        card.setTextFormat(Qt.TextFormat.RichText)
        card.setMinimumHeight(70)
        card.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMargin(10)
        return card

    def _titled(self, title: QLabel | str, button: QPushButton) -> QHBoxLayout:
        label = title if isinstance(title, QLabel) else QLabel(title)
        label.setObjectName("sectionTitle")
        row = QHBoxLayout()
        row.addWidget(label)
        row.addStretch(1)
        row.addWidget(button)
        return row

    def _money(self, cents: int) -> str:
        return format_money(cents, self._currency)

    def _show_report(self, report: ResultsReport) -> None:
        self.explanation.setText(
            self.tr(
                "Each order counts once, for the last message sent before it (window: %1 d "
                "after an email, %2 d after an SMS). “Did it cause it?” compares with the "
                "contacts a holdout step left out."
            )
            .replace("%1", f"{report.windows.email_days:g}")
            .replace("%2", f"{report.windows.sms_days:g}")
        )
        self._show_summary(report)
        symbol = {"EUR": "€", "USD": "US$"}.get(self._currency, self._currency)
        charts.show_revenue(self.revenue_chart, report, symbol)
        charts.show_messages(self.messages_chart, report)
        charts.show_funnel(self.funnel_chart, report)
        charts.show_cart_recovery(self.cart_chart, report)
        self.flow_model.set_flows(report.flows)
        self.flow_table.resizeColumnsToContents()
        self.flow_table.setColumnWidth(0, min(self.flow_table.columnWidth(0), 220))
        if report.flows:
            self.flow_table.selectRow(0)
        else:
            self.node_model.set_nodes([])
            self._show_node_title(None)

    def _show_summary(self, report: ResultsReport) -> None:
        won = report.revenue_cents
        self.summary["won"].setText(
            self.tr("<b>%1</b> won by automations<br>of %2 sold in the period (%3 orders)")
            .replace("%1", self._money(won))
            .replace("%2", self._money(report.shop_revenue_cents))
            .replace("%3", str(report.shop_orders))
        )
        carts = report.carts
        self.summary["carts"].setText(
            self.tr("<b>%1</b> carts recovered of %2 reminded<br>(%3; the reference is %4)")
            .replace("%1", str(carts.recovered))
            .replace("%2", str(carts.reminded))
            .replace("%3", percent_text(carts.rate))
            .replace("%4", percent_text(CART_RECOVERY_REFERENCE))
        )
        email, sms = sum(report.message_series["email"]), sum(report.message_series["sms"])
        self.summary["messages"].setText(
            self.tr("<b>%1</b> messages sent<br>%2 emails · %3 SMS")
            .replace("%1", str(email + sms))
            .replace("%2", str(email))
            .replace("%3", str(sms))
        )
        measured = [flow for flow in report.flows if flow.lift is not None]
        proven = [flow for flow in measured if flow.lift and flow.lift.verdict == "positive"]
        if proven:
            text = self.tr("<b>Proven</b>: %1 sells more than its control group").replace(
                "%1", ", ".join(flow.name for flow in proven)
            )
        elif measured:
            text = self.tr("<b>Not enough data yet</b> to prove %1 causes sales").replace(
                "%1", ", ".join(flow.name for flow in measured)
            )
        else:
            text = self.tr(
                "<b>Cause unknown</b>: add a holdout step to an automation to measure it"
            )
        self.summary["cause"].setText(text)

    def _show_node_title(self, name: str | None) -> None:
        self.node_title.setText(
            self.tr("Steps of “%1”").replace("%1", name)
            if name
            else self.tr("Steps (choose an automation above)")
        )

    def _on_flow_selection_changed(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        rows = self.flow_table.selectionModel().selectedRows()
        if not rows or self.report is None:
            return
        flow = self.flow_model.flows[rows[0].row()]
        self.node_model.set_nodes(flow.nodes)
        self.node_table.resizeColumnsToContents()
        self.node_table.setColumnWidth(0, min(self.node_table.columnWidth(0), 460))
        self._show_node_title(flow.name)

    # Exporting -------------------------------------------------------------------------
    def export_table(self, model: ResultsTableModel, path: Path, sheet_title: str) -> Task:
        """Write the table as shown (raw numbers, money in currency units) to `path`."""
        headers, rows, money = model.export_table()
        language = current_language()

        def write() -> str:
            write_table(path, sheet_title=sheet_title, headers=headers, rows=rows,
                        money_columns=money, language=language, zone=self._zone)  # fmt: skip
            return str(path)

        def done(written: str) -> None:
            self.sig_status_message.emit(self.tr("Saved %1").replace("%1", written))
            self.sig_exported.emit(written)

        return run_in_background(write, on_finished=done, on_failed=self._on_export_failed)

    def _on_export_failed(self, error: Exception) -> None:
        message = error.message(current_language()) if isinstance(error, UserError) else str(error)
        self.sig_status_message.emit(message)

    def _ask_path(self, stem: str) -> Path | None:
        period = self.picker.period()
        suggested = f"{stem}-{period.first.isoformat()}-{period.last.isoformat()}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to Excel"), str(Path.home() / suggested),
            self.tr("Excel workbook (*.xlsx)"),
        )  # fmt: skip
        if not path:
            return None
        return Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def _on_export_flows_clicked(self) -> None:
        path = self._ask_path(self.tr("results"))
        if path is not None:
            self.export_table(self.flow_model, path, self.tr("Automations"))

    def _on_export_nodes_clicked(self) -> None:
        path = self._ask_path(self.tr("steps"))
        if path is not None:
            self.export_table(self.node_model, path, self.tr("Steps"))
