"""What the dashboard shows, read from the server's state (never from the stream)."""

from django.db.models import Count, OuterRef, Q, Subquery
from django.utils import timezone

from sessions.attendance import permissions
from sessions.attendance.sources import SessionPresence, event_rows, intervals_from_rows
from sessions.models import Attendance, Headcount, LiveSession, SessionEndpoint

CONNECTED = "connected"
DROPPED = "dropped"
NEVER_JOINED = "never_joined"


def _connection_state(intervals) -> str:
    if not intervals:
        return NEVER_JOINED
    return CONNECTED if intervals[-1].end is None else DROPPED


def _endpoint_rows(session: LiveSession, endpoint_ids=None) -> list[dict]:
    latest_headcount = Headcount.objects.filter(session_endpoint=OuterRef("pk")).values(
        "count"
    )[:1]
    links = (
        SessionEndpoint.objects.filter(session=session)
        .select_related("endpoint")
        .annotate(
            headcount=Subquery(latest_headcount),
            checked_in=Count(
                "endpoint__attendances",
                filter=Q(endpoint__attendances__session=session),
            ),
        )
    )
    if endpoint_ids is not None:
        links = links.filter(endpoint_id__in=endpoint_ids)
    filters = {} if endpoint_ids is None else {"endpoint_id__in": list(endpoint_ids)}
    presence: SessionPresence = intervals_from_rows(event_rows(session.pk, **filters))
    return [
        {
            "endpoint_id": link.endpoint_id,
            "name": link.endpoint.name,
            "is_hub": link.endpoint.is_hub,
            "connection": _connection_state(presence.endpoints.get(link.endpoint_id)),
            "checked_in": link.checked_in,
            "headcount": link.headcount,
            "expected": link.expected_headcount,
        }
        for link in links
    ]


def endpoint_row(session_id: int, endpoint_id: int) -> dict | None:
    session = LiveSession.objects.get(pk=session_id)
    rows = _endpoint_rows(session, [endpoint_id])
    return rows[0] if rows else None


def remote_row(session_id: int) -> dict:
    count = Attendance.objects.filter(
        session_id=session_id, endpoint__isnull=True
    ).count()
    return {"endpoint_id": None, "checked_in": count}


def visible_endpoint_ids(*, session: LiveSession, user) -> list[int] | None:
    """``None``: all of them (an organiser); else the coordinator's endpoints."""
    if permissions.is_organiser(user):
        return None
    if permissions.is_coordinator(user):
        return list(
            user.coordinated_endpoints.filter(
                session_endpoints__session=session
            ).values_list("pk", flat=True)
        )
    return []


def dashboard_state(*, session: LiveSession, user) -> dict:
    """The whole picture for one viewer: the rows they may see and the totals."""
    endpoint_ids = visible_endpoint_ids(session=session, user=user)
    rows = _endpoint_rows(session, endpoint_ids)
    state = {
        "type": "state",
        "session": {
            "id": session.pk,
            "title": session.title,
            "status": session.status,
            "final": session.attendance_finalised_at is not None,
        },
        "endpoints": rows,
        "remote": remote_row(session.pk) if endpoint_ids is None else None,
        "at": timezone.now().isoformat(),
    }
    return state
