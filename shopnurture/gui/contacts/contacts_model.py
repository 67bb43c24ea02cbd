"""A table model over the contacts in the database, loaded page by page as the view scrolls.

GUI thread only. Each page is one indexed keyset query (`data.contacts.page_contacts`), so
opening the list and scrolling cost the same at 100 contacts or 100,000.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from shopnurture.data.contacts import ContactListRow, ContactPage, count_contacts, page_contacts
from shopnurture.data.database import Database
from shopnurture.data.segments import SegmentQuery
from shopnurture.domain.contact_fields import format_phone_for_display
from shopnurture.gui.formatting import format_datetime
from shopnurture.gui.labels import consent_label, phase_label
from shopnurture.gui.list_table import HeaderedTableModel
from shopnurture.gui.tasks import Task, run_in_background

PAGE_SIZE = 200
ContactIdRole = Qt.ItemDataRole.UserRole + 1

# (column key, header text, sort key or None when the column cannot be sorted)
_COLUMNS: tuple[tuple[str, str, str | None], ...] = (
    ("name", QT_TRANSLATE_NOOP("ContactsTableModel", "Name"), "name"),
    ("email", QT_TRANSLATE_NOOP("ContactsTableModel", "Email"), "email"),
    ("phone", QT_TRANSLATE_NOOP("ContactsTableModel", "Phone"), None),
    ("city", QT_TRANSLATE_NOOP("ContactsTableModel", "City"), "city"),
    ("tags", QT_TRANSLATE_NOOP("ContactsTableModel", "Tags"), None),
    ("score", QT_TRANSLATE_NOOP("ContactsTableModel", "Score"), "score"),
    ("phase", QT_TRANSLATE_NOOP("ContactsTableModel", "Phase"), None),
    ("email_consent", QT_TRANSLATE_NOOP("ContactsTableModel", "Email OK"), None),
    ("created", QT_TRANSLATE_NOOP("ContactsTableModel", "Added"), "created"),
)


class ContactsTableModel(HeaderedTableModel):
    """GUI thread only; the total count alone is computed on a worker thread."""

    header_context = "ContactsTableModel"
    headers = tuple(header for _key, header, _sort in _COLUMNS)

    sig_total_changed = Signal(int)
    """The number of contacts matching the current search is known (after a reload)."""

    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._database = database
        self._rows: list[ContactListRow] = []
        self._cursor: tuple[Any, ...] | None = None
        self._search = ""
        self._segment: SegmentQuery | None = None
        self._sort = "name"
        self._descending = False
        self.total = 0
        self._count_generation = 0
        self._count_task: Task | None = None

    # Queries ---------------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        if text != self._search:
            self._search = text
            self.reload()

    def set_segment(self, segment: SegmentQuery | None) -> None:
        """Show only the contacts of a segment (compiled at the moment it was picked)."""
        self._segment = segment
        self.reload()

    def reload(self) -> None:
        """Start again from the first page (after a search, a sort or an edit)."""
        self.beginResetModel()
        page = self._page(after=None)
        self._rows = page.rows
        self._cursor = page.next_cursor
        self.endResetModel()
        self._count_in_background()

    def _page(self, after: tuple[Any, ...] | None) -> ContactPage:
        with self._database.read_session() as session:
            return page_contacts(
                session=session,
                search=self._search,
                sort=self._sort,
                descending=self._descending,
                after=after,
                limit=PAGE_SIZE,
                segment=self._segment,
            )

    def _count_in_background(self) -> None:
        """Counting every match can take longer than a page: the total follows when ready."""
        self._count_generation += 1
        generation, search, database = self._count_generation, self._search, self._database
        segment = self._segment
        if self._cursor is None:  # the first page holds every match: no need to count
            self._on_count_finished(generation, len(self._rows))
            return

        def count() -> int:
            with database.read_session() as session:
                return count_contacts(session=session, search=search, segment=segment)

        self._count_task = run_in_background(
            count, on_finished=lambda total: self._on_count_finished(generation, total)
        )

    def _on_count_finished(self, generation: int, total: int) -> None:
        if generation != self._count_generation:
            return  # an older search's count: the list has moved on
        self.total = total
        self.sig_total_changed.emit(total)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._cursor is not None

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if parent.isValid() or self._cursor is None:
            return
        page = self._page(after=self._cursor)
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._cursor = page.next_cursor

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort_key = _COLUMNS[column][2] if 0 <= column < len(_COLUMNS) else None
        if sort_key is None:
            return
        self._sort = sort_key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def is_sortable(self, column: int) -> bool:
        return _COLUMNS[column][2] is not None

    # Access ----------------------------------------------------------------------------
    def contact_id_at(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of_contact(self, contact_id: int) -> int | None:
        for row, contact in enumerate(self._rows):
            if contact.id == contact_id:
                return row
        return None

    # QAbstractTableModel ---------------------------------------------------------------
    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        contact = self._rows[index.row()]
        key = _COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(contact, key)
        if role == ContactIdRole:
            return contact.id
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "score":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key == "email_consent":
            return (
                self.tr("Email: %1 · SMS: %2")
                .replace("%1", consent_label(contact.email_consent))
                .replace("%2", consent_label(contact.sms_consent))
            )
        return None

    def _display(self, contact: ContactListRow, key: str) -> str | int:
        match key:
            case "name":
                return contact.full_name
            case "email":
                return contact.email or ""
            case "phone":
                return format_phone_for_display(contact.phone)
            case "city":
                return contact.city or ""
            case "tags":
                return contact.tags.replace(",", ", ")
            case "score":
                return contact.lead_score
            case "phase":
                return phase_label(contact.phase)
            case "email_consent":
                return consent_label(contact.email_consent)
            case "created":
                return format_datetime(contact.created_at)
        return ""
