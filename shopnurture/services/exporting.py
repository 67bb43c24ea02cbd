"""Exporting contacts (optionally a search), activity and the outbox to .xlsx: formatted
header, sensible widths, real date cells, frozen header row, autofilter, and text that can
never run as a formula. Streamed (openpyxl write-only), so 100k rows stay in little memory.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from sqlalchemy import func, select

from shopnurture.data.contact_search import search_condition
from shopnurture.data.database import Database
from shopnurture.data.segments import SegmentQuery
from shopnurture.data.tables import ActivityEvent, Contact, OutboxMessage
from shopnurture.errors import UserError
from shopnurture.messages import render_message
from shopnurture.services.settings import read_settings

CONTACT_TABLE = Contact.__table__  # type: ignore[attr-defined]
EVENT_TABLE = ActivityEvent.__table__  # type: ignore[attr-defined]
OUTBOX_TABLE = OutboxMessage.__table__  # type: ignore[attr-defined]

# Excel runs a cell starting with one of these as a formula once it is edited (or, for
# "=", at once): a customer's "name" must stay text.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="2F5D62")
_DATE_FORMAT = {"es": "dd/mm/yyyy", "en": "yyyy-mm-dd"}
_MOMENT_FORMAT = {"es": "dd/mm/yyyy hh:mm", "en": "yyyy-mm-dd hh:mm"}
_MONEY_FORMAT = "#,##0.00"
_STREAM_ROWS = 2000


def write_table(
    path: Path,
    *,
    sheet_title: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    widths: Sequence[int] | None = None,
    money_columns: Sequence[int] = (),
    language: str = "en",
    zone: ZoneInfo | None = None,
) -> int:
    """Write one sheet; returns the number of data rows. Raises UserError if it can't."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=sheet_title[:31])
    widths = list(widths) if widths else [max(10, min(40, len(h) + 4)) for h in headers]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
        cell.alignment = Alignment(vertical="center")
        header_cells.append(cell)
    sheet.append(header_cells)
    date_format = _DATE_FORMAT.get(language, _DATE_FORMAT["en"])
    moment_format = _MOMENT_FORMAT.get(language, _MOMENT_FORMAT["en"])
    money = set(money_columns)
    count = 0
    for row in rows:
        sheet.append(
            [
                _cell(sheet, value, index in money, date_format, moment_format, zone)
                for index, value in enumerate(row)
            ]
        )
        count += 1
    last_column = get_column_letter(max(1, len(headers)))
    sheet.auto_filter.ref = f"A1:{last_column}{count + 1}"
    try:
        workbook.save(path)
    except OSError as error:
        raise UserError("export.cannot_write", path=str(path), reason=error.strerror) from None
    return count


def _cell(
    sheet: Any,
    value: Any,
    is_money: bool,
    date_format: str,
    moment_format: str,
    zone: ZoneInfo | None,
) -> Any:
    if value is None or isinstance(value, bool | int | float) and not is_money:
        return value
    if is_money:
        cell = WriteOnlyCell(sheet, value=value / 100)
        cell.number_format = _MONEY_FORMAT
        return cell
    if isinstance(value, datetime):
        # Excel has no time zones: show the shop's local time.
        local = value.astimezone(zone) if zone and value.tzinfo else value
        cell = WriteOnlyCell(sheet, value=local.replace(tzinfo=None))
        cell.number_format = moment_format
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = date_format
        return cell
    text = str(value)
    if text.startswith(_FORMULA_STARTS):
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"
        cell.quotePrefix = True
        return cell
    return text


def _headers(names: Sequence[str], language: str) -> list[str]:
    return [render_message(f"export.column.{name}", language) for name in names]


def _yes_no(status: str, language: str) -> str:
    if status == "granted":
        return "sí" if language == "es" else "yes"
    if status == "withdrawn":
        return "no"
    return ""


_CONTACT_COLUMNS = (
    "first_name", "last_name", "email", "phone", "birthday", "language", "country", "city",
    "tags", "accepts_email", "accepts_sms", "external_id", "lead_score", "phase", "created_at",
)  # fmt: skip
_CONTACT_WIDTHS = (16, 22, 32, 18, 12, 9, 8, 18, 24, 12, 12, 14, 10, 14, 18)


