import pytest

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from sessions.models import Attendance
from sessions.participation import session_participation
from sessions.tests.factories import (
    EndpointFactory,
    OngoingSessionFactory,
    SessionEndpointFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    session = OngoingSessionFactory()
    return SessionEndpointFactory(session=session)


def test_an_anonymous_visitor_does_not_take_part(site):
    from django.contrib.auth.models import AnonymousUser

    assert session_participation(AnonymousUser(), site.session) is None


def test_an_enrolled_trainee_who_has_not_checked_in_does_not_take_part(site, trainee):
    assert session_participation(trainee, site.session) is None


def test_a_trainee_checked_in_at_a_site_speaks_for_that_site(site, trainee):
    Attendance.objects.create(
        session=site.session, user=trainee, endpoint=site.endpoint
    )

    taking_part = session_participation(trainee, site.session)

    assert taking_part.endpoint_id == site.endpoint_id
    assert taking_part.endpoint_name == site.endpoint.name
    assert not taking_part.moderates
    assert not taking_part.remote


@pytest.mark.parametrize("status", ["absent", "excused"])
def test_someone_marked_absent_or_excused_by_hand_does_not_take_part(
    site, trainee, status
):
    Attendance.objects.create(
        session=site.session,
        user=trainee,
        endpoint=site.endpoint,
        status=status,
        is_manual=True,
    )

    assert session_participation(trainee, site.session) is None


def test_a_coordinator_marked_absent_still_speaks_for_their_room(site):
    coordinator = UserFactory(role=Role.SITE_COORDINATOR)
    site.endpoint.coordinators.add(coordinator)
    Attendance.objects.create(
        session=site.session,
        user=coordinator,
        endpoint=site.endpoint,
        status="absent",
        is_manual=True,
    )

    taking_part = session_participation(coordinator, site.session)

    assert taking_part.coordinator
    assert taking_part.endpoint_id == site.endpoint_id


def test_a_remote_trainee_takes_part_from_no_site(site, trainee):
    Attendance.objects.create(session=site.session, user=trainee, endpoint=None)

    taking_part = session_participation(trainee, site.session)

    assert taking_part.remote
    assert taking_part.endpoint_id is None


def test_a_coordinator_takes_part_on_behalf_of_their_room(site):
    coordinator = UserFactory(role=Role.SITE_COORDINATOR)
    site.endpoint.coordinators.add(coordinator)

    taking_part = session_participation(coordinator, site.session)

    assert taking_part.coordinator
    assert taking_part.endpoint_id == site.endpoint_id


def test_a_coordinator_of_a_room_outside_the_session_does_not_take_part(site):
    coordinator = UserFactory(role=Role.SITE_COORDINATOR)
    EndpointFactory(coordinators=[coordinator])

    assert session_participation(coordinator, site.session) is None


def test_the_presenter_moderates(site, lecturer):
    site.session.presenter = lecturer
    site.session.save(update_fields=["presenter"])

    assert session_participation(lecturer, site.session).moderates


def test_a_lecturer_who_does_not_present_does_not_take_part(site, lecturer):
    assert session_participation(lecturer, site.session) is None


def test_an_organiser_moderates_from_the_hub(site, organiser):
    taking_part = session_participation(organiser, site.session)

    assert taking_part.moderates
    assert taking_part.endpoint_id == site.session.hub_id
