"""The home page panel of organisers and coordinators: today's sessions, with the live
dashboard and (for a coordinator) their rooms' rosters one tap away."""

from datetime import timedelta

from django.utils import timezone

from accounts.panels import Panel
from sessions.models import LiveSession, SessionEndpoint

from . import permissions


def todays_attendance_panel(request) -> Panel | None:
    user = request.user
    if not permissions.can_watch_session(user):
        return None
    now = timezone.now()
    sessions = LiveSession.objects.not_cancelled().filter(
        starts_at__lte=now + timedelta(hours=12), ends_at__gte=now - timedelta(hours=2)
    )
    links = SessionEndpoint.objects.filter(session__in=sessions).select_related(
        "endpoint"
    )
    organiser = permissions.is_organiser(user)
    if not organiser:
        links = links.filter(endpoint__coordinators=user)
    rooms: dict[int, list] = {}
    for link in links:
        rooms.setdefault(link.session_id, []).append(link)
    rows = [
        (session, rooms.get(session.pk, []))
        for session in sessions.order_by("starts_at")
        if organiser or session.pk in rooms
    ]
    if not rows:
        return None
    return Panel(
        template="sessions/includes/attendance_panel.html",
        context={"rows": rows, "is_organiser": organiser},
        order=20,
    )
