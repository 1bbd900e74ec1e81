"""The enrolment report as files organisers open in Excel or LibreOffice."""

import csv
import io
from collections.abc import Sequence

from django.utils import timezone
from django.utils.translation import gettext as _

from .selectors import ReportRow


def _header() -> list[str]:
    return [
        _("Full name"),
        _("Email"),
        _("Agency"),
        _("Position"),
        _("Enrolled at"),
        _("How enrolled"),
        _("Modules completed"),
        _("Modules in course"),
        _("Progress (percent)"),
        _("Last activity"),
    ]


def _local(value) -> str:
    return timezone.localtime(value).strftime("%d/%m/%Y %H:%M") if value else ""


def _values(row: ReportRow) -> list:
    return [
        row.full_name,
        row.email,
        row.agency,
        row.position,
        _local(row.enrolled_at),
        row.source,
        row.completed,
        row.total,
        row.percent,
        _local(row.last_activity),
    ]


def report_csv(rows: Sequence[ReportRow]) -> bytes:
    """UTF-8 with a byte-order mark, so Excel shows Vietnamese correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(_header())
    writer.writerows(_values(row) for row in rows)
    return buffer.getvalue().encode("utf-8-sig")


def report_xlsx(rows: Sequence[ReportRow], *, title: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Enrolments")[:31]
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(_header())
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(_values(row))
    for column, width in zip(
        "ABCDEFGHIJ", (28, 30, 34, 30, 17, 22, 12, 12, 12, 17), strict=True
    ):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A3"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
