"""Who takes part in a live session, and from which site.

One rule shared by everything a session's participants do besides checking in (its
live page, questions to the presenter, polls): a person takes part once they are
recorded at the session (checked in at a site or remotely, or added by a
coordinator), a coordinator takes part on behalf of a room of the session, and the
presenter and organisers moderate. Lecturers who do not present and trainees who
are merely enrolled do not take part, nor does someone a coordinator or organiser
marked absent or excused (a poll's figures per site stand for who is there).
"""

from __future__ import annotations

from dataclasses import dataclass

from .attendance.permissions import is_organiser
from .models import Attendance, Endpoint, LiveSession


@dataclass(frozen=True)
class Participation:
    #: The site the person speaks for; ``None`` for a remote trainee and for
    #: moderators who are not at a site.
    endpoint_id: int | None
    endpoint_name: str
    #: Presenter or organiser: sees every question, answers, pins, hides, runs polls.
    moderates: bool
    #: Taking part on behalf of a room rather than as oneself.
    coordinator: bool = False

    @property
    def remote(self) -> bool:
        return self.endpoint_id is None and not self.moderates


def session_participation(user, session: LiveSession) -> Participation | None:
    """How ``user`` takes part in ``session``, or ``None`` if they do not."""
    if not user.is_authenticated or not user.is_active:
        return None
    if is_organiser(user) or session.presenter_id == user.pk:
        hub = session.hub if session.hub_id else None
        return Participation(
            endpoint_id=hub.pk if hub else None,
            endpoint_name=hub.name if hub else "",
            moderates=True,
        )
    attendance = (
        Attendance.objects.filter(session=session, user=user)
        .select_related("endpoint")
        .first()
    )
    if attendance is not None and not _marked_away(attendance):
        endpoint = attendance.endpoint
        return Participation(
            endpoint_id=endpoint.pk if endpoint else None,
            endpoint_name=endpoint.name if endpoint else "",
            moderates=False,
        )
    coordinated = (
        Endpoint.objects.filter(coordinators=user)
        .filter(pk__in=_session_endpoint_ids(session))
        .order_by("name")
        .first()
    )
    if coordinated is not None:
        return Participation(
            endpoint_id=coordinated.pk,
            endpoint_name=coordinated.name,
            moderates=False,
            coordinator=True,
        )
    return None


def _marked_away(attendance: Attendance) -> bool:
    return attendance.is_manual and attendance.status in (
        Attendance.Status.ABSENT,
        Attendance.Status.EXCUSED,
    )


def _session_endpoint_ids(session: LiveSession) -> list[int]:
    ids = list(session.session_endpoints.values_list("endpoint_id", flat=True))
    if session.hub_id:
        ids.append(session.hub_id)
    return ids
