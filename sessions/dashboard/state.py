"""What the dashboard shows, read from the server's state (never from the stream).

Connection states come from the presence summaries that the pipeline keeps
(``sessions/pipeline/``), so a row costs the same whatever the session's history.
"""

from django.db.models import Count, Exists, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from sessions.attendance import permissions
from sessions.models import (
    Attendance,
    ExpectedAttendee,
    Headcount,
    LiveSession,
    SessionEndpoint,
)
from sessions.pipeline.summaries import caught_up, endpoint_intervals

from .feed import FEED_SIZE, recent_feed

CONNECTED = "connected"
DROPPED = "dropped"
NEVER_JOINED = "never_joined"


def _connection_state(intervals) -> str:
    if not intervals:
        return NEVER_JOINED
    return CONNECTED if intervals[-1].end is None else DROPPED


def _count(queryset) -> Coalesce:
    return Coalesce(
        Subquery(
            queryset.order_by().values("session_id").annotate(n=Count("pk")).values("n")
        ),
        0,
    )


def _expected_counts() -> dict:
    """Per row: people on the expected list, and those of them with an attendance
    row not marked absent (anywhere: someone may check in at another site)."""
    here = ExpectedAttendee.objects.filter(
        session_id=OuterRef("session_id"), endpoint_id=OuterRef("endpoint_id")
    )
    came = Attendance.objects.filter(
        session_id=OuterRef("session_id"), user_id=OuterRef("user_id")
    ).exclude(status=Attendance.Status.ABSENT)
    return {
        "expected_people": _count(here),
        "expected_arrived": _count(here.filter(Exists(came))),
    }


def endpoint_rows(
    session_id: int, endpoint_ids=None, *, authoritative: bool | None = None
) -> list[dict]:
    """Three queries whatever the number of endpoints, of expected people and of
    events: the rows with their counts, and the endpoints' presence summaries (two
    when the caller knows which intervals count, ``summaries.uses_authoritative``)."""
    return _rows_and_intervals(session_id, endpoint_ids, authoritative)[0]


def _rows_and_intervals(session_id: int, endpoint_ids, authoritative=None):
    latest_headcount = Headcount.objects.filter(session_endpoint=OuterRef("pk")).values(
        "count"
    )[:1]
    checked_in = (
        Attendance.objects.filter(
            session_id=OuterRef("session_id"), endpoint_id=OuterRef("endpoint_id")
        )
        .order_by()
        .values("session_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    links = (
        SessionEndpoint.objects.filter(session_id=session_id)
        .select_related("endpoint")
        .annotate(
            headcount=Subquery(latest_headcount),
            checked_in=Coalesce(Subquery(checked_in), 0),
            **_expected_counts(),
        )
    )
    if endpoint_ids is not None:
        links = links.filter(endpoint_id__in=endpoint_ids)
    intervals = endpoint_intervals(
        session_id, endpoint_ids, authoritative=authoritative, last=FEED_SIZE
    )
    rows = [
        {
            "endpoint_id": link.endpoint_id,
            "name": link.endpoint.name,
            "is_hub": link.endpoint.is_hub,
            "connection": _connection_state(intervals.get(link.endpoint_id)),
            "checked_in": link.checked_in,
            "headcount": link.headcount,
            "expected": link.expected_headcount,
            "expected_people": link.expected_people,
            "expected_arrived": link.expected_arrived,
            "absent": link.expected_people - link.expected_arrived,
        }
        for link in links
    ]
    return rows, intervals


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
    """The whole picture for one viewer: the rows they may see, the totals and the
    feed's last lines (a snapshot: what is still pending for the session is folded
    first). A fixed number of queries whatever the session's size and history."""
    caught_up([session.pk])
    endpoint_ids = visible_endpoint_ids(session=session, user=user)
    rows, intervals = _rows_and_intervals(session.pk, endpoint_ids)
    names = {row["endpoint_id"]: row["name"] for row in rows}
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
        "feed": recent_feed(
            session.pk,
            endpoint_ids,
            names=names,
            intervals=intervals,
        ),
        "at": timezone.now().isoformat(),
    }
    return state
