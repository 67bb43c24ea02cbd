"""The dashboard's charts (QtCharts): revenue won per automation, messages per day, the funnel
by phase, and cart recovery against the 20 % reference. Colours follow the light or dark
palette; dates and money follow the locale (Spanish month names, the shop's currency)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget

from shopnurture.domain.results import CART_RECOVERY_REFERENCE
from shopnurture.gui.labels import phase_label
from shopnurture.gui.style import is_dark
from shopnurture.services.results import PHASES, ResultsReport

# Distinct hues that read on white and on dark grey alike.
SERIES_COLOURS = ("#1f8a70", "#e07a1f", "#3b6fd1", "#c2417d", "#8a6d1f", "#6a4fc2", "#7f8c8d")
MAX_FLOW_SERIES = 6


def bucket_label(day: date, granularity: str) -> str:
    """'3 mar' (Spanish) or 'Mar 3'; weeks are named by their Monday."""
    locale = QLocale()
    pattern = "d MMM" if locale.language() == QLocale.Language.Spanish else "MMM d"
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


class ResultsChart(QChartView):
    """A chart view styled after the application palette."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.title = title
        self.setAccessibleName(title)
        self.setChart(self._new_chart())

    def _new_chart(self) -> QChart:
        chart = QChart()
        palette = QApplication.palette()
        dark = is_dark(palette)
        chart.setTheme(
            QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        )
        chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
        chart.setBackgroundRoundness(6)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setTitle(self.title)
        font = QFont(chart.titleFont())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        chart.setTitleFont(font)
        chart.setTitleBrush(palette.color(QPalette.ColorRole.Text))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setLabelColor(palette.color(QPalette.ColorRole.Text))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        return chart

    def replace_chart(self) -> QChart:
        old = self.chart()
        chart = self._new_chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        return chart

    def style_axis(self, axis: QBarCategoryAxis | QValueAxis | QCategoryAxis) -> None:
        palette = QApplication.palette()
        axis.setLabelsColor(palette.color(QPalette.ColorRole.Text))
        axis.setGridLineColor(palette.color(QPalette.ColorRole.Mid))
        axis.setLinePenColor(palette.color(QPalette.ColorRole.Mid))


def _value_axis(
    view: ResultsChart, maximum: float, label_format: str = "%.0f", title: str = ""
) -> QValueAxis:
    """From 0 to a round number above `maximum`. The label format is printf's and ASCII only
    (Qt garbles a currency sign in it): a unit goes in the title."""
    axis = QValueAxis()
    axis.setRange(0, max(maximum, 1.0) * 1.1)
    axis.setLabelFormat(label_format)
    axis.applyNiceNumbers()
    if title:
        axis.setTitleText(title)
        axis.setTitleBrush(QApplication.palette().color(QPalette.ColorRole.Text))
    view.style_axis(axis)
    return axis


