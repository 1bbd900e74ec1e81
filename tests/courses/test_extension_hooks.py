"""Other apps add to course pages and the report; courses imports none of them."""

import pytest
from wagtail import hooks

from accounts.models import User
from accounts.panels import COURSE_PAGE, MODULE_PAGE, Panel
from accounts.tests.factories import UserFactory
from courses.selectors import REPORT_FILTERS_HOOK, ReportFilter
from courses.services import enrolment_create

pytestmark = pytest.mark.django_db


def test_the_course_page_renders_contributed_panels(client_for, course):
    def upcoming_sessions(page, request):
        return Panel("courses/includes/search_form.html", {"action": "/hook-course/"})

    with hooks.register_temporarily(COURSE_PAGE, upcoming_sessions):
        page = client_for(None).get(course.url).content.decode()

    assert 'action="/hook-course/"' in page


def test_the_module_page_renders_contributed_panels(client_for, module):
    def module_quiz(page, request):
        return Panel("courses/includes/search_form.html", {"action": "/hook-module/"})

    with hooks.register_temporarily(MODULE_PAGE, module_quiz):
        page = client_for(None).get(module.url).content.decode()

    assert 'action="/hook-module/"' in page


def test_a_contributed_report_filter_narrows_the_report(client_for, organiser, course):
    kept = UserFactory(full_name="Người ở điểm cầu Cao Lộc")
    UserFactory(full_name="Người ở nơi khác")
    for user in User.objects.exclude(pk=organiser.pk):
        enrolment_create(user=user, course=course)

    def endpoint_filter(course_page):
        return ReportFilter(
            key="hook_site",
            label="Điểm cầu (thử)",
            choices=[("cao-loc", "Huyện Cao Lộc")],
            user_ids=lambda value: User.objects.filter(pk=kept.pk).values("pk"),
        )

    with hooks.register_temporarily(REPORT_FILTERS_HOOK, endpoint_filter):
        page = (
            client_for(organiser)
            .get(course.url + "report/", {"hook_site": "cao-loc"})
            .content.decode()
        )

    assert "Người ở điểm cầu Cao Lộc" in page
    assert "Người ở nơi khác" not in page
