import pytest
from django.test import RequestFactory
from wagtail.models import Page

from accounts.panels import COURSE_PAGE, collect_panels
from courses.models import CourseIndexPage, CoursePage, ModulePage
from sessions.models import LiveSession
from sessions.tests.factories import LiveSessionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def course() -> CoursePage:
    root = Page.get_first_root_node()
    index = root.add_child(instance=CourseIndexPage(title="Khóa học", slug="khoa-hoc"))
    return index.add_child(instance=CoursePage(title="Phát ngôn", slug="phat-ngon"))


def module_of(course: CoursePage, slug: str) -> ModulePage:
    return course.add_child(instance=ModulePage(title=slug, slug=slug))


def panels_for(course, user):
    request = RequestFactory().get("/")
    request.user = user
    return collect_panels(COURSE_PAGE, course, request=request)


def test_course_page_lists_upcoming_sessions_of_its_modules(course, trainee):
    session = LiveSessionFactory(module=module_of(course, "ky-nang"))

    [panel] = panels_for(course, trainee)

    assert panel.context["sessions"] == [session]


def test_course_page_leaves_out_cancelled_sessions(course, trainee):
    LiveSessionFactory(
        module=module_of(course, "ky-nang"), status=LiveSession.Status.CANCELLED
    )

    assert panels_for(course, trainee) == []


def test_course_page_leaves_out_other_courses_sessions(course, trainee):
    other = course.get_parent().add_child(
        instance=CoursePage(title="Khác", slug="khac")
    )
    LiveSessionFactory(module=module_of(other, "mo-dun"))

    assert panels_for(course, trainee) == []
