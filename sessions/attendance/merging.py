"""Giving a walk-in row to an account, and taking it back.

A coordinator may merge only what they may manage: the walk-in's endpoint AND, when
the account already has a row for the session, that row's endpoint (an organiser
manages every endpoint; a remote row, without endpoint, only an organiser). Each merge
is an AttendanceChange holding what undoing it needs, so a wrong merge is reversed
from the roster with the history it carried.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_lazy as _

from sessions.models import Attendance, AttendanceChange

from .services import (
    _announce_change,
    _notify_change,
    _record_change,
    _require_endpoint,
    _require_open,
    _snapshot,
)

#: The fields of a row that a merge may change and its undo puts back.
_ROW_FIELDS = ("status", "is_manual", "checked_in_at", "endpoint_id")
_WALKIN_FIELDS = (
    "walkin_name",
    "walkin_agency",
    "walkin_position",
    "walkin_email",
    "endpoint_id",
    "recorded_via",
    "checked_in_at",
    "status",
    "minutes_present",
    "is_manual",
)


def _fields(row: Attendance, names) -> dict:
    values = {name: getattr(row, name) for name in names}
    if values.get("checked_in_at") is not None:
        values["checked_in_at"] = values["checked_in_at"].isoformat()
    return values


def _restored(values: dict) -> dict:
    values = dict(values)
    if values.get("checked_in_at"):
        values["checked_in_at"] = parse_datetime(values["checked_in_at"])
    return values


@transaction.atomic
def attendance_walkin_merge(*, by, attendance: Attendance, email: str) -> Attendance:
    """Give a walk-in row to the account with ``email``, keeping its history.

    If that account already has a row for the session (it checked in too), the walk-in
    row's history moves onto it and the walk-in row goes; a hand-set status carries
    over unless the account's row has its own. That row must be one ``by`` manages.
    """
    _require_endpoint(by, attendance.endpoint_id)
    _require_open(attendance.session)
    user = (
        get_user_model()
        .objects.filter(email__iexact=email.strip())
        .order_by("pk")
        .first()
    )
    if user is None:
        raise ValidationError({"email": _("No account uses this email address.")})
    attendance = (
        Attendance.objects.order_by("pk").select_for_update().get(pk=attendance.pk)
    )
    if not attendance.is_walkin:
        raise ValidationError(_("This row already belongs to an account."))
    before = _snapshot(attendance)
    existing = (
        Attendance.objects.order_by("pk")
        .select_for_update()
        .filter(session_id=attendance.session_id, user=user)
        .first()
    )
    undo = {"walkin": _fields(attendance, _WALKIN_FIELDS)}
    if existing is None:
        attendance.user = user
        attendance.walkin_email = user.email
        attendance.full_clean()
        attendance.save()
        target = attendance
    else:
        _require_endpoint(by, existing.endpoint_id)
        undo["target"] = _fields(existing, _ROW_FIELDS)
        undo["moved_changes"] = list(attendance.changes.values_list("pk", flat=True))
        attendance.changes.update(attendance=existing)
        if attendance.is_manual and not existing.is_manual:
            existing.status, existing.is_manual = attendance.status, True
        if existing.checked_in_at is None or (
            attendance.checked_in_at
            and attendance.checked_in_at < existing.checked_in_at
        ):
            existing.checked_in_at = attendance.checked_in_at
            existing.endpoint = attendance.endpoint
        existing.save()
        attendance.delete()
        target = existing
    change = _record_change(
        attendance=target,
        by=by,
        before=before,
        reason=_("Merged into %(email)s") % {"email": user.email},
        kind=AttendanceChange.Kind.MERGE,
        undo=undo,
    )
    _notify_change(change, "merge")
    _announce_change(target.session, [target.user_id], by, "")
    return target


@transaction.atomic
def attendance_merge_undo(*, by, change: AttendanceChange) -> Attendance:
    """Reverse a merge: the walk-in row is back as it was, the account's row as it was
    before, each with its own history; both steps are recorded."""
    change = AttendanceChange.objects.select_for_update().get(pk=change.pk)
    if change.kind != AttendanceChange.Kind.MERGE:
        raise ValidationError(_("This merge has already been undone."))
    target = Attendance.objects.select_for_update().get(pk=change.attendance_id)
    walkin_values = _restored(change.undo["walkin"])
    _require_endpoint(by, target.endpoint_id)
    _require_endpoint(by, walkin_values["endpoint_id"])
    _require_open(target.session)
    before = _snapshot(target)
    account_id = target.user_id
    if "target" in change.undo:
        walkin = Attendance(session_id=target.session_id, **walkin_values)
        walkin.full_clean()
        walkin.save()
        moved = change.undo.get("moved_changes", [])
        AttendanceChange.objects.filter(pk__in=moved).update(attendance=walkin)
        for name, value in _restored(change.undo["target"]).items():
            setattr(target, name, value)
        target.save()
        _record_change(
            attendance=target,
            by=by,
            before=before,
            reason=_("Merge undone"),
            kind=AttendanceChange.Kind.UNMERGE,
        )
    else:
        walkin = target
        walkin.user = None
        walkin.walkin_email = walkin_values["walkin_email"]
        walkin.full_clean()
        walkin.save()
    undone = _record_change(
        attendance=walkin,
        by=by,
        before=before,
        reason=_("Merge undone"),
        kind=AttendanceChange.Kind.UNMERGE,
    )
    change.kind = AttendanceChange.Kind.MERGE_UNDONE
    change.save(update_fields=["kind"])
    _notify_change(undone, "unmerge")
    _announce_change(target.session, [account_id], by, "")
    return walkin
