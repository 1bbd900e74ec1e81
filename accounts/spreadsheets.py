"""Downloads organisers open in Excel or LibreOffice: CSV and XLSX, one way for every
report of the platform.

CSV is UTF-8 with a byte-order mark, or Excel shows Vietnamese as mojibake. Dates and
times are written in Vietnam time (naive cells in XLSX, text in CSV).

Every text cell passes through :func:`neutralise` (OWASP's CSV-injection rule): a
trainee can set their full name to ``=HYPERLINK(...)``, and the organiser who opens the
report must see text, never a live formula. CSV fields are all quoted; XLSX text cells
are typed as strings, so openpyxl never writes them as formulas.
"""

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.http import HttpResponse
from django.utils import timezone
from django.utils.functional import Promise
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
#: A text cell starting with one of these is read as a formula by spreadsheets.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Sheet:
    title: str
    header: Sequence[str]
    rows: Iterable[Sequence]
    #: An optional line above the header (the course's or session's name).
    heading: str = ""


def _local(value):
    if isinstance(value, Promise):  # a lazily translated header
        return str(value)
    if getattr(value, "tzinfo", None) is not None:
        return timezone.localtime(value).replace(tzinfo=None)
    return value


def neutralise(value):
    """``value`` made inert for a spreadsheet: text that a spreadsheet would run as a
    formula gets a leading single quote; anything else is returned unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def _cell(value):
    """What an XLSX cell holds: Vietnam time for datetimes, inert text without the
    control characters XML cannot carry."""
    value = _local(value)
    if isinstance(value, str):
        return neutralise(ILLEGAL_CHARACTERS_RE.sub("", value))
    return value


def _text(value):
    """What a CSV field holds: datetimes as Vietnam time text, inert text."""
    value = _local(value)
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d %H:%M")
    return neutralise(value)


def _append(worksheet, values) -> None:
    """Append one row, every text cell typed as a string (never a formula)."""
    worksheet.append([_cell(value) for value in values])
    for cell in worksheet[worksheet.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"


def _attachment(body: bytes, *, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_response(
    *, filename: str, header: Sequence[str], rows: Iterable[Sequence]
) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL)
    writer.writerow([_text(value) for value in header])
    writer.writerows([_text(value) for value in row] for row in rows)
    return _attachment(
        buffer.getvalue().encode("utf-8-sig"),
        content_type="text/csv; charset=utf-8",
        filename=f"{filename}.csv",
    )


def xlsx_response(*, filename: str, sheets: Sequence[Sheet]) -> HttpResponse:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for sheet in sheets:
        worksheet = workbook.create_sheet(sheet.title[:31])
        if sheet.heading:
            _append(worksheet, [sheet.heading])
            worksheet["A1"].font = Font(bold=True, size=13)
        _append(worksheet, sheet.header)
        for cell in worksheet[worksheet.max_row]:
            cell.font = Font(bold=True)
        worksheet.freeze_panes = f"A{worksheet.max_row + 1}"
        for row in sheet.rows:
            _append(worksheet, row)
        for column in worksheet.iter_cols(min_row=2 if sheet.heading else 1):
            width = max(len(str(cell.value or "")) for cell in column)
            letter = column[0].column_letter
            worksheet.column_dimensions[letter].width = min(width + 2, 50)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _attachment(
        buffer.getvalue(), content_type=XLSX, filename=f"{filename}.xlsx"
    )
