"""Downloads organisers open in Excel or LibreOffice: CSV and XLSX, one way for every
report of the platform.

CSV is UTF-8 with a byte-order mark, or Excel shows Vietnamese as mojibake. Dates and
times are written in Vietnam time (naive cells in XLSX, text in CSV).
"""

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.http import HttpResponse
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.styles import Font

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class Sheet:
    title: str
    header: Sequence[str]
    rows: Iterable[Sequence]
    #: An optional line above the header (the course's or session's name).
    heading: str = ""


def _local(value):
    if getattr(value, "tzinfo", None) is not None:
        return timezone.localtime(value).replace(tzinfo=None)
    return value


def _text(value):
    value = _local(value)
    return value.strftime("%Y-%m-%d %H:%M") if hasattr(value, "strftime") else value


def _attachment(body: bytes, *, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_response(
    *, filename: str, header: Sequence[str], rows: Iterable[Sequence]
) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
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
            worksheet.append([sheet.heading])
            worksheet["A1"].font = Font(bold=True, size=13)
        worksheet.append(list(sheet.header))
        for cell in worksheet[worksheet.max_row]:
            cell.font = Font(bold=True)
        worksheet.freeze_panes = f"A{worksheet.max_row + 1}"
        for row in sheet.rows:
            worksheet.append([_local(value) for value in row])
        for column in worksheet.iter_cols(min_row=2 if sheet.heading else 1):
            width = max(len(str(cell.value or "")) for cell in column)
            letter = column[0].column_letter
            worksheet.column_dimensions[letter].width = min(width + 2, 50)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _attachment(
        buffer.getvalue(), content_type=XLSX, filename=f"{filename}.xlsx"
    )
