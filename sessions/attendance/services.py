"""Writes of attendance: check-in, the coordinator's roster, finalisation."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sessions import checkin_codes
from sessions.inserts import row_insert
from sessions.models import (
    Attendance,
    AttendanceChange,
    AttendanceFinalisation,
    Endpoint,
    Headcount,
    LiveSession,
    SessionEndpoint,
)
from sessions.signals import attendance_changed, attendance_finalised

from . import permissions
from .outcomes import session_outcomes

#: Check-in opens this long before the session starts and closes when it ends.
CHECKIN_OPENS_BEFORE = timedelta(minutes=30)
#: How far back (in steps) a code is recognised as an old, expired code of an endpoint.
EXPIRED_LOOKBACK_STEPS = 30


class CheckinRefused(Exception):
    """A check-in the platform cannot accept, with a message for the person."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class CheckinTarget:
    session_endpoint: SessionEndpoint
    window_open: bool


def checkin_window(session: LiveSession) -> tuple[datetime, datetime]:
    return session.starts_at - CHECKIN_OPENS_BEFORE, session.ends_at


def _window_open(session: LiveSession, at: datetime) -> bool:
    opens, closes = checkin_window(session)
    return (
        opens <= at <= closes
        and session.status in (LiveSession.Status.SCHEDULED, LiveSession.Status.LIVE)
        and session.attendance_finalised_at is None
    )


def window_refusal(*, session: LiveSession, at: datetime) -> CheckinRefused:
    """Why check-in is not open now: not yet, or no longer."""
    opens, _closes = checkin_window(session)
    if at < opens:
        message = _(
            "Check-in for this session has not opened yet: it opens 30 minutes "
            "before the start."
        )
    else:
        message = _("Check-in for this session has closed.")
    return CheckinRefused("window_closed", message)


def _candidates(at: datetime):
    """Session endpoints whose screen could be showing a code around ``at``."""
    return (
        SessionEndpoint.objects.filter(
            session__starts_at__lte=at + timedelta(hours=12),
            session__ends_at__gte=at - timedelta(hours=12),
        )
        .exclude(session__status=LiveSession.Status.CANCELLED)
        .select_related("session", "endpoint")
    )


def checkin_target_resolve(*, code: str, at: datetime | None = None) -> CheckinTarget:
    """Which session endpoint a code belongs to, or a refusal that says why.

    The typed code is looked up among the codes the candidate endpoints show now (and
    showed over the last half hour, to say "expired" rather than "unknown"); a code
    that cannot be a code is refused before any lookup.
    """
    at = at or timezone.now()
    typed = checkin_codes.normalise(code)
    if checkin_codes.is_well_formed(typed):
        now_step = checkin_codes.step_of(at)
        oldest_valid = now_step - checkin_codes.GRACE_STEPS
        candidates = list(_candidates(at))
        valid = _codes_by_endpoint(candidates, range(oldest_valid, now_step + 1))
        if typed in valid:
            session_endpoint = valid[typed]
            return CheckinTarget(
                session_endpoint, _window_open(session_endpoint.session, at)
            )
        expired = _codes_by_endpoint(
            candidates, range(now_step - EXPIRED_LOOKBACK_STEPS, oldest_valid)
        )
        if typed in expired:
            raise CheckinRefused(
                "expired",
                _(
                    "This code has expired: codes change every minute. Scan the QR "
                    "code or type the code shown on the screen in your room now."
                ),
            )
    raise CheckinRefused(
        "unknown",
        _(
            "We do not recognise this code. Check the code shown on the screen in "
            "your room and type it again."
        ),
    )


def _codes_by_endpoint(
    candidates: list[SessionEndpoint], steps: range
) -> dict[str, SessionEndpoint]:
    return {
        code: link
        for link in candidates
        for code in checkin_codes.codes_for_steps(link.checkin_secret, steps)
    }


def _attendance_claim(
    *, session: LiveSession, user, endpoint: Endpoint, at: datetime
) -> tuple[Attendance, bool]:
    """The person's row for the session, and whether this call made it: one INSERT
    when they have none (a check-in, nearly always), else the stored row (of two
    requests at once, the unique constraint keeps one)."""
    row = Attendance(
        session=session,
        user=user,
        endpoint=endpoint,
        recorded_via=Attendance.RecordedVia.CHECKIN,
        checked_in_at=at,
    )
    try:
        row_insert(row)
    except IntegrityError:
        return Attendance.objects.get(session=session, user=user), False
    return row, True


