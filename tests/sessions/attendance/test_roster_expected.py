"""The roster and the expected list: counts, arrivals, walk-ins matched by name."""

import pytest
from django.urls import reverse

from accounts.tests.factories import UserFactory
from sessions.models import Attendance
from sessions.tests.factories import (
    AttendanceFactory,
    EndedSessionEndpointFactory,
    EndpointFactory,
    ExpectedAttendeeFactory,
    OngoingSessionEndpointFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def link(coordinator):
    return OngoingSessionEndpointFactory(
        endpoint=EndpointFactory(coordinators=[coordinator])
    )


def roster_url(link) -> str:
    return reverse(
        "attendance-roster",
        kwargs={"session_id": link.session_id, "endpoint_id": link.endpoint_id},
    )


def _expected(link, name: str = "Hoàng Văn Thụ"):
    return ExpectedAttendeeFactory(
        session=link.session, endpoint=link.endpoint, user=UserFactory(full_name=name)
    )


def test_roster_counts_who_has_not_come_as_not_arrived_yet_while_it_runs(
    client_for, coordinator, link
):
    came = _expected(link, "Lê Văn Đến")
    _expected(link, "Trần Thị Vắng")
    AttendanceFactory(session=link.session, endpoint=link.endpoint, user=came.user)

    response = client_for(coordinator).get(roster_url(link))

    expected = response.context["expected"]
    assert (expected.expected, expected.checked_in, expected.absent) == (2, 1, 0)
    assert [p.name for p in expected.not_yet] == ["Trần Thị Vắng"]
    assert "Chưa đến: 1" in response.text


def test_roster_counts_who_has_not_come_as_absent_once_it_has_ended(
    client_for, coordinator
):
    link = EndedSessionEndpointFactory(
        endpoint=EndpointFactory(coordinators=[coordinator])
    )
    came = _expected(link, "Lê Văn Đến")
    _expected(link, "Trần Thị Vắng")
    AttendanceFactory(session=link.session, endpoint=link.endpoint, user=came.user)

    response = client_for(coordinator).get(roster_url(link))

    expected = response.context["expected"]
    assert (expected.expected, expected.checked_in, expected.absent) == (2, 1, 1)
    assert [p.name for p in expected.absentees] == ["Trần Thị Vắng"]
    assert expected.not_yet == []


def test_coordinator_checks_in_an_expected_person_from_the_roster(
    client_for, coordinator, link
):
    expected = _expected(link)

    response = client_for(coordinator).post(
        roster_url(link), {"action": "arrival", "expected": expected.pk}
    )

    assert response.status_code == 302
    row = Attendance.objects.get()
    assert (row.user, row.endpoint) == (expected.user, link.endpoint)


def test_an_arrival_of_a_person_expected_elsewhere_is_not_found(
    client_for, coordinator, link
):
    elsewhere = OngoingSessionEndpointFactory(session=link.session)
    expected = ExpectedAttendeeFactory(
        session=link.session, endpoint=elsewhere.endpoint
    )

    response = client_for(coordinator).post(
        roster_url(link), {"action": "arrival", "expected": expected.pk}
    )

    assert response.status_code == 404
    assert not Attendance.objects.exists()


def test_a_walkin_named_like_an_expected_person_is_offered_their_check_in(
    client_for, coordinator, link
):
    expected = _expected(link, "Hoàng Văn Thụ")

    response = client_for(coordinator).post(
        roster_url(link), {"action": "walkin", "full_name": "  hoang van  THU "}
    )

    assert response.status_code == 200
    assert list(response.context["walkin_matches"]) == [expected]
    assert "data-walkin-matches" in response.text
    assert not Attendance.objects.exists()


def test_a_walkin_is_added_anyway_once_the_coordinator_confirms(
    client_for, coordinator, link
):
    _expected(link, "Hoàng Văn Thụ")

    response = client_for(coordinator).post(
        roster_url(link),
        {"action": "walkin", "full_name": "Hoàng Văn Thụ", "not_expected": "True"},
    )

    assert response.status_code == 302
    assert Attendance.objects.get().walkin_name == "Hoàng Văn Thụ"


def test_a_walkin_of_another_name_is_added_at_once(client_for, coordinator, link):
    _expected(link, "Hoàng Văn Thụ")

    response = client_for(coordinator).post(
        roster_url(link), {"action": "walkin", "full_name": "Hoàng Văn Thu Hà"}
    )

    assert response.status_code == 302
    assert Attendance.objects.get().is_walkin


def test_a_walkin_on_the_roster_shows_the_expected_person_it_may_be(
    client_for, coordinator, link
):
    expected = _expected(link, "Đỗ Thị Lan")
    Attendance.objects.create(
        session=link.session,
        endpoint=link.endpoint,
        walkin_name="do thi lan",
        recorded_via="roster",
    )

    response = client_for(coordinator).get(roster_url(link))

    assert "data-walkin-expected" in response.text
    assert f'value="{expected.user.email}"' in response.text


def test_someone_seen_on_video_only_can_still_be_checked_in_from_the_roster(link):
    from sessions.rosters.selectors import Evidence, expected_by_site

    at_home = _expected(link, "Phạm Thị Ở Nhà")
    evidence = Evidence(statuses={}, places={}, on_video={at_home.user_id}, ended=False)

    [site] = expected_by_site(
        session=link.session, endpoint_ids=[link.endpoint_id], evidence=evidence
    )

    assert [p.name for p in site.not_checked_in] == ["Phạm Thị Ở Nhà"]
    assert (site.checked_in, site.absent, len(site.not_yet)) == (1, 0, 0)
