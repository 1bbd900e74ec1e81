"""Report pages and their CSV/XLSX downloads (``?format=csv`` or ``?format=xlsx``)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View

from accounts.spreadsheets import Sheet, csv_response, xlsx_response
from sessions.attendance import permissions
from sessions.attendance.forms import ReopenForm
from sessions.attendance.selectors import attendance_records_for
from sessions.dashboard.state import visible_endpoint_ids
from sessions.models import Attendance, LiveSession

from .charts import Bar, bar_chart_svg
from .data import absentee_table, course_matrix, session_report
from .sections import report_sections


def _export(request, *, filename, sheet, header, rows):
    kind = request.GET.get("format")
    if kind == "csv":
        return csv_response(filename=filename, header=header, rows=rows)
    if kind == "xlsx":
        return xlsx_response(
            filename=filename, sheets=[Sheet(title=sheet, header=header, rows=rows)]
        )
    return None


class SessionReportView(LoginRequiredMixin, View):
    """One session: every person, by endpoint, agency, position and status."""

    def get(self, request, session_id: int):
        user = request.user
        if not permissions.can_watch_session(user):
            raise PermissionDenied
        session = get_object_or_404(LiveSession, pk=session_id)
        endpoint_ids = visible_endpoint_ids(session=session, user=user)
        if endpoint_ids is not None and not endpoint_ids:
            raise PermissionDenied
        report = session_report(session=session, endpoint_ids=endpoint_ids)
        if request.GET.get("part") == "absent":
            absent_header, absent_rows = absentee_table(report)
            download = _export(
                request,
                filename=f"vang-mat-phien-{session.pk}",
                sheet=_("Absent"),
                header=absent_header,
                rows=absent_rows,
            )
            if download is not None:
                return download
        header = [
            _("Full name"),
            _("Email"),
            _("Agency"),
            _("Position"),
            _("Endpoint"),
            _("Recorded by"),
            _("Checked in at"),
            _("Status"),
            _("Minutes present"),
            _("Excused minutes"),
        ]
        rows = [
            [
                row.name,
                row.email,
                row.agency,
                row.position,
                row.endpoint,
                row.recorded_via,
                row.checked_in_at,
                row.status_label,
                row.minutes_present,
                row.excused_minutes,
            ]
            for row in report.rows
        ]
        download = _export(
            request,
            filename=f"diem-danh-phien-{session.pk}",
            sheet=_("Attendance"),
            header=header,
            rows=rows,
        )
        if download is not None:
            return download
        chart = bar_chart_svg(
            title=_("Attendance rate by endpoint"),
            bars=[
                Bar(
                    summary.name,
                    summary.rate,
                    f"{summary.rate:g} % ({summary.attended}/"
                    f"{max(summary.expected, summary.roster)})",
                )
                for summary in report.endpoints
            ],
            target=session.present_percent,
        )
        context = {
            "session": session,
            "report": report,
            "chart": chart,
            "is_organiser": permissions.is_organiser(user),
            "reopen_form": ReopenForm(),
            "is_running": session.status == LiveSession.Status.LIVE,
            "has_ended": timezone.now() >= session.ends_at,
            "final_after": timezone.localtime(session.ends_at + session.finalise_grace),
            "sections": report_sections(request, session),
        }
        return render(request, "sessions/attendance_session_report.html", context)


class TraineeReportView(LoginRequiredMixin, View):
    """All of one person's sessions: organisers see anyone's, a trainee their own."""

    def get(self, request, user_id: int | None = None):
        person = request.user if user_id is None else None
        if person is None:
            if not permissions.is_organiser(request.user):
                raise PermissionDenied
            person = get_object_or_404(get_user_model(), pk=user_id)
        records = attendance_records_for(user=person)
        labels = dict(Attendance.Status.choices)
        header = [
            _("Session"),
            _("Starts"),
            _("Status"),
            _("Minutes present"),
            _("Session minutes"),
            _("Final"),
        ]
        rows = [
            [
                record.session_title,
                record.starts_at,
                str(labels.get(record.status, record.status)),
                record.minutes_present,
                record.session_minutes,
                _("Yes") if record.is_final else _("No"),
            ]
            for record in records
        ]
        download = _export(
            request,
            filename=f"diem-danh-hoc-vien-{person.pk}",
            sheet=_("Attendance"),
            header=header,
            rows=rows,
        )
        if download is not None:
            return download
        chart = bar_chart_svg(
            title=_("Minutes present per session"),
            bars=[
                Bar(
                    record.session_title,
                    100 * record.minutes_present / record.session_minutes
                    if record.session_minutes
                    else 0,
                    f"{record.minutes_present}/{record.session_minutes}",
                )
                for record in records
            ],
        )
        context = {"person": person, "rows": rows, "chart": chart}
        return render(request, "sessions/attendance_trainee_report.html", context)


class CourseReportView(LoginRequiredMixin, View):
    """Endpoints x sessions of a course: attendance rate, connected minutes, outages."""

    def get(self, request, course_id: int):
        from courses.models import CoursePage

        if not permissions.is_organiser(request.user):
            raise PermissionDenied
        course = get_object_or_404(CoursePage, pk=course_id)
        matrix = course_matrix(course_page=course)
        header = [_("Endpoint")]
        measures = [_("attendance rate"), _("connected minutes"), _("outages")]
        for session in matrix.sessions:
            header += [f"{session.title}: {measure}" for measure in measures]
        rows = []
        for name, cells in matrix.rows:
            row = [name]
            for cell in cells:
                row += (
                    [cell.rate, cell.connected_minutes, cell.outage_count]
                    if cell
                    else ["", "", ""]
                )
            rows.append(row)
        download = _export(
            request,
            filename=f"diem-danh-khoa-{course.pk}",
            sheet=_("Endpoints"),
            header=header,
            rows=rows,
        )
        if download is not None:
            return download
        averages = []
        for name, cells in matrix.rows:
            present = [cell.rate for cell in cells if cell]
            average = round(sum(present) / len(present), 1) if present else 0.0
            averages.append(Bar(name, average, f"{average:g} %"))
        chart = bar_chart_svg(
            title=_("Average attendance rate by endpoint"), bars=averages
        )
        context = {"course": course, "matrix": matrix, "chart": chart}
        return render(request, "sessions/attendance_course_report.html", context)