def attendance_check_in(*, user, code: str, at: datetime | None = None) -> Attendance:
    """Check a signed-in person in at the endpoint whose screen shows ``code``.

    Checking in twice at the same endpoint changes nothing; two requests at once make
    one row (the database's unique constraint decides). Each step is one statement
    that commits by itself, so no transaction wraps them.
    """
    at = at or timezone.now()
    target = checkin_target_resolve(code=code, at=at)
    session_endpoint = target.session_endpoint
    session = session_endpoint.session
    if not target.window_open:
        raise window_refusal(session=session, at=at)
    attendance, created = _attendance_claim(
        session=session, user=user, endpoint=session_endpoint.endpoint, at=at
    )
    changed = created
    if not created:
        if attendance.endpoint_id is None and attendance.checked_in_at is None:
            # Seen on video from their own device first, now in a room; of two
            # check-ins at once, the first to place the row wins.
            changed = bool(
                Attendance.objects.filter(
                    pk=attendance.pk, endpoint__isnull=True, checked_in_at__isnull=True
                ).update(
                    endpoint=session_endpoint.endpoint,
                    checked_in_at=at,
                    recorded_via=Attendance.RecordedVia.CHECKIN,
                )
            )
            attendance.refresh_from_db()
        if not changed and attendance.endpoint_id != session_endpoint.endpoint_id:
            raise CheckinRefused(
                "other_endpoint",
                _(
                    "You have already checked in at another endpoint for this "
                    "session. Ask the coordinator of your room to move you."
                ),
            )
    if changed:
        _notify(
            session.pk,
            attendance.endpoint_id,
            at,
            "checkin",
            attendance,
            key=f"checkin:{attendance.pk}",
        )
    return attendance


def _notify(
    session_id: int,
    endpoint_id: int | None,
    at: datetime | None = None,
    kind: str = "",
    attendance: Attendance | None = None,
    *,
    key: str = "",
    count: int | None = None,
) -> None:
    """After commit, tell the dashboards' pipeline (in-process, no database, no
    Redis: the request answers whatever the state of the channel layer); ``kind``,
    the person, ``at`` and ``key`` (the stored fact: ``sessions.dashboard.feed``)
    feed their list of what just happened."""
    from sessions.pipeline.worker import pipeline

    name = attendance.display_name if attendance else ""
    user_id = attendance.user_id if attendance else None
    transaction.on_commit(
        lambda: pipeline.endpoint_changed(
            session_id,
            endpoint_id,
            kind=kind,
            name=name,
            at=at,
            key=key,
            count=count,
            user_id=user_id,
        )
    )


def _notify_change(change: AttendanceChange, kind: str) -> None:
    """The feed's line for a recorded change of a row, at the change's time."""
    attendance = change.attendance
    _notify(
        attendance.session_id,
        attendance.endpoint_id,
        change.changed_at,
        kind,
        attendance,
        key=f"change:{change.pk}",
    )


def _require_endpoint(user, endpoint_id: int | None) -> None:
    if endpoint_id is None:
        if not permissions.is_organiser(user):
            raise PermissionDenied
    elif not permissions.can_manage_endpoint(user, endpoint_id):
        raise PermissionDenied


def _require_open(session: LiveSession) -> None:
    """Read from the database: the caller's copy of the session may predate a
    finalisation."""
    finalised = LiveSession.objects.filter(
        pk=session.pk, attendance_finalised_at__isnull=False
    ).exists()
    if finalised:
        raise ValidationError(
            _("Attendance for this session is final. An organiser can reopen it.")
        )


def _snapshot(attendance: Attendance) -> dict:
    return {
        "status": attendance.status,
        "is_manual": attendance.is_manual,
        "endpoint_id": attendance.endpoint_id,
        "user_id": attendance.user_id,
        "walkin_name": attendance.walkin_name,
    }


def _record_change(
    *,
    attendance: Attendance,
    by,
    before: dict,
    reason: str,
    kind: str = "",
    undo: dict | None = None,
) -> AttendanceChange:
    return AttendanceChange.objects.create(
        attendance=attendance,
        changed_by=by,
        before=before,
        after=_snapshot(attendance),
        reason=reason,
        kind=kind,
        undo=undo or {},
    )


@transaction.atomic
def attendance_walkin_add(
    *,
    by,
    session_endpoint: SessionEndpoint,
    full_name: str,
    agency: str = "",
    position: str = "",
    email: str = "",
    at: datetime | None = None,
) -> Attendance:
    """A person without an account, typed into the roster by the room's coordinator."""
    _require_endpoint(by, session_endpoint.endpoint_id)
    _require_open(session_endpoint.session)
    attendance = Attendance(
        session=session_endpoint.session,
        endpoint=session_endpoint.endpoint,
        walkin_name=" ".join(full_name.split()),
        walkin_agency=agency.strip(),
        walkin_position=position.strip(),
        walkin_email=email.strip().lower(),
        recorded_via=Attendance.RecordedVia.ROSTER,
        checked_in_at=at or timezone.now(),
    )
    attendance.full_clean()
    attendance.save()
    change = _record_change(
        attendance=attendance,
        by=by,
        before={},
        reason="walk-in",
        kind=AttendanceChange.Kind.WALKIN,
    )
    _notify_change(change, "walkin")
    return attendance


