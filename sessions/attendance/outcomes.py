"""Applying the policy to a session's rows (read-only: finalise saves the result)."""

from datetime import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from sessions.models import Attendance, LiveSession
from sessions.pipeline.summaries import session_presence

from .policy import Outcome, PersonPresence, Policy, attendance_outcome
from .sources import SessionPresence


def policy_of(session: LiveSession, *, now: datetime | None = None) -> Policy:
    return Policy(
        starts_at=session.starts_at,
        ends_at=session.ends_at,
        now=now or timezone.now(),
        late_after_minutes=session.late_after_minutes,
        present_percent=session.present_percent,
    )


def _confirmed(attendance: Attendance) -> bool:
    """A check-in or a coordinator's mark: what advisory presence needs to count."""
    return attendance.checked_in_at is not None or attendance.is_manual


def person_presence(
    attendance: Attendance, presence: SessionPresence
) -> PersonPresence:
    endpoint = None
    if presence.has_video_data and attendance.endpoint_id is not None:
        endpoint = tuple(presence.endpoints.get(attendance.endpoint_id, ()))
    own: tuple = ()
    if attendance.user_id and (not presence.users_advisory or _confirmed(attendance)):
        own = tuple(presence.users.get(attendance.user_id, ()))
    return PersonPresence(
        own=own,
        checked_in_at=attendance.checked_in_at,
        endpoint=endpoint,
        manual_status=attendance.status if attendance.is_manual else None,
    )


def session_outcomes(
    *,
    session: LiveSession,
    create_video_rows: bool = False,
    now: datetime | None = None,
    presence: SessionPresence | None = None,
) -> list[tuple[Attendance, Outcome]]:
    """Each attendance row of the session with its outcome under the policy, as of
    ``now``.

    With ``create_video_rows``, people the server saw on video from their own devices
    who have no row yet get one (recorded via video); the room page's advisory
    reports never create one.
    """
    now = now or timezone.now()
    if presence is None:
        presence = session_presence(session_id=session.pk, now=now)
    rows = Attendance.objects.filter(session=session).select_related("user")
    attendances = list(rows)
    if create_video_rows and not presence.users_advisory:
        known = {attendance.user_id for attendance in attendances}
        # A room's record may name an account that no longer exists.
        seen = get_user_model().objects.filter(pk__in=set(presence.users) - known)
        new_rows = [
            Attendance(
                session=session,
                user_id=uid,
                recorded_via=Attendance.RecordedVia.VIDEO,
            )
            for uid in seen.values_list("pk", flat=True)
        ]
        if new_rows:
            Attendance.objects.bulk_create(new_rows, ignore_conflicts=True)
            attendances = list(
                Attendance.objects.filter(session=session).select_related("user")
            )
    policy = policy_of(session, now=now)
    return [
        (
            attendance,
            attendance_outcome(
                policy=policy, person=person_presence(attendance, presence)
            ),
        )
        for attendance in attendances
    ]
