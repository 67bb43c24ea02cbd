"""The Activity page: every recorded activity point, newest first, filterable by type."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopnurture.data.activity import ActivityRow, page_activity
from shopnurture.data.database import Database
from shopnurture.gui.formatting import format_datetime, format_money
from shopnurture.gui.labels import event_type_label, event_types
from shopnurture.gui.list_table import HeaderedTableModel, configure_list_table

PAGE_SIZE = 300

_HEADERS = (
    QT_TRANSLATE_NOOP("ActivityTableModel", "When"),
    QT_TRANSLATE_NOOP("ActivityTableModel", "Contact"),
    QT_TRANSLATE_NOOP("ActivityTableModel", "What"),
    QT_TRANSLATE_NOOP("ActivityTableModel", "Product or category"),
    QT_TRANSLATE_NOOP("ActivityTableModel", "Quantity"),
    QT_TRANSLATE_NOOP("ActivityTableModel", "Value"),
    QT_TRANSLATE_NOOP("ActivityTableModel", "Order"),
    QT_TRANSLATE_NOOP("ActivityTableModel", "Source"),
)


class ActivityTableModel(HeaderedTableModel):
    """Pages of events by (occurred_at, id) descending, fetched as the view scrolls."""

    header_context = "ActivityTableModel"
    headers = _HEADERS

    def __init__(self, database: Database, currency: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._database = database
        self._currency = currency
        self._rows: list[ActivityRow] = []
        self._event_type: str | None = None
        self._exhausted = False

    def set_event_type(self, event_type: str | None) -> None:
        self._event_type = event_type
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._load(before=None)
        self._exhausted = len(self._rows) < PAGE_SIZE
        self.endResetModel()

    def _load(self, before: tuple[Any, int] | None) -> list[ActivityRow]:
        with self._database.read_session() as session:
            return page_activity(
                session=session, event_type=self._event_type, before=before, limit=PAGE_SIZE
            )

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and bool(self._rows)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        last = self._rows[-1]
        more = self._load(before=(last.occurred_at, last.id))
        self._exhausted = len(more) < PAGE_SIZE
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        event = self._rows[index.row()]
        match index.column():
            case 0:
                return format_datetime(event.occurred_at)
            case 1:
                return event.contact_name or event.contact_email or ""
            case 2:
                return event_type_label(event.type)
            case 3:
                return event.product or event.category or ""
            case 4:
                return "" if event.quantity is None else str(event.quantity)
            case 5:
                return format_money(event.value_cents, self._currency)
            case 6:
                return event.order_id or ""
            case 7:
                return event.source or ""
        return None


class ActivityPage(QWidget):
    def __init__(self, database: Database, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ActivityTableModel(database, currency, self)
        self.type_filter = QComboBox()
        self.type_filter.setAccessibleName(self.tr("Show activity of type"))
        self.type_filter.addItem(self.tr("All activity"), None)
        for event_type in event_types():
            self.type_filter.addItem(event_type_label(event_type), event_type)
        self.type_filter.currentIndexChanged.connect(self._on_type_filter_changed)

        self.table = QTableView()
        configure_list_table(
            self.table,
            self.model,
            accessible_name=self.tr("Activity"),
            widths=(140, 190, 150, 230, 80, 100, 110),
        )

        top = QHBoxLayout()
        title = QLabel(self.tr("Everything your customers did, newest first"))
        title.setObjectName("pageSubtitle")
        top.addWidget(title, 1)
        top.addWidget(self.type_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.model.reload()

    def _on_type_filter_changed(self, _index: int) -> None:
        self.model.set_event_type(self.type_filter.currentData())
