"""What the reports show, read once from the database (pages and exports share it)."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sessions.attendance.outcomes import policy_of, session_outcomes
from sessions.attendance.policy import outages
from sessions.attendance.selectors import sessions_of_course
from sessions.attendance.sources import SessionPresence
from sessions.models import Attendance, LiveSession, SessionEndpoint
from sessions.pipeline.summaries import session_presence
from sessions.presence import Repairs
from sessions.rosters.selectors import (
    SiteExpectation,
    attendance_evidence,
    expected_by_site,
)

ATTENDED = {Attendance.Status.PRESENT, Attendance.Status.LATE}


@dataclass(frozen=True)
class ReportRow:
    attendance_id: int
    name: str
    email: str
    agency: str
    position: str
    endpoint: str
    recorded_via: str
    checked_in_at: datetime | None
    status: str
    status_label: str
    minutes_present: int
    #: Minutes of their site's outage after check-in (charged to the site).
    excused_minutes: int = 0


@dataclass(frozen=True)
class EndpointSummary:
    endpoint_id: int
    name: str
    expected: int
    roster: int
    attended: int
    connected_minutes: int
    outage_count: int
    outage_minutes: int

    @property
    def rate(self) -> float:
        base = max(self.expected, self.roster)
        return round(100 * self.attended / base, 1) if base else 0.0


@dataclass
class SessionReport:
    session: LiveSession
    is_final: bool
    rows: list[ReportRow]
    endpoints: list[EndpointSummary]
    by_agency: list[tuple[str, int]] = field(default_factory=list)
    by_position: list[tuple[str, int]] = field(default_factory=list)
    by_status: list[tuple[str, int]] = field(default_factory=list)
    #: Intervals the lost-event repairs opened or closed, by how.
    repairs: Repairs = field(default_factory=Repairs)
    #: Each site's expected people (those with any), with who of them is absent.
    expected: list[SiteExpectation] = field(default_factory=list)

    @property
    def not_yet(self) -> list[tuple[str, object]]:
        """(site name, person) for every expected person not arrived yet (the
        session has not ended)."""
        return [
            (site.name, person) for site in self.expected for person in site.not_yet
        ]

    @property
    def absentees(self) -> list[tuple[str, object]]:
        """(site name, person) for every expected person absent, site by site."""
        return [
            (site.name, person) for site in self.expected for person in site.absentees
        ]


def _minutes(intervals) -> int:
    return int(sum(interval.seconds() for interval in intervals) // 60)


def _endpoint_summaries(
    session: LiveSession,
    endpoint_ids,
    statuses,
    *,
    presence: SessionPresence,
    now: datetime,
) -> list[EndpointSummary]:
    policy = policy_of(session, now=now)
    links = SessionEndpoint.objects.filter(session=session).select_related("endpoint")
    if endpoint_ids is not None:
        links = links.filter(endpoint_id__in=endpoint_ids)
    summaries = []
    for link in links:
        intervals = presence.endpoints.get(link.endpoint_id, [])
        connected = [
            clipped
            for interval in intervals
            if (clipped := interval.clipped(policy.starts_at, policy.ends_at, now=now))
        ]
        # Without any video data, nothing says a link was down.
        gaps = (
            outages(policy=policy, intervals=connected)
            if presence.has_video_data
            else []
        )
        at_endpoint = [s for eid, s in statuses if eid == link.endpoint_id]
        summaries.append(
            EndpointSummary(
                endpoint_id=link.endpoint_id,
                name=link.endpoint.name,
                expected=link.expected_headcount,
                roster=len(at_endpoint),
                attended=sum(1 for status in at_endpoint if status in ATTENDED),
                connected_minutes=_minutes(connected),
                outage_count=len(gaps),
                outage_minutes=_minutes(gaps),
            )
        )
    return summaries


def _counts(values) -> list[tuple[str, int]]:
    return sorted(Counter(values).items(), key=lambda item: (-item[1], item[0]))


def session_report(
    *, session: LiveSession, endpoint_ids: list[int] | None = None
) -> SessionReport:
    """Every row of the session (those at the given endpoints, if any), with final or
    provisional statuses, and the summaries by endpoint, agency, position, status."""
    is_final = session.attendance_finalised_at is not None
    now = timezone.now()
    presence = session_presence(session_id=session.pk, now=now)
    outcomes = session_outcomes(session=session, now=now, presence=presence)
    labels = dict(Attendance.Status.choices)
    remote = str(_("Remote"))
    names = dict(
        SessionEndpoint.objects.filter(session=session).values_list(
            "endpoint_id", "endpoint__name"
        )
    )
    rows, statuses = [], []
    for attendance, outcome in sorted(
        outcomes, key=lambda pair: (pair[0].endpoint_id or 0, pair[0].pk)
    ):
        if endpoint_ids is not None and attendance.endpoint_id not in endpoint_ids:
            continue
        status = attendance.status if is_final else outcome.status
        minutes = attendance.minutes_present if is_final else outcome.minutes_present
        excused = attendance.excused_minutes if is_final else outcome.excused_minutes
        statuses.append((attendance.endpoint_id, status))
        rows.append(
            ReportRow(
                attendance_id=attendance.pk,
                name=attendance.display_name,
                email=attendance.user.email
                if attendance.user
                else attendance.walkin_email,
                agency=attendance.agency,
                position=attendance.position,
                endpoint=names.get(attendance.endpoint_id, remote)
                if attendance.endpoint_id
                else remote,
                recorded_via=str(attendance.get_recorded_via_display()),
                checked_in_at=attendance.checked_in_at,
                status=str(status),
                status_label=str(labels.get(status, status)),
                minutes_present=minutes,
                excused_minutes=excused,
            )
        )
    return SessionReport(
        session=session,
        is_final=is_final,
        rows=rows,
        endpoints=_endpoint_summaries(
            session, endpoint_ids, statuses, presence=presence, now=now
        ),
        by_agency=_counts(row.agency or "–" for row in rows),
        by_position=_counts(row.position or "–" for row in rows),
        by_status=_counts(row.status_label for row in rows),
        repairs=presence.repairs,
        expected=[
            site
            for site in expected_by_site(
                session=session,
                endpoint_ids=endpoint_ids,
                evidence=attendance_evidence(
                    session=session, outcomes=outcomes, presence=presence, now=now
                ),
            )
            if site.people
        ],
    )


def absentee_table(report: SessionReport) -> tuple[list[str], list[list]]:
    """The export of the report's absentees, site by site, as the page lists them."""
    header = [
        _("Endpoint"),
        _("Full name"),
        _("Email"),
        _("Agency"),
        _("Position"),
        _("Status"),
    ]
    rows = [
        [
            site,
            person.name,
            person.email,
            person.agency,
            person.position,
            person.status_label,
        ]
        for site, person in report.absentees
    ]
    return [str(title) for title in header], rows


