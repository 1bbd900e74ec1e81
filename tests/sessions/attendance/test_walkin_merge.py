"""A walk-in merge acts only on rows the coordinator manages, is recorded, and can be
undone from the roster."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from accounts.tests.factories import UserFactory
from sessions.attendance.services import (
    attendance_mark,
    attendance_merge_undo,
    attendance_walkin_add,
    attendance_walkin_merge,
)
from sessions.models import Attendance, AttendanceChange
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


@pytest.fixture
def walkin(coordinator, link):
    row = attendance_walkin_add(by=coordinator, session_endpoint=link, full_name="An")
    return attendance_mark(by=coordinator, attendance=row, status="absent")


def roster_url(link) -> str:
    return reverse(
        "attendance-roster",
        kwargs={"session_id": link.session_id, "endpoint_id": link.endpoint_id},
    )


def test_coordinator_cannot_merge_into_another_endpoints_trainee_row(
    client_for, coordinator, link, other_link, walkin
):
    """The review's exploit: a Cao Lộc walk-in marked absent, merged into a trainee
    checked in at another endpoint, turned that trainee's row absent by hand."""
    theirs = AttendanceFactory(session=link.session, endpoint=other_link.endpoint)

    response = client_for(coordinator).post(
        roster_url(link),
        {"action": "merge", "attendance": walkin.pk, "email": theirs.user.email},
    )

    assert response.status_code == 403
    theirs.refresh_from_db()
    assert (theirs.status, theirs.is_manual, theirs.endpoint) == (
        "pending",
        False,
        other_link.endpoint,
    )
    assert Attendance.objects.filter(pk=walkin.pk).exists()


def test_coordinator_cannot_merge_into_a_remote_trainees_row(coordinator, walkin):
    remote = AttendanceFactory(session=walkin.session, endpoint=None)

    with pytest.raises(PermissionDenied):
        attendance_walkin_merge(
            by=coordinator, attendance=walkin, email=remote.user.email
        )


def test_organiser_merges_across_endpoints(organiser, other_link, walkin):
    theirs = AttendanceFactory(session=walkin.session, endpoint=other_link.endpoint)

    merged = attendance_walkin_merge(
        by=organiser, attendance=walkin, email=theirs.user.email
    )

    assert merged.pk == theirs.pk


def test_attaching_a_walkin_to_an_account_is_recorded(coordinator, walkin):
    account = UserFactory()

    attendance_walkin_merge(by=coordinator, attendance=walkin, email=account.email)

    change = AttendanceChange.objects.get(kind=AttendanceChange.Kind.MERGE)
    assert (change.attendance_id, change.changed_by) == (walkin.pk, coordinator)
    assert change.before["user_id"] is None
    assert change.after["user_id"] == account.pk


def test_undo_gives_the_row_back_to_the_walkin(client_for, coordinator, link, walkin):
    account = UserFactory()
    attendance_walkin_merge(by=coordinator, attendance=walkin, email=account.email)
    change = AttendanceChange.objects.get(kind=AttendanceChange.Kind.MERGE)
    client = client_for(coordinator)
    assert "Hoàn tác gộp" in client.get(roster_url(link)).text

    client.post(roster_url(link), {"action": "unmerge", "change": change.pk})

    walkin.refresh_from_db()
    assert (walkin.user, walkin.walkin_name, walkin.status) == (None, "An", "absent")
    assert walkin.changes.filter(kind=AttendanceChange.Kind.UNMERGE).exists()


def test_undo_restores_both_rows_and_their_histories(coordinator, link, walkin):
    account = UserFactory()
    existing = AttendanceFactory(
        session=link.session, user=account, endpoint=link.endpoint
    )
    walkin_history = set(walkin.changes.values_list("pk", flat=True))
    merged = attendance_walkin_merge(
        by=coordinator, attendance=walkin, email=account.email
    )
    assert (merged.pk, merged.status, merged.is_manual) == (existing.pk, "absent", True)
    change = merged.changes.get(kind=AttendanceChange.Kind.MERGE)

    restored = attendance_merge_undo(by=coordinator, change=change)

    existing.refresh_from_db()
    assert (existing.status, existing.is_manual) == ("pending", False)
    assert (restored.walkin_name, restored.status, restored.is_manual) == (
        "An",
        "absent",
        True,
    )
    assert walkin_history <= set(restored.changes.values_list("pk", flat=True))
    assert Attendance.objects.filter(session=link.session).count() == 2


def test_a_merge_is_undone_once(coordinator, walkin):
    attendance_walkin_merge(
        by=coordinator, attendance=walkin, email=UserFactory().email
    )
    change = AttendanceChange.objects.get(kind=AttendanceChange.Kind.MERGE)
    attendance_merge_undo(by=coordinator, change=change)

    with pytest.raises(ValidationError):
        attendance_merge_undo(by=coordinator, change=change)


def test_coordinator_cannot_undo_a_merge_at_another_endpoint(
    client_for, coordinator, organiser, other_link
):
    row = attendance_walkin_add(
        by=organiser, session_endpoint=other_link, full_name="Bình"
    )
    attendance_walkin_merge(by=organiser, attendance=row, email=UserFactory().email)
    change = AttendanceChange.objects.get(kind=AttendanceChange.Kind.MERGE)

    with pytest.raises(PermissionDenied):
        attendance_merge_undo(by=coordinator, change=change)
    row.refresh_from_db()
    assert row.user is not None
