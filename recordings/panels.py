"""What recordings contribute to the session and course pages (wagtail_hooks)."""

from django.utils import timezone

from accounts.panels import Panel

from . import selectors
from .conf import recorder_settings


def session_recordings_panel(session, request) -> Panel | None:
    """Viewers see the recordings; organisers also the recorder and "add"."""
    user = request.user
    manage = selectors.can_manage_recordings(user)
    if not (manage or selectors.recordings_viewable_by(user=user, session=session)):
        return None
    recordings = list(selectors.session_recordings(session=session))
    if not recordings and not manage:
        return None
    context = {
        "session": session,
        "recordings": recordings,
        "can_manage": manage,
        "now": timezone.now(),
    }
    if manage:
        context["recorder"] = recorder_settings()
        context["running"] = selectors.running_jibri_run(session=session)
    return Panel(
        template="recordings/includes/session_recordings_panel.html",
        context=context,
        order=10,
    )


def course_recordings_panel(page, request) -> Panel | None:
    if not selectors.course_recordings_viewable_by(user=request.user, course=page):
        return None
    recordings = list(selectors.course_recordings(course=page))
    if not recordings:
        return None
    return Panel(
        template="recordings/includes/course_recordings_panel.html",
        context={"recordings": recordings, "now": timezone.now()},
        order=35,
    )
