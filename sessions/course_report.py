"""The course enrolment report's filter by endpoint, contributed to ``courses``.

A trainee belongs to an endpoint, for this course, if they attended one of the
course's sessions there (checked in, put on the roster, or seen by video).
"""

from django.utils.translation import gettext_lazy as _

from courses.selectors import ReportFilter

from .attendance.selectors import sessions_of_course
from .models import Attendance, Endpoint


def endpoint_report_filter(course_page) -> ReportFilter:
    def user_ids(endpoint_id: str):
        if not endpoint_id.isdigit():
            return Attendance.objects.none().values("user_id")
        return Attendance.objects.filter(
            endpoint_id=int(endpoint_id),
            session__in=sessions_of_course(course_page=course_page),
            user__isnull=False,
        ).values("user_id")

    return ReportFilter(
        key="endpoint",
        label=_("Endpoint"),
        choices=[(str(e.pk), e.name) for e in Endpoint.objects.active()],
        user_ids=user_ids,
    )
