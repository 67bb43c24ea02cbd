"""The Outbox page: every message the automations prepared, its status and why; and the
owner's decisions (send again, cancel, confirm a flagged one arrived)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopnurture.data import outbox_view
from shopnurture.data.clock import utc_now
from shopnurture.data.database import Database
from shopnurture.gui.formatting import format_datetime
from shopnurture.gui.list_table import HeaderedTableModel, configure_list_table

PAGE_SIZE = 300

_HEADERS = (
    QT_TRANSLATE_NOOP("OutboxTableModel", "Prepared"),
    QT_TRANSLATE_NOOP("OutboxTableModel", "Contact"),
    QT_TRANSLATE_NOOP("OutboxTableModel", "Channel"),
    QT_TRANSLATE_NOOP("OutboxTableModel", "Automation"),
    QT_TRANSLATE_NOOP("OutboxTableModel", "Subject"),
    QT_TRANSLATE_NOOP("OutboxTableModel", "Status"),
    QT_TRANSLATE_NOOP("OutboxTableModel", "Why"),
)

_STATUSES = {
    "queued": QT_TRANSLATE_NOOP("OutboxTableModel", "Waiting"),
    "sending": QT_TRANSLATE_NOOP("OutboxTableModel", "Sending"),
    "sent": QT_TRANSLATE_NOOP("OutboxTableModel", "Sent"),
    "failed": QT_TRANSLATE_NOOP("OutboxTableModel", "Failed"),
    "skipped": QT_TRANSLATE_NOOP("OutboxTableModel", "Not sent"),
    "flagged": QT_TRANSLATE_NOOP("OutboxTableModel", "Check: interrupted"),
}


def status_label(status: str) -> str:
    source = _STATUSES.get(status)
    return QCoreApplication.translate("OutboxTableModel", source) if source else status


class OutboxTableModel(HeaderedTableModel):
    header_context = "OutboxTableModel"
    headers = _HEADERS

    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._database = database
        self.filters: dict[str, Any] = {}
        self._exhausted = True

    def reload(self, **filters: Any) -> None:
        if filters:
            self.filters = filters
        self.beginResetModel()
        self._rows = self._load(None)
        self._exhausted = len(self._rows) < PAGE_SIZE
        self.endResetModel()

    def _load(self, before: tuple[datetime, int] | None) -> list[outbox_view.OutboxListRow]:
        with self._database.read_session() as session:
            return outbox_view.page_outbox(
                session=session, before=before, limit=PAGE_SIZE, **self.filters
            )

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent) or not self._rows:
            return
        last = self._rows[-1]
        more = self._load((last.created_at, last.id))
        self._exhausted = len(more) < PAGE_SIZE
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def message_at(self, row: int) -> outbox_view.OutboxListRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        message = self._rows[index.row()]
        match index.column():
            case 0:
                return format_datetime(message.created_at)
            case 1:
                return message.contact_name or message.recipient
            case 2:
                return {"email": self.tr("Email"), "sms": "SMS"}.get(
                    message.channel, message.channel
                )
            case 3:
                return message.flow_name or ""
            case 4:
                return message.subject or message.body_text[:60]
            case 5:
                return status_label(message.status)
            case 6:
                return message.reason or ""
        return None


class OutboxPage(QWidget):
    sig_status_message = Signal(str)
    """A short message for the status bar."""
    sig_export_requested = Signal()
    """The owner wants the outbox in Excel."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.model = OutboxTableModel(database, self)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in _STATUSES:
            self.status_filter.addItem(status_label(status), status)
        self.flow_filter = QComboBox()
        self.flow_filter.setAccessibleName(self.tr("Automation"))
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for label, days in ((self.tr("Last 7 days"), 7), (self.tr("Last 30 days"), 30),
                            (self.tr("Today"), 1), (self.tr("All time"), None)):  # fmt: skip
            self.period.addItem(label, days)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Contact name, email or phone…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search messages"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        for combo in (self.status_filter, self.flow_filter, self.period):
            combo.currentIndexChanged.connect(self.reload)

        self.table = QTableView()
        configure_list_table(self.table, self.model, accessible_name=self.tr("Messages"),
                             widths=(130, 170, 70, 170, 260, 120))  # fmt: skip
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("Message content"))
        self.resend_button = QPushButton(self.tr("Send again"))
        self.cancel_button = QPushButton(self.tr("Don't send"))
        self.confirm_button = QPushButton(self.tr("It arrived"))
        self.confirm_button.setToolTip(
            self.tr("For a message interrupted while sending: mark it as sent.")
        )
        export_button = QPushButton(self.tr("Export…"))
        self.resend_button.clicked.connect(
            lambda: self._decide(outbox_view.resend, self.tr("Queued again"))
        )
        self.cancel_button.clicked.connect(
            lambda: self._decide(outbox_view.cancel, self.tr("Will not be sent"))
        )
        self.confirm_button.clicked.connect(
            lambda: self._decide(outbox_view.confirm_sent, self.tr("Marked as sent"))
        )
        export_button.clicked.connect(self.sig_export_requested)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        for widget in (self.status_filter, self.flow_filter, self.period, export_button):
            filters.addWidget(widget)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in (self.resend_button, self.cancel_button, self.confirm_button):
            actions.addWidget(button)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Message"))
        title.setObjectName("sectionTitle")
        detail_layout.addWidget(title)
        detail_layout.addWidget(self.detail, 1)
        detail_layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail_box)
        splitter.setSizes([480, 220])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self.load_flows()
        self.reload()

    def load_flows(self) -> None:
        with self._database.read_session() as session:
            flows = outbox_view.flow_names(session=session)
        self.flow_filter.blockSignals(True)
        self.flow_filter.clear()
        self.flow_filter.addItem(self.tr("Any automation"), None)
        for flow_id, name in flows:
            self.flow_filter.addItem(name, flow_id)
        self.flow_filter.blockSignals(False)

    def reload(self) -> None:
        days = self.period.currentData()
        self.model.reload(
            status=self.status_filter.currentData(),
            flow_id=self.flow_filter.currentData(),
            search=self.search.text(),
            since=utc_now() - timedelta(days=days) if days else None,
        )
        self._on_selection_changed()

    def selected(self) -> list[outbox_view.OutboxListRow]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [message for row in rows if (message := self.model.message_at(row)) is not None]

    def _on_selection_changed(self, *_: object) -> None:
        chosen = self.selected()
        statuses = {message.status for message in chosen}
        self.resend_button.setEnabled(bool(chosen) and statuses <= {"failed", "flagged"})
        self.cancel_button.setEnabled(bool(chosen) and statuses <= {"queued", "failed", "flagged"})
        self.confirm_button.setEnabled(bool(chosen) and statuses == {"flagged"})
        self.detail.setPlainText(self._describe(chosen[0]) if len(chosen) == 1 else "")

    def _describe(self, message: outbox_view.OutboxListRow) -> str:
        lines = [self.tr("To: %1").replace("%1", message.recipient)]
        if message.subject:
            lines.append(self.tr("Subject: %1").replace("%1", message.subject))
        lines.append(self.tr("Status: %1").replace("%1", status_label(message.status)))
        if message.reason:
            lines.append(self.tr("Why: %1").replace("%1", message.reason))
        if message.sent_at:
            lines.append(self.tr("Sent: %1").replace("%1", format_datetime(message.sent_at)))
        elif message.next_attempt_at:
            lines.append(
                self.tr("Next try: %1").replace("%1", format_datetime(message.next_attempt_at))
            )
        lines.append(self.tr("Attempts: %1").replace("%1", str(message.attempts)))
        return "\n".join(lines) + "\n\n" + message.body_text

    def _decide(self, decision: Any, done_text: str) -> None:
        ids = [message.id for message in self.selected()]
        with self._database.write_session() as session:
            changed = decision(session=session, message_ids=ids, now=utc_now())
        self.reload()
        self.sig_status_message.emit(f"{done_text}: {changed}")
