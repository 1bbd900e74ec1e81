import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from sessions.models import Attendance, AttendanceChange, ExpectedAttendee
from sessions.rosters.services import (
    expected_arrival_record,
    expected_attendee_add,
    expected_attendee_remove,
)
from sessions.tests.factories import (
    AttendanceFactory,
    ExpectedAttendeeFactory,
    OngoingSessionEndpointFactory,
)

pytestmark = pytest.mark.django_db


def test_coordinator_expects_a_trainee_at_their_endpoint(coordinator, link, trainee):
    expected = expected_attendee_add(
        by=coordinator, session=link.session, user=trainee, endpoint_id=link.endpoint_id
    )

    assert expected.endpoint_id == link.endpoint_id
    assert expected.source == ExpectedAttendee.Source.COORDINATOR
    assert expected.assigned_by == coordinator


def test_adding_the_same_person_twice_keeps_one_row(organiser, link, trainee):
    for _ in range(2):
        expected_attendee_add(
            by=organiser,
            session=link.session,
            user=trainee,
            endpoint_id=link.endpoint_id,
        )

    assert ExpectedAttendee.objects.filter(user=trainee).count() == 1


def test_coordinator_cannot_expect_someone_at_another_endpoint(
    coordinator, other_link, trainee
):
    with pytest.raises(PermissionDenied):
        expected_attendee_add(
            by=coordinator,
            session=other_link.session,
            user=trainee,
            endpoint_id=other_link.endpoint_id,
        )


def test_coordinator_cannot_expect_someone_remotely(coordinator, link, trainee):
    with pytest.raises(PermissionDenied):
        expected_attendee_add(
            by=coordinator, session=link.session, user=trainee, endpoint_id=None
        )


def test_organiser_expects_someone_remotely(organiser, link, trainee):
    expected = expected_attendee_add(
        by=organiser, session=link.session, user=trainee, endpoint_id=None
    )

    assert expected.endpoint_id is None


def test_an_endpoint_outside_the_session_is_refused(organiser, link, trainee):
    elsewhere = OngoingSessionEndpointFactory()

    with pytest.raises(ValidationError):
        expected_attendee_add(
            by=organiser,
            session=link.session,
            user=trainee,
            endpoint_id=elsewhere.endpoint_id,
        )


def test_organiser_moves_a_person_to_another_endpoint(
    organiser, link, other_link, trainee
):
    ExpectedAttendeeFactory(session=link.session, endpoint=link.endpoint, user=trainee)

    expected_attendee_add(
        by=organiser,
        session=link.session,
        user=trainee,
        endpoint_id=other_link.endpoint_id,
    )

    assert ExpectedAttendee.objects.get(user=trainee).endpoint_id == (
        other_link.endpoint_id
    )


def test_coordinator_cannot_take_a_person_expected_at_another_endpoint(
    coordinator, link, other_link, trainee
):
    ExpectedAttendeeFactory(
        session=link.session, endpoint=other_link.endpoint, user=trainee
    )

    with pytest.raises(ValidationError):
        expected_attendee_add(
            by=coordinator,
            session=link.session,
            user=trainee,
            endpoint_id=link.endpoint_id,
        )

    assert ExpectedAttendee.objects.get(user=trainee).endpoint == other_link.endpoint


def test_the_database_keeps_one_place_per_person_and_session(link, trainee):
    from django.db import IntegrityError, transaction

    ExpectedAttendeeFactory(session=link.session, endpoint=link.endpoint, user=trainee)

    with pytest.raises(IntegrityError), transaction.atomic():
        ExpectedAttendee.objects.create(
            session=link.session, endpoint=None, user=trainee, source="organiser"
        )


def test_nobody_is_added_once_attendance_is_final(organiser, link, trainee):
    from django.utils import timezone

    link.session.attendance_finalised_at = timezone.now()
    link.session.save()

    with pytest.raises(ValidationError):
        expected_attendee_add(
            by=organiser,
            session=link.session,
            user=trainee,
            endpoint_id=link.endpoint_id,
        )


def test_coordinator_removes_a_person_from_their_endpoint(coordinator, link):
    expected = ExpectedAttendeeFactory(session=link.session, endpoint=link.endpoint)

    expected_attendee_remove(by=coordinator, expected=expected)

    assert not ExpectedAttendee.objects.exists()


def test_coordinator_cannot_remove_a_person_of_another_endpoint(
    coordinator, other_link
):
    expected = ExpectedAttendeeFactory(
        session=other_link.session, endpoint=other_link.endpoint
    )

    with pytest.raises(PermissionDenied):
        expected_attendee_remove(by=coordinator, expected=expected)

    assert ExpectedAttendee.objects.exists()


def test_recording_an_arrival_checks_the_person_in_at_the_expected_endpoint(
    coordinator, link
):
    expected = ExpectedAttendeeFactory(session=link.session, endpoint=link.endpoint)

    attendance = expected_arrival_record(by=coordinator, expected=expected)

    assert attendance.user_id == expected.user_id
    assert attendance.endpoint_id == link.endpoint_id
    assert attendance.recorded_via == Attendance.RecordedVia.ROSTER
    assert attendance.checked_in_at is not None
    assert attendance.changes.get().kind == AttendanceChange.Kind.ARRIVAL


def test_an_arrival_of_someone_already_checked_in_elsewhere_is_refused(
    coordinator, link, other_link
):
    expected = ExpectedAttendeeFactory(session=link.session, endpoint=link.endpoint)
    AttendanceFactory(
        session=link.session, endpoint=other_link.endpoint, user=expected.user
    )

    with pytest.raises(ValidationError):
        expected_arrival_record(by=coordinator, expected=expected)

    assert Attendance.objects.get().endpoint == other_link.endpoint


def test_an_arrival_places_someone_first_seen_on_video_in_the_room(coordinator, link):
    expected = ExpectedAttendeeFactory(session=link.session, endpoint=link.endpoint)
    AttendanceFactory(
        session=link.session,
        user=expected.user,
        endpoint=None,
        checked_in_at=None,
        recorded_via="video",
    )

    attendance = expected_arrival_record(by=coordinator, expected=expected)

    assert attendance.endpoint_id == link.endpoint_id
    assert Attendance.objects.count() == 1


def test_another_coordinator_cannot_record_an_arrival(link):
    stranger = UserFactory(role=Role.SITE_COORDINATOR)
    expected = ExpectedAttendeeFactory(session=link.session, endpoint=link.endpoint)

    with pytest.raises(PermissionDenied):
        expected_arrival_record(by=stranger, expected=expected)

    assert not Attendance.objects.exists()
