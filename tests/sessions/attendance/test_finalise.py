from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from accounts.tests.factories import UserFactory
from sessions.attendance.services import (
    attendance_finalise,
    attendance_mark,
    attendance_reopen,
    attendance_walkin_add,
    attendance_walkin_merge,
    headcount_record,
)
from sessions.models import Attendance, AttendanceFinalisation, ConnectionEvent
from sessions.signals import attendance_finalised
from sessions.tests.factories import AttendanceFactory, EndedSessionEndpointFactory

pytestmark = pytest.mark.django_db

_keys = iter(range(10**6))


def event(
    session, kind, minute, *, endpoint=None, user=None, key="p", source="prosody"
):
    return ConnectionEvent.objects.create(
        session=session,
        room_name=session.room_name,
        kind=kind,
        source=source,
        idempotency_key=f"k{next(_keys)}",
        participant_key=key,
        endpoint=endpoint,
        user=user,
        occurred_at=session.starts_at + timedelta(minutes=minute),
    )


@pytest.fixture
def link():
    return EndedSessionEndpointFactory()


def test_finalise_credits_people_in_the_room_with_its_connection(link):
    session = link.session
    row = AttendanceFactory(session=session, endpoint=link.endpoint)
    event(session, "joined", 0, endpoint=link.endpoint)
    event(session, "left", 20, endpoint=link.endpoint)
    event(session, "joined", 35, endpoint=link.endpoint)  # 15-minute outage
    event(session, "left", 60, endpoint=link.endpoint)

    attendance_finalise(session=session)

    row.refresh_from_db()
    assert row.minutes_present == 45
    assert row.status == Attendance.Status.PRESENT


def test_finalise_gives_remote_trainees_seen_on_video_a_row(link):
    session = link.session
    remote = UserFactory()
    event(session, "joined", 12, user=remote, key="remote-1", source="jaas")
    event(session, "left", 60, user=remote, key="remote-1", source="jaas")

    attendance_finalise(session=session)

    row = Attendance.objects.get(user=remote)
    assert (row.endpoint, row.recorded_via, row.status, row.minutes_present) == (
        None,
        Attendance.RecordedVia.VIDEO,
        Attendance.Status.LATE,
        48,
    )


def test_advisory_page_events_count_only_without_webhook_events(link):
    session = link.session
    remote = UserFactory()
    event(session, "joined", 0, user=remote, key="r", source="iframe")
    event(session, "left", 60, user=remote, key="r", source="iframe")
    event(session, "joined", 0, user=remote, key="r", source="prosody")
    event(session, "left", 10, user=remote, key="r", source="prosody")

    attendance_finalise(session=session)

    assert Attendance.objects.get(user=remote).minutes_present == 10


def test_finalise_keeps_hand_set_statuses(link, organiser):
    row = AttendanceFactory(session=link.session, endpoint=link.endpoint)
    attendance_mark(by=organiser, attendance=row, status="excused", reason="ốm")

    attendance_finalise(session=link.session)

    row.refresh_from_db()
    assert row.status == "excused"


def test_finalise_computes_once_and_announces_it_after_commit(
    link, django_capture_on_commit_callbacks
):
    received = []

    def receiver(sender, session, **kwargs):
        received.append(session.pk)

    attendance_finalised.connect(receiver)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            attendance_finalise(session=link.session)
            attendance_finalise(session=link.session)
    finally:
        attendance_finalised.disconnect(receiver)

    assert received == [link.session.pk]
    assert AttendanceFinalisation.objects.filter(action="finalised").count() == 1


def test_roster_changes_are_refused_once_final(link, organiser):
    row = AttendanceFactory(session=link.session, endpoint=link.endpoint)
    attendance_finalise(session=link.session)

    with pytest.raises(ValidationError):
        attendance_mark(by=organiser, attendance=row, status="absent")


def test_a_walk_in_cannot_be_merged_once_final(link, organiser):
    walk_in = attendance_walkin_add(
        by=organiser, session_endpoint=link, full_name="Nông Văn Dũng"
    )
    account = UserFactory(email="dung@example.vn")
    attendance_finalise(session=link.session)

    with pytest.raises(ValidationError):
        attendance_walkin_merge(by=organiser, attendance=walk_in, email=account.email)
    assert Attendance.objects.filter(pk=walk_in.pk, user=None).exists()


def test_a_headcount_cannot_be_recorded_once_final(link, organiser):
    attendance_finalise(session=link.session)

    with pytest.raises(ValidationError):
        headcount_record(by=organiser, session_endpoint=link, count=20)
    assert not link.headcounts.exists()


def test_reopen_needs_an_organiser_and_a_reason(link, organiser, coordinator):
    session = attendance_finalise(session=link.session)

    with pytest.raises(PermissionDenied):
        attendance_reopen(session=session, by=coordinator, reason="sai")
    with pytest.raises(ValidationError):
        attendance_reopen(session=session, by=organiser, reason=" ")
    session = attendance_reopen(session=session, by=organiser, reason="Nhập thiếu")

    assert session.attendance_finalised_at is None
    assert AttendanceFinalisation.objects.get(action="reopened").reason == "Nhập thiếu"


def test_finalise_and_reopen_buttons_are_for_organisers_only(
    client_for, link, coordinator, organiser
):
    url = reverse(
        "attendance-finalise",
        kwargs={"session_id": link.session_id, "action": "finalise"},
    )

    assert client_for(coordinator).post(url).status_code == 403
    assert client_for(organiser).post(url).status_code == 302
    link.session.refresh_from_db()
    assert link.session.attendance_finalised_at is not None


def test_a_scripted_room_page_report_alone_never_attends(link):
    session = link.session
    stranger = UserFactory()
    event(session, "joined", 0, user=stranger, key="s", source="iframe")
    event(session, "left", 60, user=stranger, key="s", source="iframe")

    attendance_finalise(session=session)

    assert not Attendance.objects.filter(user=stranger).exists()


def test_room_page_reports_count_for_a_person_a_coordinator_confirmed(link, organiser):
    session = link.session
    remote = UserFactory()
    row = AttendanceFactory(
        session=session, user=remote, endpoint=None, checked_in_at=None
    )
    event(session, "joined", 0, user=remote, key="r", source="iframe")
    event(session, "left", 50, user=remote, key="r", source="iframe")
    Attendance.objects.filter(pk=row.pk).update(is_manual=True, status="present")

    attendance_finalise(session=session)

    row.refresh_from_db()
    assert (row.status, row.minutes_present) == ("present", 50)


def test_room_page_reports_without_a_confirmation_credit_nothing(link):
    session = link.session
    remote = UserFactory()
    row = AttendanceFactory(
        session=session, user=remote, endpoint=None, checked_in_at=None
    )
    event(session, "joined", 0, user=remote, key="r", source="iframe")
    event(session, "left", 60, user=remote, key="r", source="iframe")

    attendance_finalise(session=session)

    row.refresh_from_db()
    assert (row.status, row.minutes_present) == ("absent", 0)
