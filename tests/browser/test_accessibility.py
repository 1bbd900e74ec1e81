"""axe-core on the pages each role uses, at 1280 px and 360 px: no serious or critical
violation anywhere.

The demo data is real: the trainee has checked in at Cao Lộc (so /attendance/me/ and
the session report have rows), has an attempt open on the seed quiz and another one
submitted (so the results tables have rows), and holds a certificate to verify. The
first page after logging in shows the "signed in" flash message.
"""

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from accounts.demo import DEMO_PASSWORD
from accounts.models import User
from assessments.models import Quiz
from assessments.services import attempt_start, attempt_submit
from assessments.tests.certificate_factories import CertificateFactory
from courses.models import CoursePage, ModulePage
from sessions import checkin_codes
from sessions.attendance.services import attendance_check_in
from sessions.models import SessionEndpoint

from .axe import blocking_violations, require_axe
from .conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTHS = (1280, 360)


@dataclass(frozen=True)
class Demo:
    course_url: str
    module_url: str
    module_edit_url: str
    attempt_url: str
    my_results_url: str
    quiz_results_url: str
    dashboard_url: str
    roster_url: str
    report_url: str
    verify_url: str
    live_url: str
    polls_url: str
    polls_manage_url: str
    expected_url: str = ""


@pytest.fixture
def demo():
    # The check-in broadcasts to the live dashboard through async_to_sync, which
    # needs a thread without Playwright's event loop.
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_demo).result()


def _demo() -> Demo:
    call_command("seed_demo", verbosity=0)
    trainee = User.objects.get(email="trainee@demo.local")
    cao_loc = SessionEndpoint.objects.select_related("session").get(
        endpoint__code="cao-loc"
    )
    session = cao_loc.session
    session.starts_at = timezone.now() - timedelta(minutes=5)
    session.ends_at = session.starts_at + timedelta(hours=2)
    session.save(update_fields=["starts_at", "ends_at"])
    attendance_check_in(
        user=trainee, code=checkin_codes.current_code(cao_loc.checkin_secret)
    )

    quiz = Quiz.objects.first()
    submitted = attempt_start(quiz=quiz, user=trainee)
    attempt_submit(attempt=submitted, user=trainee, data={})
    attempt = attempt_start(quiz=quiz, user=trainee)

    course = CoursePage.objects.live().first()
    module = ModulePage.objects.live().first()
    certificate = CertificateFactory(user=trainee, course=course)
    return Demo(
        course_url=course.url,
        module_url=module.url,
        module_edit_url=reverse("wagtailadmin_pages:edit", args=[module.pk]),
        attempt_url=reverse("assessments:attempt", args=[attempt.pk]),
        my_results_url=reverse("assessments:mine"),
        quiz_results_url=reverse("assessments:results", args=[quiz.pk]),
        dashboard_url=reverse(
            "attendance-dashboard", kwargs={"session_id": session.pk}
        ),
        roster_url=reverse(
            "attendance-roster",
            kwargs={"session_id": session.pk, "endpoint_id": cao_loc.endpoint_id},
        ),
        report_url=reverse(
            "attendance-session-report", kwargs={"session_id": session.pk}
        ),
        verify_url=reverse("certificates:verify", args=[certificate.code]),
        live_url=reverse("sessions:live", args=[session.pk]),
        polls_url=reverse("polls:session", kwargs={"pk": session.pk}),
        polls_manage_url=reverse("polls:manage", kwargs={"pk": session.pk}),
        expected_url=reverse("attendance-expected", kwargs={"session_id": session.pk}),
    )


def violations_on(page, base_url: str, paths: list[str], axe) -> list[str]:
    """Visit each path in turn (the current page first) and collect what axe finds."""
    found = [f"{page.url} {v}" for v in blocking_violations(page, axe)]
    for path in paths:
        page.goto(f"{base_url}{path}")
        page.wait_for_load_state("load")
        found += [f"{path} {v}" for v in blocking_violations(page, axe)]
    return found


@pytest.mark.parametrize("width", WIDTHS)
def test_trainee_pages_have_no_serious_violation(live_server, new_page, demo, width):
    axe = require_axe()
    page = new_page(width=width)
    log_in(page, live_server.url, "trainee@demo.local", DEMO_PASSWORD)
    assert page.locator(".messages li").count() >= 1  # the flash message is checked

    found = violations_on(
        page,
        live_server.url,
        [
            demo.course_url,
            demo.module_url,
            reverse("checkin"),
            reverse("attendance-mine"),
            demo.attempt_url,
            demo.my_results_url,
            demo.live_url,
            demo.polls_url,
        ],
        axe,
    )

    assert found == []


@pytest.mark.parametrize("width", WIDTHS)
def test_organiser_pages_have_no_serious_violation(live_server, new_page, demo, width):
    axe = require_axe()
    page = new_page(width=width)
    log_in(page, live_server.url, "organiser@demo.local", DEMO_PASSWORD)

    found = violations_on(
        page,
        live_server.url,
        # The CMS editor first: its background requests (Wagtail's editing pings)
        # are long answered when the test ends and the database is flushed.
        [
            demo.module_edit_url,
            demo.dashboard_url,
            demo.roster_url,
            demo.report_url,
            demo.expected_url,
            demo.quiz_results_url,
            demo.live_url,
            demo.polls_manage_url,
        ],
        axe,
    )

    assert found == []


@pytest.mark.parametrize("width", WIDTHS)
def test_public_pages_have_no_serious_violation(live_server, new_page, demo, width):
    axe = require_axe()
    page = new_page(width=width)
    page.goto(f"{live_server.url}{reverse('account_login')}")

    found = violations_on(page, live_server.url, [demo.verify_url, "/"], axe)

    assert found == []
