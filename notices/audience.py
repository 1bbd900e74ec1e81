"""The people expected at a session, who are told about it."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from accounts.models import User
from courses.models import Enrolment
from sessions.models import ExpectedAttendee

from .models import NoticeKind
from .preferences import notice_opted_out_ids


def session_audience(session) -> QuerySet[User]:
    """The trainees expected at the session (its expected list when it has one,
    else everyone enrolled in its course), the coordinators of its rooms (the hub
    and every endpoint) and its presenter; active, with an address."""
    query = Q(coordinated_endpoints__live_sessions=session) | Q(
        coordinated_endpoints=session.hub_id
    )
    if session.presenter_id:
        query |= Q(pk=session.presenter_id)
    expected = ExpectedAttendee.objects.filter(session=session).values("user_id")
    if expected.exists():
        query |= Q(pk__in=expected)
    elif session.module_id:
        course_id = session.module.get_parent().pk
        query |= Q(
            pk__in=Enrolment.objects.filter(course_id=course_id).values("user_id")
        )
    return (
        User.objects.filter(query, is_active=True)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def session_recipients(session, kind: NoticeKind) -> list[User]:
    """The session's audience, less those who turned ``kind`` off."""
    people = list(session_audience(session))
    opted_out = notice_opted_out_ids([p.pk for p in people], kind)
    return [p for p in people if p.pk not in opted_out]
