"""Choosing the period of the results: presets (this month by default, the last 30 days in
a month's first days) or two dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from shopnurture.domain.report_period import ReportPeriod, default_preset, preset_period
from shopnurture.gui.formatting import short_date_pattern

CUSTOM = "custom"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class PeriodPicker(QWidget):
    sig_period_changed = Signal(object)
    """The owner picked another period; carries a ReportPeriod."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("Period"))
        for key, text in (
            ("this_month", self.tr("This month")),
            ("last_month", self.tr("Last month")),
            ("last_7_days", self.tr("Last 7 days")),
            ("last_30_days", self.tr("Last 30 days")),
            (CUSTOM, self.tr("Custom dates")),
        ):
            self.preset.addItem(text, key)
        self.first = QDateEdit()
        self.last = QDateEdit()
        for edit, name in ((self.first, self.tr("From")), (self.last, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(short_date_pattern())
            edit.setAccessibleName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preset)
        layout.addWidget(self.first)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.last)
        start = default_preset(today)
        self.preset.setCurrentIndex(self.preset.findData(start))
        self._show(preset_period(start, today))
        self.preset.currentIndexChanged.connect(self._on_preset_current_index_changed)
        self.first.dateChanged.connect(self._on_dates_changed)
        self.last.dateChanged.connect(self._on_dates_changed)
        self._set_custom(False)

    def period(self) -> ReportPeriod:
        first, last = _pydate(self.first.date()), _pydate(self.last.date())
        return ReportPeriod(min(first, last), max(first, last))

    def choose(self, key: str) -> None:
        self.preset.setCurrentIndex(self.preset.findData(key))

    def set_dates(self, first: date, last: date) -> None:
        """Custom dates, as if typed by the owner."""
        self.choose(CUSTOM)
        self._show(ReportPeriod(first, last), emit=True)

    def _set_custom(self, custom: bool) -> None:
        self.first.setEnabled(custom)
        self.last.setEnabled(custom)

    def _show(self, period: ReportPeriod, emit: bool = False) -> None:
        for edit, day in ((self.first, period.first), (self.last, period.last)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        if emit:
            self.sig_period_changed.emit(self.period())

    def _on_preset_current_index_changed(self, _index: int) -> None:
        key = self.preset.currentData()
        self._set_custom(key == CUSTOM)
        if key != CUSTOM:
            self._show(preset_period(key, self._today), emit=True)

    def _on_dates_changed(self, _day: QDate) -> None:
        if self.preset.currentData() == CUSTOM:
            self.sig_period_changed.emit(self.period())