def export_contacts(
    database: Database,
    path: Path | str,
    *,
    search: str = "",
    language: str = "es",
    segment: SegmentQuery | None = None,
) -> int:
    """The contacts matching `search` (all when empty) and in `segment` (if given), sorted by
    name. Returns the count."""
    zone = ZoneInfo(read_settings(database)["timezone"])
    columns = CONTACT_TABLE.c
    with database.read_session() as session:
        statement = select(
            *(columns[name] for name in _CONTACT_COLUMNS if not name.startswith("accepts")),
            columns.email_consent,
            columns.sms_consent,
        ).order_by(columns.last_name, columns.first_name, columns.id)
        condition = search_condition(session=session, search=search, for_count=True)
        if condition is not None:
            statement = statement.where(condition)
        if segment is not None:
            statement = statement.where(segment.ids_condition())
        result = session.connection().execution_options(yield_per=_STREAM_ROWS).execute(statement)

        def rows() -> Iterable[list[Any]]:
            for row in result.mappings():
                values = dict(row)
                values["accepts_email"] = _yes_no(values["email_consent"], language)
                values["accepts_sms"] = _yes_no(values["sms_consent"], language)
                values["tags"] = values["tags"].replace(",", ", ")
                yield [values[name] for name in _CONTACT_COLUMNS]

        return write_table(
            Path(path),
            sheet_title=render_message("export.sheet.contacts", language),
            headers=_headers(_CONTACT_COLUMNS, language),
            rows=rows(),
            widths=_CONTACT_WIDTHS,
            language=language,
            zone=zone,
        )


_EVENT_COLUMNS = (
    "occurred_at", "email", "customer", "event", "sku", "product", "category", "quantity",
    "value", "order_id", "rating", "duration_seconds", "source",
)  # fmt: skip
_EVENT_WIDTHS = (18, 32, 24, 16, 14, 28, 18, 10, 12, 14, 10, 12, 14)


def export_activity(database: Database, path: Path | str, *, language: str = "es") -> int:
    """Every activity event, oldest first, with who did it. Returns the count."""
    zone = ZoneInfo(read_settings(database)["timezone"])
    events, contacts = EVENT_TABLE.c, CONTACT_TABLE.c
    statement = (
        select(
            events.occurred_at,
            contacts.email,
            func.trim(contacts.first_name + " " + contacts.last_name),
            events.type,
            events.sku,
            events.product,
            events.category,
            events.quantity,
            events.value_cents,
            events.order_id,
            events.rating,
            events.duration_seconds,
            events.source,
        )
        .join(CONTACT_TABLE, contacts.id == events.contact_id)
        .order_by(events.occurred_at, events.id)
    )
    with database.read_session() as session:
        result = session.connection().execution_options(yield_per=_STREAM_ROWS).execute(statement)
        return write_table(
            Path(path),
            sheet_title=render_message("export.sheet.activity", language),
            headers=_headers(_EVENT_COLUMNS, language),
            rows=(list(row) for row in result),
            widths=_EVENT_WIDTHS,
            money_columns=(_EVENT_COLUMNS.index("value"),),
            language=language,
            zone=zone,
        )


_OUTBOX_COLUMNS = (
    "created_at", "due_at", "sent_at", "status", "channel", "recipient", "subject",
    "template", "reason", "attempts",
)  # fmt: skip
_OUTBOX_WIDTHS = (18, 18, 18, 12, 10, 32, 40, 18, 30, 10)


def export_outbox(database: Database, path: Path | str, *, language: str = "es") -> int:
    """Every message in the outbox, newest first. Returns the count."""
    zone = ZoneInfo(read_settings(database)["timezone"])
    columns = OUTBOX_TABLE.c
    statement = select(*(columns[name] for name in _OUTBOX_COLUMNS)).order_by(
        columns.created_at.desc(), columns.id.desc()
    )
    with database.read_session() as session:
        result = session.connection().execution_options(yield_per=_STREAM_ROWS).execute(statement)
        return write_table(
            Path(path),
            sheet_title=render_message("export.sheet.outbox", language),
            headers=_headers(_OUTBOX_COLUMNS, language),
            rows=(list(row) for row in result),
            widths=_OUTBOX_WIDTHS,
            language=language,
            zone=zone,
        )
