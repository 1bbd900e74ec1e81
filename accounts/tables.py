"""Reading uploaded tables (CSV or XLSX) within fixed bounds.

An XLSX file is a ZIP of XML: 54 KB can declare ``A1:XFD1048576`` and 20,000 empty
rows, which openpyxl pads cell by cell (it once took 2.76 GB and 37 s). So before
openpyxl sees a file, the ZIP's declared uncompressed sizes are added up (Python's
zipfile never inflates a member past its declared size), and the sheet is then
streamed (read-only mode) with the columns capped and reading stopped at the row
limit. CSV is read row by row under the same limits. Anything unreadable becomes
:class:`TableFileError` with a message for the person, never an exception page.
"""

import csv
import io
import zipfile
from dataclasses import dataclass

from django.utils.translation import gettext as _

#: An upload larger than this is refused before it is read.
MAX_FILE_BYTES = 5 * 1024 * 1024
#: An XLSX whose parts would inflate to more than this is refused unread.
MAX_UNCOMPRESSED_BYTES = 40 * 1024 * 1024
#: More parts than a real workbook has is not a workbook.
MAX_ZIP_MEMBERS = 500
#: Cells beyond this column are ignored.
MAX_COLUMNS = 30
#: A single cell longer than this is cut (an email or a name is far shorter).
MAX_CELL_CHARS = 1000


class TableFileError(ValueError):
    """The file as a whole cannot be read (wrong type, encoding, size, shape)."""


@dataclass(frozen=True)
class Bounds:
    max_rows: int
    max_columns: int = MAX_COLUMNS


def _too_many_rows(bounds: Bounds) -> TableFileError:
    return TableFileError(
        _("The file has more than %(max)s rows; split it into smaller files.")
        % {"max": bounds.max_rows}
    )


def _cell(value) -> str:
    return "" if value is None else str(value)[:MAX_CELL_CHARS]


def _trimmed(rows: list[list[str]]) -> list[list[str]]:
    """Without the empty rows at the end (spreadsheets keep formatted blank rows)."""
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    return rows


def _collect(rows_iter, bounds: Bounds) -> list[list[str]]:
    """At most ``max_rows`` rows with content, reading no more than twice that many
    rows in all (blank rows at the end are allowed, not a million of them)."""
    rows: list[list[str]] = []
    for row in rows_iter:
        rows.append([_cell(value) for value in row[: bounds.max_columns]])
        if len(rows) > 2 * bounds.max_rows:
            raise _too_many_rows(bounds)
    rows = _trimmed(rows)
    if len(rows) > bounds.max_rows:
        raise _too_many_rows(bounds)
    return rows


def _csv_rows(data: bytes, bounds: Bounds) -> list[list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise TableFileError(
            _("The file is not UTF-8 text. Save it as 'CSV UTF-8' and try again.")
        ) from error
    try:
        dialect = csv.Sniffer().sniff(text[:2048], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return _collect(csv.reader(io.StringIO(text, newline=""), dialect), bounds)
    except csv.Error as error:
        raise TableFileError(_("The file is not a readable CSV table.")) from error


def _xlsx_inflated_size_check(data: bytes) -> None:
    unreadable = TableFileError(_("The file is not a readable XLSX workbook."))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except Exception as error:  # zipfile raises several types for a damaged file
        raise unreadable from error
    if len(members) > MAX_ZIP_MEMBERS:
        raise unreadable
    if sum(member.file_size for member in members) > MAX_UNCOMPRESSED_BYTES:
        raise TableFileError(
            _(
                "The workbook unpacks to more than %(max)s MB. Copy the list into "
                "a new workbook (or save it as CSV) and try again."
            )
            % {"max": MAX_UNCOMPRESSED_BYTES // (1024 * 1024)}
        )


def _xlsx_rows(data: bytes, bounds: Bounds) -> list[list[str]]:
    from openpyxl import load_workbook

    _xlsx_inflated_size_check(data)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            rows = sheet.iter_rows(
                max_row=2 * bounds.max_rows + 1,
                max_col=bounds.max_columns,
                values_only=True,
            )
            return _collect(rows, bounds)
        finally:
            workbook.close()
    except TableFileError:
        raise
    except Exception as error:  # openpyxl raises many types for a bad file
        raise TableFileError(_("The file is not a readable XLSX workbook.")) from error


def table_rows_read(*, filename: str, data: bytes, bounds: Bounds) -> list[list[str]]:
    """The rows of an uploaded CSV or XLSX file, as lists of strings, within
    ``bounds``; :class:`TableFileError` for anything else."""
    if len(data) > MAX_FILE_BYTES:
        raise TableFileError(
            _("The file is larger than %(max)s MB.")
            % {"max": MAX_FILE_BYTES // (1024 * 1024)}
        )
    name = filename.lower()
    if name.endswith(".xlsx"):
        return _xlsx_rows(data, bounds)
    if name.endswith((".csv", ".txt")):
        return _csv_rows(data, bounds)
    raise TableFileError(_("Upload a .csv or .xlsx file."))