@dataclass(frozen=True)
class MatrixCell:
    rate: float
    attended: int
    connected_minutes: int
    outage_count: int
    outage_minutes: int


@dataclass
class CourseMatrix:
    sessions: list[LiveSession]
    #: (endpoint name, [cell or None per session])
    rows: list[tuple[str, list[MatrixCell | None]]]


def course_matrix(*, course_page) -> CourseMatrix:
    sessions = list(sessions_of_course(course_page=course_page))
    table: dict[int, tuple[str, dict[int, MatrixCell]]] = {}
    order: dict[int, tuple] = {}
    for index, session in enumerate(sessions):
        for summary in session_report(session=session).endpoints:
            name, cells = table.setdefault(summary.endpoint_id, (summary.name, {}))
            order.setdefault(summary.endpoint_id, (index, len(order)))
            cells[session.pk] = MatrixCell(
                rate=summary.rate,
                attended=summary.attended,
                connected_minutes=summary.connected_minutes,
                outage_count=summary.outage_count,
                outage_minutes=summary.outage_minutes,
            )
    rows = [
        (name, [cells.get(session.pk) for session in sessions])
        for endpoint_id, (name, cells) in sorted(
            table.items(), key=lambda item: order[item[0]]
        )
    ]
    return CourseMatrix(sessions=sessions, rows=rows)
