"""Who may watch a session's recordings, and which recordings they see."""

from django.db.models import Q, QuerySet

from accounts.roles import Role, user_roles
from courses.models import CoursePage
from courses.selectors import enrolment_for
from sessions.attendance.selectors import sessions_of_course
from sessions.models import Endpoint, LiveSession
from sessions.scheduling import is_organiser

from .models import JibriRun, Recording


def can_manage_recordings(user) -> bool:
    return is_organiser(user)


def course_of_session(*, session: LiveSession) -> CoursePage | None:
    if session.module_id is None:
        return None
    return CoursePage.objects.parent_of(session.module).first()


def _course_open_to(*, user, course: CoursePage) -> bool:
    """Enrolled in the course, or one of its lecturers."""
    if enrolment_for(user=user, course=course) is not None:
        return True
    return Role.LECTURER in user_roles(user) and (
        course.lecturers.filter(pk=user.pk).exists()
    )


def _coordinates(*, user, session: LiveSession) -> bool:
    if Role.SITE_COORDINATOR not in user_roles(user):
        return False
    return (
        Endpoint.objects.filter(coordinators=user)
        .filter(Q(pk=session.hub_id) | Q(session_endpoints__session=session))
        .exists()
    )


def recordings_viewable_by(*, user, session: LiveSession) -> bool:
    """Trainees enrolled in the session's course, its lecturers and presenter, the
    coordinators of its endpoints, and organisers; a cancelled session's only to
    organisers (it did not take place: nothing of it is shown to others)."""
    if not user.is_authenticated:
        return False
    if is_organiser(user):
        return True
    if session.status == LiveSession.Status.CANCELLED:
        return False
    if session.presenter_id == user.pk:
        return True
    if _coordinates(user=user, session=session):
        return True
    course = course_of_session(session=session)
    return course is not None and _course_open_to(user=user, course=course)


def course_recordings_viewable_by(*, user, course: CoursePage) -> bool:
    if not user.is_authenticated:
        return False
    return is_organiser(user) or _course_open_to(user=user, course=course)


def session_recordings(*, session: LiveSession) -> QuerySet[Recording]:
    return Recording.objects.filter(session=session).in_order()


def course_recordings(*, course: CoursePage) -> QuerySet[Recording]:
    return (
        Recording.objects.filter(session__in=sessions_of_course(course_page=course))
        .select_related("session")
        .in_order()
    )


def running_jibri_run(*, session: LiveSession) -> JibriRun | None:
    return JibriRun.objects.filter(session=session, stopped_at__isnull=True).first()
