"""The Products page: the catalogue, with stock editable in place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopnurture.data.database import Database
from shopnurture.data.products import list_products, set_stock
from shopnurture.data.tables import Product
from shopnurture.errors import UserError
from shopnurture.gui.formatting import format_money
from shopnurture.gui.i18n import current_language
from shopnurture.gui.labels import product_kind_label
from shopnurture.gui.list_table import HeaderedTableModel, configure_list_table

_HEADERS = (
    QT_TRANSLATE_NOOP("ProductsTableModel", "SKU"),
    QT_TRANSLATE_NOOP("ProductsTableModel", "Product"),
    QT_TRANSLATE_NOOP("ProductsTableModel", "Category"),
    QT_TRANSLATE_NOOP("ProductsTableModel", "Price"),
    QT_TRANSLATE_NOOP("ProductsTableModel", "Stock"),
    QT_TRANSLATE_NOOP("ProductsTableModel", "Kind"),
)
STOCK_COLUMN = 4


def parse_stock(text: str) -> int | None:
    """Stock as typed: empty means unknown; otherwise a whole number ≥ 0."""
    cleaned = text.strip().replace(".", "").replace(" ", "")
    if not cleaned:
        return None
    if not cleaned.isdigit():
        raise UserError("product.stock_invalid")
    return int(cleaned)


class ProductsTableModel(HeaderedTableModel):
    header_context = "ProductsTableModel"
    headers = _HEADERS

    sig_edit_refused = Signal(str)
    """An edit was refused; carries the reason for the owner."""

    def __init__(self, database: Database, currency: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._database = database
        self._currency = currency
        self._rows: list[Product] = []
        self._search = ""

    def reload(self, search: str | None = None) -> None:
        if search is not None:
            self._search = search
        self.beginResetModel()
        with self._database.read_session() as session:
            self._rows = list_products(session=session, search=self._search)
        self.endResetModel()

    def product_at(self, row: int) -> Product:
        return self._rows[row]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == STOCK_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        product = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.EditRole and column == STOCK_COLUMN:
            return "" if product.stock is None else str(product.stock)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, STOCK_COLUMN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == STOCK_COLUMN:
            return self.tr("Double-click to change the stock")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match column:
            case 0:
                return product.sku
            case 1:
                return product.name
            case 2:
                return product.category or ""
            case 3:
                return format_money(product.price_cents, self._currency)
            case 4:
                return self.tr("unknown") if product.stock is None else str(product.stock)
            case 5:
                return product_kind_label(product.kind)
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if (
            not index.isValid()
            or index.column() != STOCK_COLUMN
            or role != Qt.ItemDataRole.EditRole
        ):
            return False
        product = self._rows[index.row()]
        try:
            stock = parse_stock(str(value))
            with self._database.write_session() as session:
                set_stock(session=session, product_id=product.id, stock=stock)
        except UserError as error:
            self.sig_edit_refused.emit(error.message(current_language()))
            return False
        product.stock = stock
        self.dataChanged.emit(index, index)
        return True


class ProductsPage(QWidget):
    sig_status_message = Signal(str)
    """A short message for the status bar."""

    def __init__(self, database: Database, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ProductsTableModel(database, currency, self)
        self.model.sig_edit_refused.connect(self.sig_status_message)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or SKU…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search products"))
        self.search.setMinimumWidth(260)
        self.search.textChanged.connect(self.model.reload)
        self.table = QTableView()
        configure_list_table(
            self.table,
            self.model,
            accessible_name=self.tr("Products"),
            widths=(110, 280, 140, 100, 90),
        )
        hint = QLabel(
            self.tr(
                "Stock is checked before a cart reminder is sent. "
                "Double-click a stock cell to change it."
            )
        )
        hint.setObjectName("pageSubtitle")
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(hint, 1)
        top.addWidget(self.search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.model.reload()
