import pytest
from django.urls import reverse

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from sessions.models import Attendance, AttendanceChange, Headcount
from sessions.tests.factories import (
    AttendanceFactory,
    EndpointFactory,
    OngoingSessionEndpointFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def link(coordinator):
    return OngoingSessionEndpointFactory(
        endpoint=EndpointFactory(coordinators=[coordinator])
    )


@pytest.fixture
def other_link(link):
    return OngoingSessionEndpointFactory(session=link.session)


def roster_url(link) -> str:
    return reverse(
        "attendance-roster",
        kwargs={"session_id": link.session_id, "endpoint_id": link.endpoint_id},
    )


def test_coordinator_sees_who_checked_in_at_their_endpoint(
    client_for, coordinator, link
):
    row = AttendanceFactory(session=link.session, endpoint=link.endpoint)

    response = client_for(coordinator).get(roster_url(link))

    assert response.status_code == 200
    assert row.user.full_name in response.text


@pytest.mark.parametrize("role", [None, Role.TRAINEE, Role.LECTURER])
def test_roster_is_closed_to_other_roles(client_for, link, role):
    user = UserFactory(role=role) if role else None

    response = client_for(user).get(roster_url(link))

    assert response.status_code == (302 if user is None else 403)


def test_organiser_opens_any_endpoint_roster(client_for, organiser, link):
    assert client_for(organiser).get(roster_url(link)).status_code == 200


def test_coordinator_cannot_open_another_endpoint_roster(
    client_for, coordinator, other_link
):
    assert client_for(coordinator).get(roster_url(other_link)).status_code == 403


def test_coordinator_cannot_add_a_walkin_to_another_endpoint(
    client_for, coordinator, other_link
):
    response = client_for(coordinator).post(
        roster_url(other_link), {"action": "walkin", "full_name": "Hoàng Văn Thụ"}
    )

    assert response.status_code == 403
    assert not Attendance.objects.exists()


def test_coordinator_cannot_mark_a_row_of_another_endpoint_through_their_own_roster(
    client_for, coordinator, link, other_link
):
    row = AttendanceFactory(session=link.session, endpoint=other_link.endpoint)

    response = client_for(coordinator).post(
        roster_url(link), {"action": "mark", "attendance": row.pk, "status": "absent"}
    )

    assert response.status_code == 404
    row.refresh_from_db()
    assert not row.is_manual


def test_coordinator_adds_a_walkin_without_an_account(client_for, coordinator, link):
    client_for(coordinator).post(
        roster_url(link),
        {
            "action": "walkin",
            "full_name": "  Hoàng   Thị Lụa ",
            "agency": "UBND xã Tân Liên",
            "position": "Công chức văn hoá",
        },
    )

    row = Attendance.objects.get()
    assert (row.walkin_name, row.endpoint, row.user) == (
        "Hoàng Thị Lụa",
        link.endpoint,
        None,
    )
    assert row.recorded_via == Attendance.RecordedVia.ROSTER


def test_the_same_walkin_twice_is_refused_with_a_message(client_for, coordinator, link):
    client = client_for(coordinator)
    data = {"action": "walkin", "full_name": "Hoàng Thị Lụa"}
    client.post(roster_url(link), data)

    response = client.post(roster_url(link), data, follow=True)

    assert Attendance.objects.count() == 1
    assert response.status_code == 200
    assert "message--error" in response.text


def test_marking_a_status_keeps_who_when_before_after_and_why(
    client_for, coordinator, link
):
    row = AttendanceFactory(session=link.session, endpoint=link.endpoint)

    client_for(coordinator).post(
        roster_url(link),
        {
            "action": "mark",
            "attendance": row.pk,
            "status": "excused",
            "reason": "Đi công tác",
        },
    )

    row.refresh_from_db()
    change = AttendanceChange.objects.get(attendance=row)
    assert (row.status, row.is_manual) == ("excused", True)
    assert change.changed_by == coordinator
    assert change.before["status"] == "pending"
    assert change.after["status"] == "excused"
    assert change.reason == "Đi công tác"


def test_coordinator_records_a_headcount(client_for, coordinator, link):
    client_for(coordinator).post(roster_url(link), {"action": "headcount", "count": 27})

    headcount = Headcount.objects.get()
    assert (headcount.count, headcount.recorded_by) == (27, coordinator)


def test_walkin_is_merged_into_an_account_by_email_keeping_history(
    client_for, coordinator, link
):
    client = client_for(coordinator)
    client.post(roster_url(link), {"action": "walkin", "full_name": "Vi Thị Mai"})
    row = Attendance.objects.get()
    client.post(
        roster_url(link),
        {"action": "mark", "attendance": row.pk, "status": "late", "reason": "x"},
    )
    account = UserFactory(email="vi.mai@langson.gov.vn")

    client.post(
        roster_url(link),
        {"action": "merge", "attendance": row.pk, "email": "VI.MAI@langson.gov.vn"},
    )

    row.refresh_from_db()
    assert row.user == account
    assert row.status == "late"
    assert row.changes.count() == 3


def test_walkin_merges_into_the_row_the_account_already_has(coordinator, link):
    from sessions.attendance.services import (
        attendance_mark,
        attendance_walkin_add,
        attendance_walkin_merge,
    )

    account = UserFactory(email="nong.van.an@example.vn")
    existing = AttendanceFactory(
        session=link.session, user=account, endpoint=link.endpoint
    )
    walkin = attendance_walkin_add(
        by=coordinator, session_endpoint=link, full_name="An"
    )
    attendance_mark(by=coordinator, attendance=walkin, status="present")

    merged = attendance_walkin_merge(
        by=coordinator, attendance=walkin, email=account.email
    )

    assert merged.pk == existing.pk
    assert Attendance.objects.filter(session=link.session).count() == 1
    assert merged.status == "present" and merged.is_manual
    assert merged.changes.count() == 3
