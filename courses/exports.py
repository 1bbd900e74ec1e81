"""The enrolment report as files organisers open in Excel or LibreOffice."""

from collections.abc import Sequence

from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.spreadsheets import Sheet, csv_response, xlsx_response

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


def report_download(
    rows: Sequence[ReportRow], *, fmt: str, filename: str, title: str
) -> HttpResponse:
    """The report as CSV or XLSX (``fmt``); Http404 for any other format."""
    values = [_values(row) for row in rows]
    if fmt == "csv":
        return csv_response(filename=filename, header=_header(), rows=values)
    if fmt == "xlsx":
        sheet = Sheet(_("Enrolments"), _header(), values, heading=title)
        return xlsx_response(filename=filename, sheets=[sheet])
    raise Http404
