"""Reading spreadsheets as rows of cells: .xlsx/.xlsm/.xls/.ods with python-calamine, CSV
with its encoding and delimiter sniffed. Anything unreadable becomes one UserError.

The format is told by the file's first bytes, not its name: a PNG renamed .csv is refused,
an .xlsx saved as .csv is read as what it is.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import python_calamine

from shopnurture.errors import UserError

# An Excel sheet holds at most 1,048,576 rows; a bigger file is no owner's spreadsheet.
MAX_ROWS = 1_048_576
_CHUNK = 8 << 20
_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Compound File: legacy .xls or an encrypted .xlsx
_ENCRYPTED_STREAM = "EncryptionInfo".encode("utf-16-le")
_BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"\x1f\x8b", b"BM", b"Rar!")
_SNIFF_BYTES = 64 << 10
_DELIMITERS = (",", ";", "\t", "|")
# cp1252 leaves these bytes undefined; a file with them is read as Latin-1 instead.
_UNDEFINED_IN_CP1252 = (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"


@dataclass(frozen=True)
class SourceFile:
    """A file checked to be readable; `format` is xlsx, xls, ods or csv."""

    path: Path
    format: str
    sheet_names: list[str]
    sha256: str
    csv_encoding: str | None = None
    csv_delimiter: str | None = None
    csv_line_count: int = 0


@dataclass
class SheetRows:
    """The rows of one sheet, read lazily; `first_column` is the sheet column of cell 0."""

    rows: Iterator[list[Any]]
    total_rows: int
    first_column: int = 0
    all_text: bool = False
    """Every cell is a string (CSV): no numbers, dates or booleans to tell apart."""


def open_source(path: Path | str) -> SourceFile:
    """Check the file and learn its format and sheets. Raises UserError when unreadable."""
    path = Path(path)
    shown = str(path)
    if not path.is_file():
        raise UserError("import.file_not_found", path=shown)
    try:
        with path.open("rb") as handle:
            start = handle.read(_SNIFF_BYTES)
    except OSError as error:
        raise UserError("import.unreadable", path=shown, reason=error.strerror) from None
    if not start.strip(b" \t\r\n\xef\xbb\xbf"):
        raise UserError("import.file_empty", path=shown)
    if len(start) < _SNIFF_BYTES and not start.strip(b' \t\r\n\xef\xbb\xbf,;|"'):
        raise UserError("import.file_empty", path=shown)  # only separators: an empty CSV
    if start.startswith(_OLE2):
        return _open_compound_file(path)
    if start.startswith((_ZIP, b"PK\x05\x06")):
        return _open_zip_workbook(path)
    if start.startswith(_BINARY_MAGIC) or _looks_binary(start):
        raise UserError("import.not_a_spreadsheet", path=shown)
    return _open_csv(path, start)


def read_sheet(source: SourceFile, sheet: str | None = None) -> SheetRows:
    """The rows of `sheet` (the first when None). Raises UserError."""
    if source.format == "csv":
        return _read_csv(source)
    return _read_workbook_sheet(source, sheet)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _looks_binary(start: bytes) -> bool:
    if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in start:
        return True
    head = start[:512].lstrip().lower()
    return head.startswith((b"<!doctype", b"<html", b"<?xml", b"{\\rtf"))


# -- workbooks ------------------------------------------------------------------------------


def _open_compound_file(path: Path) -> SourceFile:
    data = path.read_bytes()
    if _ENCRYPTED_STREAM in data:
        raise UserError("import.password_protected", path=str(path))
    return _open_calamine(path, "xls")


def _open_zip_workbook(path: Path) -> SourceFile:
    shown = str(path)
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype").strip() if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, EOFError):
        raise UserError("import.corrupt", path=shown) from None
    if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
        return _open_calamine(path, "xlsx")
    if mimetype.startswith(_ODS_MIMETYPE):
        return _open_calamine(path, "ods")
    raise UserError("import.not_a_spreadsheet", path=shown)


def _calamine_error(path: Path, error: Exception) -> UserError:
    if isinstance(error, python_calamine.PasswordError):
        return UserError("import.password_protected", path=str(path))
    return UserError("import.corrupt", path=str(path))


_CALAMINE_ERRORS = (python_calamine.CalamineError, ValueError, OSError, RuntimeError)


def _open_calamine(path: Path, format_name: str) -> SourceFile:
    try:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
        try:
            names = [
                meta.name
                for meta in workbook.sheets_metadata
                if meta.typ == python_calamine.SheetTypeEnum.WorkSheet
            ] or list(workbook.sheet_names)
        finally:
            workbook.close()
    except _CALAMINE_ERRORS as error:
        raise _calamine_error(path, error) from None
    if not names:
        raise UserError("import.file_empty", path=str(path))
    return SourceFile(path=path, format=format_name, sheet_names=names, sha256=file_sha256(path))


def _read_workbook_sheet(source: SourceFile, sheet: str | None) -> SheetRows:
    name = sheet if sheet is not None else source.sheet_names[0]
    if name not in source.sheet_names:
        raise UserError("import.sheet_not_found", sheet=name, sheets=", ".join(source.sheet_names))
    try:
        workbook = python_calamine.CalamineWorkbook.from_path(str(source.path))
        loaded = workbook.get_sheet_by_name(name)
        height, first_column = loaded.total_height, loaded.start[1]
    except _CALAMINE_ERRORS as error:
        raise _calamine_error(source.path, error) from None
    if height > MAX_ROWS:
        raise UserError("import.too_many_rows", path=str(source.path), limit=MAX_ROWS)
    return SheetRows(
        rows=_calamine_rows(loaded, source.path), total_rows=height, first_column=first_column
    )


def _calamine_rows(sheet: Any, path: Path) -> Iterator[list[Any]]:
    try:
        yield from sheet.iter_rows()
    except _CALAMINE_ERRORS as error:
        raise _calamine_error(path, error) from None


# -- CSV ------------------------------------------------------------------------------------


def _open_csv(path: Path, start: bytes) -> SourceFile:
    encoding, line_count, sha256 = _scan_text_file(path, start)
    try:
        sample = start.decode(encoding, errors="ignore")
    except LookupError:  # pragma: no cover - the encodings above always exist
        sample = start.decode("latin-1")
    if encoding == "utf-16" and sample.startswith("\ufeff"):
        sample = sample[1:]
    delimiter = _sniff_delimiter(sample)
    if line_count > MAX_ROWS + 100:  # header and title rows above the data
        raise UserError("import.too_many_rows", path=str(path), limit=MAX_ROWS)
    return SourceFile(
        path=path,
        format="csv",
        sheet_names=[path.stem],
        sha256=sha256,
        csv_encoding=encoding,
        csv_delimiter=delimiter,
        csv_line_count=line_count,
    )


def _scan_text_file(path: Path, start: bytes) -> tuple[str, int, str]:
    """(encoding, number of lines, SHA-256) in one pass over the bytes."""
    if start.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
    decoder = codecs.getincrementaldecoder("utf-8")() if encoding == "utf-8" else None
    undefined_in_cp1252 = False
    lines = 0
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            lines += chunk.count(b"\n")
            if decoder is not None:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    decoder = None
                    encoding = "cp1252"
            if encoding == "cp1252" and not undefined_in_cp1252:
                undefined_in_cp1252 = any(byte in chunk for byte in _UNDEFINED_IN_CP1252)
    if encoding == "utf-8" and decoder is not None:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            encoding = "cp1252"
    if encoding == "cp1252" and undefined_in_cp1252:
        encoding = "latin-1"
    return encoding, lines + 1, digest.hexdigest()


def _sniff_delimiter(sample: str) -> str:
    """The delimiter that splits most lines into the same number of fields (at least two)."""
    lines = sample.splitlines()[:50]
    if len(sample) >= _SNIFF_BYTES and len(lines) > 1:
        lines = lines[:-1]  # the last line may be cut in the middle
    best, best_score = ",", (0, 0)
    for delimiter in _DELIMITERS:
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter) if len(row) > 1]
        if not counts:
            continue
        mode = max(set(counts), key=counts.count)
        score = (counts.count(mode), mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(source: SourceFile) -> SheetRows:
    return SheetRows(rows=_csv_rows(source), total_rows=source.csv_line_count, all_text=True)


def _csv_rows(source: SourceFile) -> Iterator[list[Any]]:
    try:
        with source.path.open(encoding=source.csv_encoding, newline="") as handle:
            yield from csv.reader(handle, delimiter=source.csv_delimiter or ",")
    except (UnicodeDecodeError, csv.Error):
        raise UserError("import.corrupt", path=str(source.path)) from None
    except OSError as error:
        raise UserError("import.unreadable", path=str(source.path), reason=error.strerror) from None
