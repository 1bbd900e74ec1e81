import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction

from accounts.tests.factories import UserFactory
from assessments.tests.factories import course_tree
from courses.tests.factories import EnrolmentFactory
from sessions.models import AgencyEndpoint, ExpectedAttendee
from sessions.rosters.services import expected_from_agencies
from sessions.tests.factories import AgencyEndpointFactory, ExpectedAttendeeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(link):
    course, (module,) = course_tree(slug="ban-do")
    link.session.module = module
    link.session.save()
    return course


def _enrolled(course, agency: str):
    user = UserFactory(agency=agency)
    EnrolmentFactory(user=user, course=course)
    return user


def test_enrolled_trainees_are_expected_where_their_agency_is_served(
    organiser, link, course
):
    AgencyEndpointFactory(endpoint=link.endpoint, agency="UBND xã Cao Lộc")
    served = _enrolled(course, "ubnd  xã cao lộc")
    unserved = _enrolled(course, "Sở Y tế")

    result = expected_from_agencies(by=organiser, session=link.session)

    assert (result.added, result.unmatched) == (1, 1)
    expected = ExpectedAttendee.objects.get()
    assert expected.user == served and expected.endpoint == link.endpoint
    assert expected.source == ExpectedAttendee.Source.AGENCY
    assert not ExpectedAttendee.objects.filter(user=unserved).exists()


def test_applying_the_mapping_twice_adds_nobody_the_second_time(
    organiser, link, course
):
    AgencyEndpointFactory(endpoint=link.endpoint, agency="UBND xã Cao Lộc")
    _enrolled(course, "UBND xã Cao Lộc")
    expected_from_agencies(by=organiser, session=link.session)

    again = expected_from_agencies(by=organiser, session=link.session)

    assert (again.added, again.already) == (0, 1)
    assert ExpectedAttendee.objects.count() == 1


def test_the_mapping_leaves_people_placed_by_hand_where_they_are(
    organiser, link, other_link, course
):
    AgencyEndpointFactory(endpoint=link.endpoint, agency="UBND xã Cao Lộc")
    placed = _enrolled(course, "UBND xã Cao Lộc")
    ExpectedAttendeeFactory(
        session=link.session, endpoint=other_link.endpoint, user=placed
    )

    expected_from_agencies(by=organiser, session=link.session)

    assert ExpectedAttendee.objects.get().endpoint == other_link.endpoint


def test_endpoints_outside_the_session_are_not_used(organiser, link, course):
    AgencyEndpointFactory(agency="UBND xã Cao Lộc")
    _enrolled(course, "UBND xã Cao Lộc")

    result = expected_from_agencies(by=organiser, session=link.session)

    assert result.added == 0 and result.unmatched == 1


def test_only_an_organiser_applies_the_mapping(coordinator, link, course):
    with pytest.raises(PermissionDenied):
        expected_from_agencies(by=coordinator, session=link.session)


def test_an_agency_is_served_by_one_endpoint_whatever_its_case(link, other_link):
    AgencyEndpointFactory(endpoint=link.endpoint, agency="UBND xã Cao Lộc")

    duplicate = AgencyEndpoint(
        endpoint=other_link.endpoint,
        agency="UBND XÃ CAO LỘC",
        agency_key="ubnd xã cao lộc",
    )

    with pytest.raises(IntegrityError), transaction.atomic():
        duplicate.save()


def test_a_duplicate_agency_is_refused_with_a_message(link, other_link):
    AgencyEndpointFactory(endpoint=link.endpoint, agency="UBND xã Cao Lộc")

    with pytest.raises(ValidationError):
        AgencyEndpoint(
            endpoint=other_link.endpoint, agency="UBND XÃ CAO LỘC"
        ).full_clean()
