"""The report's absentees per site and their export, which match the roster's."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from accounts.tests.factories import UserFactory
from sessions.attendance.services import attendance_finalise
from sessions.lifecycle import session_end_early
from sessions.reports.data import session_report
from sessions.tests.factories import (
    AttendanceFactory,
    EndedSessionEndpointFactory,
    EndpointFactory,
    ExpectedAttendeeFactory,
    OngoingSessionEndpointFactory,
)

pytestmark = pytest.mark.django_db


def _expect(link, name: str, endpoint="site"):
    return ExpectedAttendeeFactory(
        session=link.session,
        endpoint=link.endpoint if endpoint == "site" else endpoint,
        user=UserFactory(full_name=name, agency="UBND xã Cao Lộc"),
    )


def _four_expected(link):
    """At Cao Lộc: one expected person checked in, one marked absent by hand, one
    not come; and one expected remotely and not seen."""
    came = _expect(link, "An Văn Đến")
    AttendanceFactory(session=link.session, endpoint=link.endpoint, user=came.user)
    marked = _expect(link, "Bùi Thị Báo Vắng")
    AttendanceFactory(
        session=link.session,
        endpoint=link.endpoint,
        user=marked.user,
        status="absent",
        is_manual=True,
    )
    _expect(link, "Cao Văn Chưa Đến")
    _expect(link, "Đào Thị Từ Xa", endpoint=None)
    return link


@pytest.fixture
def ended(coordinator):
    """A session that has ended at Cao Lộc, with the four expected people."""
    return _four_expected(
        EndedSessionEndpointFactory(
            endpoint=EndpointFactory(name="Huyện Cao Lộc", coordinators=[coordinator])
        )
    )


@pytest.fixture
def live(coordinator):
    """The same four, while the session is running."""
    return _four_expected(
        OngoingSessionEndpointFactory(
            endpoint=EndpointFactory(name="Huyện Cao Lộc", coordinators=[coordinator])
        )
    )


def report_url(link, **query) -> str:
    url = reverse("attendance-session-report", kwargs={"session_id": link.session_id})
    return url + "?" + "&".join(f"{k}={v}" for k, v in query.items())


def _csv(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_the_report_lists_absentees_per_site(client_for, organiser, ended):
    response = client_for(organiser).get(report_url(ended))

    sites = {site.name: site for site in response.context["report"].expected}
    assert [p.name for p in sites["Huyện Cao Lộc"].absentees] == [
        "Bùi Thị Báo Vắng",
        "Cao Văn Chưa Đến",
    ]
    assert [p.name for p in sites["Trực tuyến từ xa"].absentees] == ["Đào Thị Từ Xa"]
    assert 'data-table="absentees"' in response.text


def test_the_absentee_export_matches_the_rosters_absent_list(
    client_for, organiser, coordinator, ended
):
    roster = client_for(coordinator).get(
        reverse(
            "attendance-roster",
            kwargs={"session_id": ended.session_id, "endpoint_id": ended.endpoint_id},
        )
    )
    export = client_for(organiser).get(report_url(ended, part="absent", format="csv"))

    header, *rows = _csv(export)
    at_site = [row[1] for row in rows if row[0] == "Huyện Cao Lộc"]
    assert at_site == [p.name for p in roster.context["expected"].absentees]
    assert header[:2] == ["Điểm cầu", "Họ và tên"]
    assert len(rows) == 3


def test_a_coordinator_exports_only_their_sites_absentees(
    client_for, coordinator, ended
):
    export = client_for(coordinator).get(
        report_url(ended, part="absent", format="xlsx")
    )

    sheet = load_workbook(io.BytesIO(export.content)).active
    names = [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert names == ["Bùi Thị Báo Vắng", "Cao Văn Chưa Đến"]


def test_an_absentees_name_that_looks_like_a_formula_is_exported_as_text(
    client_for, organiser
):
    link = EndedSessionEndpointFactory()
    _expect(link, "=HYPERLINK(1)")

    export = client_for(organiser).get(report_url(link, part="absent", format="csv"))

    assert _csv(export)[1][1] == "'=HYPERLINK(1)"


def test_after_finalisation_someone_checked_in_too_briefly_is_absent(
    client_for, organiser
):
    link = EndedSessionEndpointFactory()
    brief = _expect(link, "Lê Văn Về Sớm")
    AttendanceFactory(
        session=link.session,
        endpoint=link.endpoint,
        user=brief.user,
        checked_in_at=link.session.ends_at,
    )
    attendance_finalise(session=link.session)

    response = client_for(organiser).get(report_url(link))

    (site,) = response.context["report"].expected
    assert [p.name for p in site.absentees] == ["Lê Văn Về Sớm"]


def test_while_the_session_runs_who_has_not_come_is_not_yet_absent(
    client_for, organiser, live
):
    response = client_for(organiser).get(report_url(live))

    sites = {site.name: site for site in response.context["report"].expected}
    cao_loc = sites["Huyện Cao Lộc"]
    assert [p.name for p in cao_loc.absentees] == ["Bùi Thị Báo Vắng"]
    assert [p.name for p in cao_loc.not_yet] == ["Cao Văn Chưa Đến"]
    assert [p.name for p in sites["Trực tuyến từ xa"].not_yet] == ["Đào Thị Từ Xa"]
    assert sites["Trực tuyến từ xa"].absentees == []
    assert "chưa đến, không phải vắng mặt" in response.text


def test_while_the_session_runs_the_absentee_export_lists_only_who_is_absent(
    client_for, organiser, live
):
    export = client_for(organiser).get(report_url(live, part="absent", format="csv"))

    _, *rows = _csv(export)
    assert [row[1] for row in rows] == ["Bùi Thị Báo Vắng"]


def test_at_the_end_who_has_not_come_becomes_absent(organiser, live):
    ended = session_end_early(session=live.session, by=organiser)

    cao_loc, remote = session_report(session=ended).expected
    assert [p.name for p in cao_loc.absentees] == [
        "Bùi Thị Báo Vắng",
        "Cao Văn Chưa Đến",
    ]
    assert cao_loc.not_yet == []
    assert [p.name for p in remote.absentees] == ["Đào Thị Từ Xa"]