@transaction.atomic
def attendance_mark(
    *, by, attendance: Attendance, status: str, reason: str = ""
) -> Attendance:
    """A coordinator's or organiser's status: it wins over the computed one."""
    _require_endpoint(by, attendance.endpoint_id)
    if status not in {
        Attendance.Status.PRESENT,
        Attendance.Status.LATE,
        Attendance.Status.LEFT_EARLY,
        Attendance.Status.ABSENT,
        Attendance.Status.EXCUSED,
    }:
        raise ValidationError({"status": _("Choose a status.")})
    attendance = (
        Attendance.objects.order_by("pk").select_for_update().get(pk=attendance.pk)
    )
    _require_open(attendance.session)
    before = _snapshot(attendance)
    attendance.status = status
    attendance.is_manual = True
    if attendance.checked_in_at is None and status != Attendance.Status.ABSENT:
        attendance.checked_in_at = timezone.now()
    attendance.full_clean()
    attendance.save()
    change = _record_change(
        attendance=attendance,
        by=by,
        before=before,
        reason=reason,
        kind=AttendanceChange.Kind.MARK,
    )
    _notify_change(change, "mark")
    _announce_change(attendance.session, [attendance.user_id], by, reason)
    return attendance


def _announce_change(session, user_ids, by, reason: str) -> None:
    """After commit, tell listeners (certificates) whose attendance changed."""
    user_ids = None if user_ids is None else [uid for uid in user_ids if uid]
    if user_ids == []:
        return
    transaction.on_commit(
        lambda: attendance_changed.send(
            sender=LiveSession,
            session=session,
            user_ids=user_ids,
            by=by,
            reason=str(reason),
        )
    )


@transaction.atomic
def headcount_record(*, by, session_endpoint: SessionEndpoint, count: int) -> Headcount:
    _require_endpoint(by, session_endpoint.endpoint_id)
    _require_open(session_endpoint.session)
    headcount = Headcount(
        session_endpoint=session_endpoint, count=count, recorded_by=by
    )
    headcount.full_clean()
    headcount.save()
    _notify(
        session_endpoint.session_id,
        session_endpoint.endpoint_id,
        headcount.recorded_at,
        "headcount",
        key=f"headcount:{headcount.pk}",
        count=headcount.count,
    )
    return headcount


@transaction.atomic
def attendance_finalise(
    *, session: LiveSession, by=None, at: datetime | None = None
) -> LiveSession:
    """Compute every status once, over the whole session, and make it final.

    Refused before the session's end (a ``ValidationError`` saying when it ends):
    a running session's attendance is not known yet. ``by`` None: the lifecycle job.
    Remote trainees the server saw on video get a row here. Hand-set statuses stay.
    """
    from sessions.lifecycle import finalise_refusal

    at = at or timezone.now()
    session = LiveSession.objects.select_for_update().get(pk=session.pk)
    if session.attendance_finalised_at is not None:
        return session
    refusal = finalise_refusal(session=session, at=at)
    if refusal is not None:
        raise refusal
    outcomes = session_outcomes(session=session, create_video_rows=True, now=at)
    for attendance, outcome in outcomes:
        attendance.minutes_present = outcome.minutes_present
        attendance.excused_minutes = outcome.excused_minutes
        if not attendance.is_manual:
            attendance.status = outcome.status
    Attendance.objects.bulk_update(
        [attendance for attendance, _outcome in outcomes],
        ["status", "minutes_present", "excused_minutes"],
    )
    session.attendance_finalised_at = at
    session.save(update_fields=["attendance_finalised_at", "updated_at"])
    AttendanceFinalisation.objects.create(
        session=session, action=AttendanceFinalisation.Action.FINALISED, by=by
    )
    transaction.on_commit(
        lambda: attendance_finalised.send(sender=LiveSession, session=session)
    )
    return session


@transaction.atomic
def attendance_reopen(*, session: LiveSession, by, reason: str) -> LiveSession:
    """An organiser's correction: attendance is open again until finalised again."""
    if not permissions.is_organiser(by):
        raise PermissionDenied
    if not reason.strip():
        raise ValidationError({"reason": _("Say why attendance is reopened.")})
    session = LiveSession.objects.select_for_update().get(pk=session.pk)
    if session.attendance_finalised_at is None:
        return session
    session.attendance_finalised_at = None
    session.save(update_fields=["attendance_finalised_at", "updated_at"])
    AttendanceFinalisation.objects.create(
        session=session,
        action=AttendanceFinalisation.Action.REOPENED,
        by=by,
        reason=reason.strip(),
    )
    _announce_change(session, None, by, reason.strip())
    return session


# Merging lives in its own module; re-exported for the callers of this one.
from .merging import attendance_merge_undo, attendance_walkin_merge  # noqa: E402

__all__ = ["attendance_merge_undo", "attendance_walkin_merge"]
