"""A trainee who earned the certificate finds it on the dashboard, downloads it, and
opens the public verification page from its code.

Until the quizzes and attendance parts are merged, the trainee's quiz result and
attendance come from the test stand-ins for the cross-app selectors; after the merge,
replace ``earned_facts`` with the seed session's final attendance and a passed attempt
at the seed quiz (the issue's full scenario).
"""

import pytest
from django.core.management import call_command
from django.urls import reverse

from accounts.demo import DEMO_PASSWORD
from accounts.models import User
from assessments.certificates.services import certificate_issue_if_earned
from assessments.tests.certificate_factories import (
    CertificationRuleFactory,
    make_module,
)

from ..assessments.certificates import stand_ins
from ..assessments.certificates.helpers import live_session
from .conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def earned_certificate(monkeypatch):
    call_command("seed_demo", verbosity=0)
    trainee = User.objects.get(email="trainee@demo.local")
    rule = CertificationRuleFactory(required_quiz_ids=[1], min_sessions=1)
    session = live_session(make_module(rule.course))
    record = stand_ins.AttendanceRecord(
        session.pk, session.title, None, session.starts_at, "present", 90, 90, True
    )
    stand_ins.install(
        monkeypatch,
        records=[record],
        quizzes=[(1, "Kiểm tra cuối khoá")],
        results={
            trainee.pk: {
                1: stand_ins.QuizResult(1, "Kiểm tra cuối khoá", 90.0, True, True, 1)
            }
        },
    )
    certificate = certificate_issue_if_earned(user=trainee, course=rule.course)
    assert certificate is not None
    return certificate


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
