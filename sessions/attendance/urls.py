"""Attendance pages. ``checkin`` has a short, unnamespaced name: the room page links
to it (and puts it in the QR code)."""

from django.urls import path, re_path

from sessions.checkin import CheckinView
from sessions.dashboard.views import DashboardView
from sessions.lifecycle_views import SessionEndView, SessionExtendView
from sessions.reports.views import (
    CourseReportView,
    SessionReportView,
    TraineeReportView,
)
from sessions.rosters.views import ExpectedListView

from .views import AttendanceIndexView, FinaliseView, RosterView

urlpatterns = [
    path("checkin/", CheckinView.as_view(), name="checkin"),
    path("attendance/", AttendanceIndexView.as_view(), name="attendance-index"),
    path("attendance/me/", TraineeReportView.as_view(), name="attendance-mine"),
    path(
        "attendance/sessions/<int:session_id>/dashboard/",
        DashboardView.as_view(),
        name="attendance-dashboard",
    ),
    path(
        "attendance/sessions/<int:session_id>/roster/<int:endpoint_id>/",
        RosterView.as_view(),
        name="attendance-roster",
    ),
    path(
        "attendance/sessions/<int:session_id>/expected/",
        ExpectedListView.as_view(),
        name="attendance-expected",
    ),
    path(
        "attendance/sessions/<int:session_id>/report/",
        SessionReportView.as_view(),
        name="attendance-session-report",
    ),
    path(
        "attendance/sessions/<int:session_id>/end/",
        SessionEndView.as_view(),
        name="attendance-session-end",
    ),
    path(
        "attendance/sessions/<int:session_id>/extend/",
        SessionExtendView.as_view(),
        name="attendance-session-extend",
    ),
    re_path(
        r"^attendance/sessions/(?P<session_id>[0-9]+)/(?P<action>finalise|reopen)/$",
        FinaliseView.as_view(),
        name="attendance-finalise",
    ),
    path(
        "attendance/trainees/<int:user_id>/",
        TraineeReportView.as_view(),
        name="attendance-trainee-report",
    ),
    path(
        "attendance/courses/<int:course_id>/",
        CourseReportView.as_view(),
        name="attendance-course-report",
    ),
]
