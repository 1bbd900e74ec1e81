"""What live sessions contribute to pages they do not own (hooks in wagtail_hooks)."""

from django.utils import timezone

from accounts.panels import Panel
from accounts.roles import Role, user_roles

from . import scheduling
from .jitsi.status import video_status
from .models import LiveSession


def upcoming_sessions_panel(request) -> Panel | None:
    """Trainees, lecturers and coordinators (and organisers) see what comes next;
    a coordinator also gets each of their endpoints' room links."""
    user = request.user
    if not user.is_authenticated or not user_roles(user):
        return None
    sessions = scheduling.upcoming_sessions_for(user=user)
    rows = [
        {
            "session": session,
            "endpoints": scheduling.session_endpoints_for(user=user, session=session)
            if Role.SITE_COORDINATOR in user_roles(user)
            else [],
        }
        for session in sessions
    ]
    now = timezone.now()
    return Panel(
        template="sessions/includes/upcoming_sessions_panel.html",
        context={
            "live_rows": [row for row in rows if is_live_now(row["session"], now)],
            "rows": [row for row in rows if not is_live_now(row["session"], now)],
            "calendar_token": scheduling.calendar_token_for(user),
        },
        order=20,
    )


def is_live_now(session: LiveSession, now) -> bool:
    """Under way: marked live, or its time has come (it is not "upcoming" any more)."""
    return session.status == LiveSession.Status.LIVE or session.starts_at <= now


def video_status_panel(request) -> Panel | None:
    if not scheduling.is_organiser(request.user):
        return None
    return Panel(
        template="sessions/includes/video_status_panel.html",
        context={"status": video_status()},
        order=90,
    )


def course_sessions_panel(page, request) -> Panel | None:
    sessions = list(scheduling.upcoming_sessions_of_course(course_page=page)[:10])
    if not sessions:
        return None
    return Panel(
        template="sessions/includes/course_sessions_panel.html",
        context={"sessions": sessions},
        order=30,
    )
