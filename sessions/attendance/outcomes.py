"""Applying the policy to a session's rows (read-only: finalise saves the result)."""

from sessions.models import Attendance, LiveSession
from sessions.pipeline.summaries import session_presence

from .policy import Outcome, PersonPresence, Policy, attendance_outcome
from .sources import SessionPresence


def policy_of(session: LiveSession) -> Policy:
    return Policy(
        starts_at=session.starts_at,
        ends_at=session.ends_at,
        late_after_minutes=session.late_after_minutes,
        present_percent=session.present_percent,
    )


def person_presence(
    attendance: Attendance, presence: SessionPresence
) -> PersonPresence:
    endpoint = None
    if presence.has_video_data and attendance.endpoint_id is not None:
        endpoint = tuple(presence.endpoints.get(attendance.endpoint_id, ()))
    return PersonPresence(
        own=tuple(presence.users.get(attendance.user_id, ()))
        if attendance.user_id
        else (),
        checked_in_at=attendance.checked_in_at,
        endpoint=endpoint,
        manual_status=attendance.status if attendance.is_manual else None,
    )


def session_outcomes(
    *, session: LiveSession, create_video_rows: bool = False
) -> list[tuple[Attendance, Outcome]]:
    """Each attendance row of the session with its outcome under the policy.

    With ``create_video_rows``, people seen on video from their own devices who have
    no row yet get one (recorded via video).
    """
    presence = session_presence(session_id=session.pk)
    rows = Attendance.objects.filter(session=session).select_related("user")
    attendances = list(rows)
    if create_video_rows:
        known = {attendance.user_id for attendance in attendances}
        new_rows = [
            Attendance(
                session=session,
                user_id=uid,
                recorded_via=Attendance.RecordedVia.VIDEO,
            )
            for uid in presence.users
            if uid not in known
        ]
        if new_rows:
            Attendance.objects.bulk_create(new_rows, ignore_conflicts=True)
            attendances = list(
                Attendance.objects.filter(session=session).select_related("user")
            )
    policy = policy_of(session)
    return [
        (
            attendance,
            attendance_outcome(
                policy=policy, person=person_presence(attendance, presence)
            ),
        )
        for attendance in attendances
    ]
