"""The dashboard panel that shows lecturers and organisers the modules to review."""

from datetime import timedelta

import pytest
from django.test import RequestFactory
from django.urls import reverse
from wagtail.models import Page

from courses import currency
from courses.tests.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    ModulePageFactory,
)
from courses.wagtail_hooks import modules_due_for_review_panel

pytestmark = pytest.mark.django_db

LAPSED = [
    {
        "type": "legal_basis",
        "value": {
            "title": "Luật Báo chí",
            "number": "103/2016/QH13",
            "issued_on": "2016-04-05",
            "effective_from": "2017-01-01",
            "effective_until": "2026-06-30",
        },
    }
]


@pytest.fixture
def courses(lecturer):
    index = CourseIndexPageFactory(parent=Page.get_first_root_node())
    mine = CoursePageFactory(parent=index)
    mine.lecturers.add(lecturer)
    mine.save()
    theirs = CoursePageFactory(parent=index)
    return {
        "mine_stale": ModulePageFactory(
            parent=mine, title="Chuyên đề cũ của tôi", legal_bases=LAPSED
        ),
        "mine_current": ModulePageFactory(
            parent=mine,
            title="Chuyên đề mới của tôi",
            legal_bases=[
                {
                    "type": "legal_basis",
                    "value": {
                        "title": "Luật Báo chí",
                        "number": "126/2025/QH15",
                        "issued_on": "2025-12-10",
                        "effective_from": "2026-07-01",
                    },
                }
            ],
            last_reviewed_on=currency.local_today() - timedelta(days=10),
        ),
        "theirs_stale": ModulePageFactory(parent=theirs, title="Chuyên đề khác"),
    }


def panel_for(user):
    request = RequestFactory().get("/")
    request.user = user
    return modules_due_for_review_panel(request)


def titles(panel) -> set[str]:
    return {item.module.title for item in panel.context["items"]}


def test_anonymous_visitors_get_no_review_panel(courses):
    from django.contrib.auth.models import AnonymousUser

    assert panel_for(AnonymousUser()) is None


def test_trainees_get_no_review_panel(courses, trainee):
    assert panel_for(trainee) is None


def test_site_coordinators_get_no_review_panel(courses, coordinator):
    assert panel_for(coordinator) is None


def test_a_lecturer_sees_only_their_own_courses_modules_due(courses, lecturer):
    assert titles(panel_for(lecturer)) == {"Chuyên đề cũ của tôi"}


def test_an_organiser_sees_every_module_due(courses, organiser):
    assert titles(panel_for(organiser)) == {"Chuyên đề cũ của tôi", "Chuyên đề khác"}


def test_the_panel_names_the_lapsed_text_and_links_to_the_editor(courses, lecturer):
    panel = panel_for(lecturer)
    request = RequestFactory().get("/")
    request.user = lecturer

    html = panel.render(request)

    assert "103/2016/QH13" in html and "30/06/2026" in html
    edit_url = reverse("wagtailadmin_pages:edit", args=[courses["mine_stale"].pk])
    assert edit_url in html


def test_the_home_page_shows_the_panel_to_a_lecturer_only(
    courses, client, lecturer, trainee
):
    client.force_login(lecturer)
    assert "Chuyên đề cũ của tôi" in client.get(reverse("home")).content.decode()

    client.force_login(trainee)
    assert "modules-due-for-review" not in client.get(reverse("home")).content.decode()
