"""Writes of expected rosters: one person, a file of them, the agency mapping, and an
expected person's arrival recorded from the roster."""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.tables import Bounds, table_rows_read
from sessions.attendance import permissions
from sessions.attendance.services import (
    _notify,
    _record_change,
    _require_endpoint,
    _require_open,
)
from sessions.models import (
    AgencyEndpoint,
    Attendance,
    AttendanceChange,
    ExpectedAttendee,
    LiveSession,
    SessionEndpoint,
)

from .names import folded, spaced

#: A list longer than this is surely the wrong file.
IMPORT_MAX_ROWS = 5000
#: What a file's endpoint column says for a trainee expected on their own device.
REMOTE_WORDS = frozenset({"tu xa", "tu-xa", "remote"})


def _place_name(session: LiveSession, endpoint_id: int | None) -> str:
    if endpoint_id is None:
        return _("Remote")
    link = SessionEndpoint.objects.filter(
        session=session, endpoint_id=endpoint_id
    ).select_related("endpoint")
    return str(link[0].endpoint) if link else str(endpoint_id)


def _may_manage(user, endpoint_id: int | None) -> bool:
    if endpoint_id is None:
        return permissions.is_organiser(user)
    return permissions.can_manage_endpoint(user, endpoint_id)


def _session_endpoint_ids(session: LiveSession) -> set[int]:
    return set(session.session_endpoints.values_list("endpoint_id", flat=True))


def _source_for(by) -> str:
    if permissions.is_organiser(by):
        return ExpectedAttendee.Source.ORGANISER
    return ExpectedAttendee.Source.COORDINATOR


def _announce(session_id: int, endpoint_ids) -> None:
    """The dashboards' rows of these endpoints show the expected counts."""
    for endpoint_id in sorted({pk for pk in endpoint_ids if pk is not None}):
        _notify(session_id, endpoint_id, kind="expected")


@transaction.atomic
def expected_attendee_add(
    *,
    by,
    session: LiveSession,
    user,
    endpoint_id: int | None,
    source: str | None = None,
) -> ExpectedAttendee:
    """Expect ``user`` at ``endpoint_id`` (``None``: remotely). Adding again changes
    nothing; someone expected elsewhere moves if ``by`` manages both places."""
    _require_endpoint(by, endpoint_id)
    _require_open(session)
    if endpoint_id is not None and endpoint_id not in _session_endpoint_ids(session):
        raise ValidationError(_("This endpoint does not take part in this session."))
    if not user.is_active:
        raise ValidationError(_("This account is disabled."))
    existing = (
        ExpectedAttendee.objects.select_for_update()
        .filter(session=session, user=user)
        .first()
    )
    if existing is not None:
        if existing.endpoint_id == endpoint_id:
            return existing
        if not _may_manage(by, existing.endpoint_id):
            raise ValidationError(
                _("%(name)s is already expected at %(place)s.")
                % {
                    "name": user.full_name or user.email,
                    "place": _place_name(session, existing.endpoint_id),
                }
            )
        old = existing.endpoint_id
        existing.endpoint_id = endpoint_id
        existing.assigned_by = by
        existing.source = source or _source_for(by)
        existing.save(update_fields=["endpoint", "assigned_by", "source"])
        _announce(session.pk, [old, endpoint_id])
        return existing
    expected = ExpectedAttendee(
        session=session,
        user=user,
        endpoint_id=endpoint_id,
        assigned_by=by,
        source=source or _source_for(by),
    )
    expected.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            expected.save()
    except IntegrityError:  # two clicks at once: the database kept one
        return ExpectedAttendee.objects.get(session=session, user=user)
    _announce(session.pk, [endpoint_id])
    return expected


@transaction.atomic
def expected_attendee_remove(*, by, expected: ExpectedAttendee) -> None:
    _require_endpoint(by, expected.endpoint_id)
    _require_open(expected.session)
    expected.delete()
    _announce(expected.session_id, [expected.endpoint_id])


# --- Files ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportRowError:
    line: int
    value: str
    message: str


