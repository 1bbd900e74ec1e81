"""The pages people use, in a real browser under the Content-Security-Policy: nothing
the platform or Wagtail's admin needs is refused."""

import pytest
from django.core.management import call_command

from accounts.demo import DEMO_PASSWORD
from assessments.models import Quiz
from courses.models import CoursePage
from sessions.models import LiveSession

from .conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo():
    call_command("seed_demo", verbosity=0)
    return {
        "course": CoursePage.objects.live().first(),
        "quiz": Quiz.objects.first(),
        "session": LiveSession.objects.first(),
    }


def csp_refusals(page) -> list[str]:
    """Collects the browser's reports of what the policy refused on this page."""
    refused: list[str] = []
    page.on(
        "console",
        lambda message: (
            refused.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    return refused


def visit(page, url: str) -> None:
    page.goto(url)
    page.wait_for_load_state("networkidle")


def test_organiser_pages_and_the_wagtail_admin_run_under_the_policy(
    live_server, new_page, demo
):
    page = new_page()
    refused = csp_refusals(page)
    log_in(page, live_server.url, "organiser@demo.local", DEMO_PASSWORD)
    paths = [
        "/",
        demo["course"].url,
        f"/quizzes/{demo['quiz'].pk}/results/",
        f"/attendance/sessions/{demo['session'].pk}/dashboard/",
        f"/sessions/{demo['session'].pk}/room/",
        "/cms/",
        f"/cms/pages/{demo['course'].pk}/edit/",
    ]

    for path in paths:
        visit(page, f"{live_server.url}{path}")

    assert refused == []


def test_a_trainees_pages_run_under_the_policy(live_server, new_page, demo):
    page = new_page(width=390, height=844)
    refused = csp_refusals(page)
    log_in(page, live_server.url, "trainee@demo.local", DEMO_PASSWORD)

    for path in ["/", demo["course"].url, "/checkin/", "/attendance/me/"]:
        visit(page, f"{live_server.url}{path}")
    page.locator(".menu__toggle").click()

    assert refused == []
