"""In the demo, a trainee who attended the seed session and passed the course's quiz
finds the certificate on the dashboard, downloads it, and opens the public
verification page from its code.

Everything is real: the check-in by the Cao Lộc screen's code, the finalised
attendance, the attempt. The seed rule's quiz is swapped for a one-question quiz of
the same course, so the test need not answer the 22 seed questions and wait for
essays to be graded (tests/browser/test_quiz_attempt.py drives the seed quiz).
"""

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from accounts.demo import DEMO_PASSWORD
from accounts.models import User
from assessments.models import Certificate, CertificationRule
from assessments.services import attempt_start, attempt_submit
from assessments.tests.factories import CategoryFactory, TrueFalseFactory, quiz_with
from sessions import checkin_codes
from sessions.attendance.services import attendance_check_in, attendance_finalise
from sessions.models import SessionEndpoint

from .conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def earned_certificate():
    # Playwright's event loop runs in this thread; the check-in's live-dashboard
    # broadcast (async_to_sync) needs a thread without one.
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_earn_certificate).result()


def _earn_certificate() -> Certificate:
    call_command("seed_demo", verbosity=0)
    trainee = User.objects.get(email="trainee@demo.local")
    rule = CertificationRule.objects.select_related("course").get()
    question = TrueFalseFactory(
        correct_answer=True, category=CategoryFactory(course=rule.course)
    )
    quiz = quiz_with([question], course=rule.course)
    rule.required_quizzes.set([quiz])
    cao_loc = SessionEndpoint.objects.select_related("session").get(
        endpoint__code="cao-loc"
    )
    # The seed schedules the session from the top of the hour; the trainee here
    # arrives five minutes in, whatever the clock says.
    session = cao_loc.session
    session.starts_at = timezone.now() - timedelta(minutes=5)
    session.ends_at = session.starts_at + timedelta(hours=2)
    session.save(update_fields=["starts_at", "ends_at"])

    attendance_check_in(
        user=trainee, code=checkin_codes.current_code(cao_loc.checkin_secret)
    )
    attendance_finalise(session=session, at=session.ends_at)  # once it is over
    attempt = attempt_start(quiz=quiz, user=trainee)
    item = attempt.items.get()
    attempt_submit(attempt=attempt, user=trainee, data={item.prefix: "true"})

    return Certificate.objects.get(user=trainee, course=rule.course)


def test_trainee_downloads_the_certificate_and_verifies_its_code(
    live_server, new_page, earned_certificate, artifacts
):
    page = new_page()
    log_in(page, live_server.url, "trainee@demo.local", DEMO_PASSWORD)

    panel = page.locator("[data-panel=certificates]")
    assert panel.get_by_text(earned_certificate.code).is_visible()
    page.screenshot(path=artifacts / "certificate-dashboard.png", full_page=True)
    with page.expect_download() as download_info:
        panel.locator("[data-action=download-certificate]").click()
    download = download_info.value
    assert download.suggested_filename == f"chung-nhan-{earned_certificate.code}.pdf"
    assert open(download.path(), "rb").read(4) == b"%PDF"

    panel.get_by_text(earned_certificate.code).click()
    page.wait_for_url(
        "**" + reverse("certificates:verify", args=[earned_certificate.code])
    )
    assert page.locator("[data-state=valid]").is_visible()
    assert page.locator("[data-field=name]").inner_text() == "Lương Thị Hồng Nhung"
    page.screenshot(path=artifacts / "certificate-verify.png", full_page=True)
