"""Reads of expected rosters: who was expected where, who of them came, and which
expected person a walk-in's typed name may be.

Absent means expected with no attendance that counts: no row and not seen on video
from their own device, or a row whose status (final, or provisional by the policy
now) is absent. Nobody is absent for not having come before the session has ended:
until then they have not arrived *yet*. The roster, the report and its export all
read it from here.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Exists, OuterRef, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from sessions.attendance.outcomes import session_outcomes
from sessions.attendance.sources import SessionPresence
from sessions.models import Attendance, ExpectedAttendee, LiveSession, SessionEndpoint
from sessions.pipeline.summaries import session_presence

from .names import folded

ABSENT = Attendance.Status.ABSENT


@dataclass(frozen=True)
class ExpectedPerson:
    expected_id: int
    user_id: int
    name: str
    email: str
    agency: str
    position: str
    #: "present", "late", ..., "absent"; "" when they have no row (yet).
    status: str
    status_label: str
    is_absent: bool
    #: Not checked in and not seen, while the session has not ended.
    is_not_yet: bool = False
    #: Where they checked in, when it is not where they were expected.
    elsewhere: str = ""


@dataclass
class SiteExpectation:
    endpoint_id: int | None
    name: str
    people: list[ExpectedPerson] = field(default_factory=list)

    @property
    def expected(self) -> int:
        return len(self.people)

    @property
    def absentees(self) -> list[ExpectedPerson]:
        return [person for person in self.people if person.is_absent]

    @property
    def absent(self) -> int:
        return len(self.absentees)

    @property
    def not_yet(self) -> list[ExpectedPerson]:
        """Not arrived yet: the session has not ended."""
        return [person for person in self.people if person.is_not_yet]

    @property
    def not_checked_in(self) -> list[ExpectedPerson]:
        """The people a coordinator may still check in: absent, not arrived yet, or
        seen on video only (from their own device: they may be in the room now)."""
        return [p for p in self.people if p.is_absent or not p.status]

    @property
    def checked_in(self) -> int:
        """Came: checked in, or seen on video."""
        return self.expected - self.absent - len(self.not_yet)


@dataclass(frozen=True)
class Evidence:
    """What the session's rows say, by account: status and place; and who the server
    saw on video from their own devices."""

    statuses: dict[int, str]
    places: dict[int, int | None]
    on_video: set[int]
    #: The session has ended: who has not come is absent, not "not yet".
    ended: bool


def attendance_evidence(
    *,
    session: LiveSession,
    outcomes=None,
    presence: SessionPresence | None = None,
    now: datetime | None = None,
) -> Evidence:
    """From the report's outcomes if it has them, else computed as the report does."""
    now = now or timezone.now()
    if presence is None:
        presence = session_presence(session_id=session.pk, now=now)
    if outcomes is None:
        outcomes = session_outcomes(session=session, now=now, presence=presence)
    final = session.attendance_finalised_at is not None
    statuses, places = {}, {}
    for attendance, outcome in outcomes:
        if attendance.user_id is None:
            continue
        statuses[attendance.user_id] = str(
            attendance.status if final else outcome.status
        )
        places[attendance.user_id] = attendance.endpoint_id
    on_video = set() if presence.users_advisory else set(presence.users)
    return Evidence(
        statuses=statuses,
        places=places,
        on_video=on_video,
        ended=final or now >= session.ends_at,
    )


def _site_names(session: LiveSession) -> dict[int, str]:
    return dict(
        SessionEndpoint.objects.filter(session=session).values_list(
            "endpoint_id", "endpoint__name"
        )
    )


def expected_by_site(
    *,
    session: LiveSession,
    endpoint_ids: list[int] | None = None,
    evidence: Evidence | None = None,
) -> list[SiteExpectation]:
    """Each visible site (in the session's order; remote last, organisers only) with
    its expected people and whether each is absent."""
    evidence = evidence or attendance_evidence(session=session)
    names = _site_names(session)
    order = list(
        SessionEndpoint.objects.filter(session=session).values_list(
            "endpoint_id", flat=True
        )
    )
    if endpoint_ids is not None:
        order = [pk for pk in order if pk in endpoint_ids]
    sites = {pk: SiteExpectation(pk, names[pk]) for pk in order}
    if endpoint_ids is None:
        sites[None] = SiteExpectation(None, str(_("Remote")))
    labels = dict(Attendance.Status.choices)
    rows = (
        ExpectedAttendee.objects.of_session(session.pk)
        .at_endpoints(endpoint_ids)
        .select_related("user")
        .order_by("user__full_name", "user__email", "pk")
    )
    for row in rows:
        site = sites.get(row.endpoint_id)
        if site is None:  # an endpoint no longer in the session
            continue
        status = evidence.statuses.get(row.user_id, "")
        is_not_yet = False
        if status:
            is_absent = status == ABSENT
            label = str(labels.get(status, status))
        elif row.user_id in evidence.on_video:
            is_absent, label = False, _("Seen on video")
        elif evidence.ended:
            is_absent, label = True, _("Not checked in")
        else:
            is_absent, is_not_yet, label = False, True, _("Not arrived yet")
        place = evidence.places.get(row.user_id, row.endpoint_id)
        elsewhere = ""
        if status and place != row.endpoint_id:
            elsewhere = names.get(place, str(_("Remote"))) if place else _("Remote")
        site.people.append(
            ExpectedPerson(
                expected_id=row.pk,
                user_id=row.user_id,
                name=row.user.full_name or row.user.email,
                email=row.user.email,
                agency=row.user.agency,
                position=row.user.position,
                status=status,
                status_label=str(label),
                is_absent=is_absent,
                is_not_yet=is_not_yet,
                elsewhere=str(elsewhere),
            )
        )
    if None in sites and not sites[None].people:
        del sites[None]
    return list(sites.values())


def has_expected_list(*, session_id: int) -> bool:
    return ExpectedAttendee.objects.of_session(session_id).exists()


def expected_not_arrived(
    *, session_id: int, endpoint_id: int
) -> QuerySet[ExpectedAttendee]:
    """Expected at this endpoint, without any attendance row for the session yet."""
    rows = Attendance.objects.filter(session_id=session_id, user_id=OuterRef("user_id"))
    return (
        ExpectedAttendee.objects.filter(session_id=session_id, endpoint_id=endpoint_id)
        .exclude(Exists(rows))
        .select_related("user")
        .order_by("user__full_name", "pk")
    )


def walkin_matches(
    *, session_id: int, endpoint_id: int, full_name: str
) -> list[ExpectedAttendee]:
    """Expected people of this endpoint, not checked in, whose name is the typed
    one (ignoring case, spacing and Vietnamese diacritics)."""
    wanted = folded(full_name)
    if not wanted:
        return []
    return [
        row
        for row in expected_not_arrived(session_id=session_id, endpoint_id=endpoint_id)
        if folded(row.user.full_name) == wanted
    ]


def expected_for_walkins(
    *, session_id: int, endpoint_id: int, walkin_names: list[str]
) -> dict[str, ExpectedAttendee]:
    """For walk-ins already on the roster: the expected person (not checked in) each
    name matches, by the walk-in's name as typed; one query."""
    by_name: dict[str, ExpectedAttendee] = {}
    for row in expected_not_arrived(session_id=session_id, endpoint_id=endpoint_id):
        by_name.setdefault(folded(row.user.full_name), row)
    return {
        name: by_name[folded(name)] for name in walkin_names if folded(name) in by_name
    }
