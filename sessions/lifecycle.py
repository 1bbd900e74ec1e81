"""A session's lifecycle, driven by time and by its room's events, never by hand.

* **Live** at its start, or at the first join reported by the server for its room,
  whichever comes first.
* **Ended** at its scheduled end, or earlier when an organiser ends it (confirmed
  on a page). A running session can be extended; both are recorded
  (``SessionEndChange``: who, when, the old and the new end).
* **Attendance final** by itself ``finalise_grace`` after the end, unless an
  organiser finalised (or reopened) it first. Finalising before the end is refused
  (``attendance.services.attendance_finalise``).

``sessions_lifecycle_advance`` is the periodic job (``manage.py periodic``, every
minute); ``connection_events_recorded`` brings a session live at its first join.
"""

from datetime import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Exists, F, OuterRef
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .attendance import permissions
from .models import (
    AttendanceFinalisation,
    ConnectionEvent,
    LiveSession,
    SessionEndChange,
)

Status = LiveSession.Status
#: Sources whose joins bring a session live (the room page's reports do not).
SERVER_SOURCES = frozenset(
    {ConnectionEvent.Source.PROSODY, ConnectionEvent.Source.JAAS}
)


def _local(moment: datetime) -> str:
    return date_format(timezone.localtime(moment), "H:i, d/m/Y")


def session_go_live(*, session_id: int, at: datetime) -> bool:
    """Scheduled → live at ``at`` (a join, or the start); False if it was not
    scheduled or has already ended. One conditional UPDATE: safe to race."""
    return bool(
        LiveSession.objects.filter(
            pk=session_id, status=Status.SCHEDULED, ends_at__gt=at
        ).update(status=Status.LIVE, went_live_at=at)
    )


#: Rooms whose session this process knows to be past "scheduled" (a session never
#: goes back): their joins have nothing to start, and cost no query.
_started_rooms: set[str] = set()
_STARTED_ROOMS_KEPT = 10_000


def connection_events_recorded(sender, *, session_id, events, **kwargs) -> None:
    """Receiver: the first join the server reports brings the session live."""
    joins = [
        event
        for event in events
        if event.kind == ConnectionEvent.Kind.JOINED and event.source in SERVER_SOURCES
    ]
    if not joins or joins[0].room_name in _started_rooms:
        return
    started = session_go_live(
        session_id=session_id, at=min(event.occurred_at for event in joins)
    ) or (
        LiveSession.objects.filter(pk=session_id)
        .exclude(status=Status.SCHEDULED)
        .exists()
    )
    if started:
        if len(_started_rooms) >= _STARTED_ROOMS_KEPT:
            _started_rooms.clear()
        _started_rooms.add(joins[0].room_name)


def sessions_lifecycle_advance(*, now: datetime | None = None) -> dict[str, int]:
    """The periodic job: start, end and finalise whatever is due at ``now``."""
    from .attendance.services import attendance_finalise

    now = now or timezone.now()
    live = LiveSession.objects.filter(
        status=Status.SCHEDULED, starts_at__lte=now, ends_at__gt=now
    ).update(status=Status.LIVE, went_live_at=F("starts_at"))
    ended = LiveSession.objects.filter(
        status__in=[Status.SCHEDULED, Status.LIVE], ends_at__lte=now
    ).update(status=Status.ENDED, ended_at=F("ends_at"))
    reopened = AttendanceFinalisation.objects.filter(
        session=OuterRef("pk"), action=AttendanceFinalisation.Action.REOPENED
    )
    due = LiveSession.objects.filter(
        status=Status.ENDED,
        attendance_finalised_at__isnull=True,
        ends_at__lte=now,
    ).exclude(Exists(reopened))  # reopened by an organiser: theirs to finalise
    finalised = 0
    for session in due:
        if session.ends_at + session.finalise_grace <= now:
            attendance_finalise(session=session, by=None, at=now)
            finalised += 1
    return {"live": live, "ended": ended, "finalised": finalised}


def _require_organiser(user) -> None:
    if not permissions.is_organiser(user):
        raise PermissionDenied


@transaction.atomic
def session_end_early(
    *, session: LiveSession, by, at: datetime | None = None
) -> LiveSession:
    """An organiser ends a running session now: its end becomes ``at``."""
    _require_organiser(by)
    at = at or timezone.now()
    session = LiveSession.objects.select_for_update().get(pk=session.pk)
    if session.status not in (Status.SCHEDULED, Status.LIVE) or session.ends_at <= at:
        raise ValidationError(_("This session is not running: it cannot be ended."))
    if at <= session.starts_at:
        raise ValidationError(
            _("This session has not started yet: cancel it instead of ending it.")
        )
    SessionEndChange.objects.create(
        session=session,
        kind=SessionEndChange.Kind.ENDED_EARLY,
        by=by,
        old_ends_at=session.ends_at,
        new_ends_at=at,
    )
    session.went_live_at = session.went_live_at or session.starts_at
    session.ends_at = session.ended_at = at
    session.status = Status.ENDED
    session.save(
        update_fields=["ends_at", "ended_at", "went_live_at", "status", "updated_at"]
    )
    return session


@transaction.atomic
def session_extend(
    *, session: LiveSession, by, new_ends_at: datetime, at: datetime | None = None
) -> LiveSession:
    """An organiser moves a running session's end later."""
    _require_organiser(by)
    at = at or timezone.now()
    session = LiveSession.objects.select_for_update().get(pk=session.pk)
    if session.status != Status.LIVE or session.ends_at <= at:
        raise ValidationError(_("Only a session that is running can be extended."))
    if new_ends_at <= session.ends_at:
        raise ValidationError(
            {
                "new_ends_at": _("The new end must be later than %(end)s.")
                % {"end": _local(session.ends_at)}
            }
        )
    SessionEndChange.objects.create(
        session=session,
        kind=SessionEndChange.Kind.EXTENDED,
        by=by,
        old_ends_at=session.ends_at,
        new_ends_at=new_ends_at,
    )
    session.ends_at = new_ends_at
    session.save(update_fields=["ends_at", "updated_at"])
    return session


def finalise_refusal(*, session: LiveSession, at: datetime) -> ValidationError | None:
    """Why attendance cannot be made final at ``at``: the session has not ended."""
    if at < session.ends_at:
        return ValidationError(
            _(
                "The session has not ended yet (it ends at %(end)s): attendance can "
                "be made final only after the end. If it is over, end it first."
            )
            % {"end": _local(session.ends_at)}
        )
    return None