def _time_axis(view: ResultsChart, report: ResultsReport, most: int = 8) -> QCategoryAxis:
    """Bars sit at 0, 1, 2…; a label every few of them, so a month of days stays readable
    (a bar category axis would squeeze every label into its own bar and elide it)."""
    axis = QCategoryAxis()
    count = len(report.buckets)
    axis.setRange(-0.5, count - 0.5)
    axis.setStartValue(-0.5)
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    step = max(1, -(-count // most))
    for index in range(0, count, step):
        axis.append(bucket_label(report.buckets[index], report.granularity), index)
    view.style_axis(axis)
    return axis


def _bar_set(name: str, values: list[float], colour: str) -> QBarSet:
    bar_set = QBarSet(name)
    bar_set.append(values)
    bar_set.setColor(QColor(colour))
    bar_set.setBorderColor(QColor(colour))
    return bar_set


def _attach(chart: QChart, series: object, x_axis: object, y_axis: object) -> None:
    chart.addSeries(series)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x_axis)  # type: ignore[attr-defined]
    series.attachAxis(y_axis)  # type: ignore[attr-defined]


def show_revenue(view: ResultsChart, report: ResultsReport, currency_symbol: str) -> None:
    """Stacked bars: revenue won per automation per day (or week), in whole currency units."""
    chart = view.replace_chart()
    series = QStackedBarSeries()
    series.setBarWidth(0.75)
    flows = [flow for flow in report.flows if flow.revenue_cents > 0]
    shown, others = flows[:MAX_FLOW_SERIES], flows[MAX_FLOW_SERIES:]
    totals = [0.0] * len(report.buckets)
    for index, flow in enumerate(shown):
        values = [cents / 100 for cents in report.revenue_series.get(flow.flow_id, [])]
        series.append(_bar_set(flow.name, values, SERIES_COLOURS[index % len(SERIES_COLOURS)]))
        totals = [a + b for a, b in zip(totals, values, strict=True)]
    if others:
        rest = [0.0] * len(report.buckets)
        for flow in others:
            values = report.revenue_series.get(flow.flow_id, [])
            rest = [a + b / 100 for a, b in zip(rest, values, strict=True)]
        series.append(
            _bar_set(
                QCoreApplication.translate("ResultsCharts", "Other automations"),
                rest,
                SERIES_COLOURS[-1],
            )
        )
        totals = [a + b for a, b in zip(totals, rest, strict=True)]
    y_axis = _value_axis(view, max(totals, default=0), title=currency_symbol)
    _attach(chart, series, _time_axis(view, report), y_axis)
    chart.legend().setVisible(bool(shown))


def show_messages(view: ResultsChart, report: ResultsReport) -> None:
    chart = view.replace_chart()
    series = QStackedBarSeries()
    series.setBarWidth(0.75)
    email, sms = report.message_series["email"], report.message_series["sms"]
    series.append(
        _bar_set(
            QCoreApplication.translate("ResultsCharts", "Email"),
            [float(v) for v in email],
            SERIES_COLOURS[2],
        )
    )
    series.append(
        _bar_set(
            QCoreApplication.translate("ResultsCharts", "SMS"),
            [float(v) for v in sms],
            SERIES_COLOURS[1],
        )
    )
    totals = [a + b for a, b in zip(email, sms, strict=True)]
    _attach(chart, series, _time_axis(view, report), _value_axis(view, max(totals, default=0)))


def show_funnel(view: ResultsChart, report: ResultsReport) -> None:
    """Contacts per phase, all of them and those active in the period, I at the top."""
    chart = view.replace_chart()
    series = QHorizontalBarSeries()
    order = list(reversed(PHASES))  # the axis draws its first category at the bottom
    for name, counts, colour in (
        (
            QCoreApplication.translate("ResultsCharts", "All contacts"),
            report.phases_all,
            SERIES_COLOURS[6],
        ),
        (
            QCoreApplication.translate("ResultsCharts", "Active in the period"),
            report.phases_active,
            SERIES_COLOURS[0],
        ),
    ):
        series.append(_bar_set(name, [float(counts[phase]) for phase in order], colour))
    series.setLabelsVisible(True)
    categories = QBarCategoryAxis()
    categories.append([phase_label(phase) for phase in order])
    view.style_axis(categories)
    values = _value_axis(view, max(report.phases_all.values(), default=0))
    chart.addSeries(series)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    series.attachAxis(values)


def show_cart_recovery(view: ResultsChart, report: ResultsReport) -> None:
    """Recovered share of reminded carts per week, against the 20 % reference line."""
    chart = view.replace_chart()
    rates = [
        100.0 * recovered / reminded if reminded else 0.0
        for reminded, recovered in report.cart_series
    ]
    bars = QBarSeries()
    bars.append(
        _bar_set(
            QCoreApplication.translate("ResultsCharts", "Carts recovered (%)"),
            rates,
            SERIES_COLOURS[0],
        )
    )
    reference = QLineSeries()
    reference.setName(QCoreApplication.translate("ResultsCharts", "Reference: 20 % won back"))
    count = max(len(rates), 1)
    reference.append(-0.5, CART_RECOVERY_REFERENCE * 100)
    reference.append(count - 0.5, CART_RECOVERY_REFERENCE * 100)
    pen = QPen(QColor(SERIES_COLOURS[1]))
    pen.setWidth(2)
    pen.setStyle(Qt.PenStyle.DashLine)
    reference.setPen(pen)
    x_axis = QBarCategoryAxis()
    # A week that started before the period is named by the period's first day.
    x_axis.append(
        [bucket_label(max(week, report.period.first), "week") for week in report.cart_weeks]
    )
    view.style_axis(x_axis)
    y_axis = _value_axis(view, max([*rates, CART_RECOVERY_REFERENCE * 100]), title="%")
    _attach(chart, bars, x_axis, y_axis)
    chart.addSeries(reference)
    reference.attachAxis(x_axis)
    reference.attachAxis(y_axis)