@dataclass
class ImportResult:
    added: int = 0
    moved: int = 0
    unchanged: int = 0
    errors: list[ImportRowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def expected_rows_read(*, filename: str, data: bytes) -> list[list[str]]:
    """The rows of an uploaded CSV or XLSX list, read within the import's bounds
    (accounts/tables.py); ``TableFileError`` for a file that cannot be read."""
    return table_rows_read(
        filename=filename, data=data, bounds=Bounds(max_rows=IMPORT_MAX_ROWS)
    )


@dataclass(frozen=True)
class _Wanted:
    line: int
    email: str
    endpoint_id: int | None


def _endpoint_of(
    code: str, *, codes: dict[str, int], default: int | None, by
) -> tuple[int | None, str | None]:
    """(endpoint id or None for remote, error message or None)."""
    if not code:
        if default is None:
            return None, _(
                "The endpoint code is missing (write “tu-xa” for someone who joins "
                "from their own device)."
            )
        return default, None
    if folded(code) in REMOTE_WORDS:
        if not permissions.is_organiser(by):
            return None, _("Only an organiser can expect someone remotely.")
        return None, None
    endpoint_id = codes.get(code.lower())
    if endpoint_id is None:
        return None, _("No endpoint of this session has this code.")
    if not permissions.can_manage_endpoint(by, endpoint_id):
        return None, _("You do not coordinate this endpoint.")
    return endpoint_id, None


def _parse(
    rows: list[list[str]], *, codes: dict[str, int], default: int | None, by
) -> tuple[list[_Wanted], list[ImportRowError]]:
    wanted: dict[str, _Wanted] = {}
    errors: list[ImportRowError] = []
    for line, row in enumerate(rows, start=1):
        cells = [cell.strip() for cell in row] + ["", ""]
        email, code = cells[0], cells[1]
        if line == 1 and "email" in email.lower():
            continue
        if not any(cells):
            continue
        shown = ", ".join(cell for cell in cells[:2] if cell)
        if not email:
            errors.append(ImportRowError(line, shown, _("The email is missing.")))
            continue
        email = email.lower()
        try:
            validate_email(email)
        except ValidationError:
            errors.append(
                ImportRowError(line, shown, _("This is not a valid email address."))
            )
            continue
        if email in wanted:
            errors.append(
                ImportRowError(
                    line,
                    shown,
                    _("This email is already on line %(line)s.")
                    % {"line": wanted[email].line},
                )
            )
            continue
        endpoint_id, problem = _endpoint_of(code, codes=codes, default=default, by=by)
        if problem:
            errors.append(ImportRowError(line, shown, problem))
            continue
        wanted[email] = _Wanted(line, email, endpoint_id)
    return list(wanted.values()), errors


@transaction.atomic
def expected_import(
    *,
    by,
    session: LiveSession,
    rows: list[list[str]],
    default_endpoint_id: int | None = None,
) -> ImportResult:
    """Expect everyone listed (email, endpoint code), or nobody if any row is bad.

    Line numbers are the file's own. An empty code means ``default_endpoint_id``
    (a coordinator's own endpoint); "tu-xa" means remote (organisers only). A person
    already expected elsewhere moves when ``by`` manages that place too.
    """
    if not (permissions.is_organiser(by) or permissions.is_coordinator(by)):
        raise PermissionDenied
    _require_open(session)
    codes = {
        code.lower(): pk
        for pk, code in session.session_endpoints.values_list(
            "endpoint_id", "endpoint__code"
        )
    }
    wanted, errors = _parse(rows, codes=codes, default=default_endpoint_id, by=by)
    result = ImportResult(errors=errors)
    users = {
        user.email.lower(): user
        for user in get_user_model().objects.filter(
            email__in=[w.email for w in wanted], is_active=True
        )
    }
    current = {
        row.user_id: row
        for row in ExpectedAttendee.objects.select_for_update().filter(
            session=session, user__in=users.values()
        )
    }
    for item in wanted:
        user = users.get(item.email)
        if user is None:
            result.errors.append(
                ImportRowError(
                    item.line,
                    item.email,
                    _("No active account has this email address."),
                )
            )
            continue
        existing = current.get(user.pk)
        if (
            existing is not None
            and existing.endpoint_id != item.endpoint_id
            and not _may_manage(by, existing.endpoint_id)
        ):
            result.errors.append(
                ImportRowError(
                    item.line,
                    item.email,
                    _("%(name)s is already expected at %(place)s.")
                    % {
                        "name": user.full_name or user.email,
                        "place": _place_name(session, existing.endpoint_id),
                    },
                )
            )
    result.errors.sort(key=lambda error: error.line)
    if not wanted and not result.errors:
        result.errors.append(
            ImportRowError(0, "", _("The file has no email addresses."))
        )
    if result.errors:
        return result
    new, moved, touched = [], [], set()
    for item in wanted:
        user = users[item.email]
        existing = current.get(user.pk)
        if existing is None:
            new.append(
                ExpectedAttendee(
                    session=session,
                    user=user,
                    endpoint_id=item.endpoint_id,
                    assigned_by=by,
                    source=ExpectedAttendee.Source.IMPORT,
                )
            )
        elif existing.endpoint_id != item.endpoint_id:
            touched.add(existing.endpoint_id)
            existing.endpoint_id = item.endpoint_id
            existing.assigned_by = by
            existing.source = ExpectedAttendee.Source.IMPORT
            moved.append(existing)
        else:
            result.unchanged += 1
            continue
        touched.add(item.endpoint_id)
    ExpectedAttendee.objects.bulk_create(new)
    ExpectedAttendee.objects.bulk_update(moved, ["endpoint", "assigned_by", "source"])
    result.added, result.moved = len(new), len(moved)
    _announce(session.pk, touched)
    return result


# --- Agencies ------------------------------------------------------------------------


@dataclass(frozen=True)
class AgencyResult:
    added: int
    already: int
    #: Enrolled trainees whose agency no endpoint of the session serves.
    unmatched: int


def _course_trainees(session: LiveSession):
    from courses.models import Enrolment

    if session.module_id is None:
        return get_user_model().objects.none()
    course_id = session.module.get_parent().pk
    return get_user_model().objects.filter(
        pk__in=Enrolment.objects.filter(course_id=course_id).values("user_id"),
        is_active=True,
    )


@transaction.atomic
def expected_from_agencies(*, by, session: LiveSession) -> AgencyResult:
    """Expect each trainee enrolled in the session's course at the endpoint serving
    their agency. Safe to run again: people already expected (anywhere, however they
    got there) stay where they are."""
    if not permissions.is_organiser(by):
        raise PermissionDenied
    _require_open(session)
    serving = dict(
        AgencyEndpoint.objects.filter(
            endpoint_id__in=_session_endpoint_ids(session)
        ).values_list("agency_key", "endpoint_id")
    )
    already = set(
        ExpectedAttendee.objects.filter(session=session).values_list(
            "user_id", flat=True
        )
    )
    new, unmatched, kept = [], 0, 0
    for user_id, agency in _course_trainees(session).values_list("pk", "agency"):
        if user_id in already:
            kept += 1
            continue
        endpoint_id = serving.get(spaced(agency))
        if endpoint_id is None:
            unmatched += 1
            continue
        new.append(
            ExpectedAttendee(
                session=session,
                user_id=user_id,
                endpoint_id=endpoint_id,
                assigned_by=by,
                source=ExpectedAttendee.Source.AGENCY,
            )
        )
    created = ExpectedAttendee.objects.bulk_create(new, ignore_conflicts=True)
    _announce(session.pk, [row.endpoint_id for row in created])
    return AgencyResult(added=len(created), already=kept, unmatched=unmatched)


# --- Arrivals ------------------------------------------------------------------------


@transaction.atomic
def expected_arrival_record(
    *, by, expected: ExpectedAttendee, reason: str = ""
) -> Attendance:
    """The coordinator checks in an expected person who is in the room (no phone,
    or typed as a walk-in): their own attendance row at the expected endpoint."""
    if expected.endpoint_id is None:
        raise ValidationError(_("This person is expected remotely, not in a room."))
    _require_endpoint(by, expected.endpoint_id)
    session = expected.session
    _require_open(session)
    now = timezone.now()
    attendance = (
        Attendance.objects.select_for_update()
        .filter(session=session, user_id=expected.user_id)
        .first()
    )
    before = {}
    if attendance is None:
        attendance = Attendance(
            session=session,
            user_id=expected.user_id,
            endpoint_id=expected.endpoint_id,
            recorded_via=Attendance.RecordedVia.ROSTER,
            checked_in_at=now,
        )
        attendance.full_clean(validate_constraints=False)
        try:
            with transaction.atomic():
                attendance.save()
        except IntegrityError as error:  # their own check-in, at this moment
            raise ValidationError(_("This person has just checked in.")) from error
    elif attendance.endpoint_id is None and attendance.checked_in_at is None:
        # Seen on video from their own device first, now in the room.
        before = {"endpoint_id": None, "recorded_via": attendance.recorded_via}
        attendance.endpoint_id = expected.endpoint_id
        attendance.checked_in_at = now
        attendance.recorded_via = Attendance.RecordedVia.ROSTER
        attendance.save(update_fields=["endpoint", "checked_in_at", "recorded_via"])
    else:
        raise ValidationError(
            _("%(name)s has already checked in at %(place)s.")
            % {
                "name": attendance.display_name,
                "place": _place_name(session, attendance.endpoint_id),
            }
        )
    _record_change(
        attendance=attendance,
        by=by,
        before=before,
        reason=reason or "expected",
        kind=AttendanceChange.Kind.ARRIVAL,
    )
    _notify(
        session.pk,
        expected.endpoint_id,
        at=attendance.checked_in_at or now,
        kind="checkin",
        attendance=attendance,
        key=f"checkin:{attendance.pk}",
    )
    return attendance
