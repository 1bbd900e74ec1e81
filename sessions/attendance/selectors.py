"""Reads of attendance for other apps and for the pages here."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import OuterRef, QuerySet, Subquery
from django.utils import timezone

from sessions.models import Attendance, AttendanceChange, LiveSession
from sessions.pipeline.summaries import presence_by_session

from .outcomes import person_presence, policy_of
from .policy import attendance_outcome


@dataclass(frozen=True)
class AttendanceRecord:
    session_id: int
    session_title: str
    module_id: int | None
    starts_at: datetime
    #: "present" | "late" | "left_early" | "absent" | "excused"
    status: str
    minutes_present: int
    session_minutes: int
    #: False while the session's attendance is not final (status is provisional).
    is_final: bool
    #: Minutes of their site's outage after check-in (charged to the site).
    excused_minutes: int = 0


def sessions_of_course(*, course_page) -> QuerySet[LiveSession]:
    """Sessions teaching a module of this course (a child page), not cancelled."""
    from courses.models import ModulePage

    modules = ModulePage.objects.child_of(course_page).values("pk")
    return (
        LiveSession.objects.not_cancelled()
        .filter(module_id__in=modules)
        .order_by("starts_at", "pk")
    )


def _session_minutes(session: LiveSession) -> int:
    return int(session.duration.total_seconds() // 60)


def attendance_records_for(
    *, user, session_ids: list[int] | None = None
) -> list[AttendanceRecord]:
    """One record per session: those given (absent where there is no row), or every
    session the person has a row for. Final sessions read the stored result; others
    get a provisional one computed from the policy now."""
    rows = Attendance.objects.filter(user=user).select_related("session")
    if session_ids is not None:
        rows = rows.filter(session_id__in=session_ids)
    by_session = {row.session_id: row for row in rows}
    if session_ids is None:
        sessions = [row.session for row in by_session.values()]
    else:
        sessions = list(LiveSession.objects.not_cancelled().filter(pk__in=session_ids))
    now = timezone.now()
    provisional = presence_by_session(
        now=now,
        session_ids=[
            session.pk
            for session in sessions
            if session.attendance_finalised_at is None and session.pk in by_session
        ],
    )
    records = []
    for session in sorted(sessions, key=lambda s: (s.starts_at, s.pk)):
        final = session.attendance_finalised_at is not None
        row = by_session.get(session.pk)
        if row is None:
            status, minutes, excused = Attendance.Status.ABSENT.value, 0, 0
        elif final:
            status, minutes = row.status, row.minutes_present
            excused = row.excused_minutes
        else:
            outcome = attendance_outcome(
                policy=policy_of(session, now=now),
                person=person_presence(row, provisional[session.pk]),
            )
            status, minutes = outcome.status, outcome.minutes_present
            excused = outcome.excused_minutes
        records.append(
            AttendanceRecord(
                session_id=session.pk,
                session_title=session.title,
                module_id=session.module_id,
                starts_at=session.starts_at,
                status=str(status),
                minutes_present=minutes,
                excused_minutes=excused,
                session_minutes=_session_minutes(session),
                is_final=final,
            )
        )
    return records


def roster_rows(*, session: LiveSession, endpoint_id: int) -> QuerySet[Attendance]:
    """The endpoint's rows; ``merge_change_id`` names a merge that can be undone."""
    merges = AttendanceChange.objects.filter(
        attendance=OuterRef("pk"), kind=AttendanceChange.Kind.MERGE
    ).order_by("-pk")
    return (
        Attendance.objects.filter(session=session, endpoint_id=endpoint_id)
        .select_related("user")
        .annotate(merge_change_id=Subquery(merges.values("pk")[:1]))
        .order_by("created_at", "pk")
    )
