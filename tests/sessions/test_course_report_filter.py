import pytest
from wagtail.models import Page, Site

from accounts.tests.factories import UserFactory
from courses.services import enrolment_create
from courses.tests.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    ModulePageFactory,
)
from sessions.tests.factories import (
    AttendanceFactory,
    EndpointFactory,
    OngoingSessionFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def course_with_two_sites():
    catalogue = CourseIndexPageFactory(parent=Page.get_first_root_node())
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": catalogue},
    )
    course = CoursePageFactory(parent=catalogue)
    session = OngoingSessionFactory(module=ModulePageFactory(parent=course))
    cao_loc = EndpointFactory(name="Huyện Cao Lộc")
    loc_binh = EndpointFactory(name="Huyện Lộc Bình")
    people = [("Người ở Cao Lộc", cao_loc), ("Người ở Lộc Bình", loc_binh)]
    for name, endpoint in people:
        user = UserFactory(full_name=name)
        enrolment_create(user=user, course=course)
        AttendanceFactory(session=session, user=user, endpoint=endpoint)
    return course, cao_loc


def test_the_report_filters_by_the_endpoint_people_attended(
    client_for, organiser, course_with_two_sites
):
    course, cao_loc = course_with_two_sites

    response = client_for(organiser).get(
        course.url + "report/", {"endpoint": str(cao_loc.pk)}
    )

    page = response.content.decode()
    assert "Người ở Cao Lộc" in page
    assert "Người ở Lộc Bình" not in page


def test_the_report_offers_the_endpoints_as_choices(
    client_for, organiser, course_with_two_sites
):
    course, _ = course_with_two_sites

    page = client_for(organiser).get(course.url + "report/").content.decode()

    assert "Huyện Cao Lộc" in page
    assert "Huyện Lộc Bình" in page


def test_an_unknown_endpoint_value_is_ignored(
    client_for, organiser, course_with_two_sites
):
    course, _ = course_with_two_sites

    page = (
        client_for(organiser)
        .get(course.url + "report/", {"endpoint": "x"})
        .content.decode()
    )

    assert "Người ở Cao Lộc" in page
    assert "Người ở Lộc Bình" in page
