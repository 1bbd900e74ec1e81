"""The course page says what earns the certificate, and where the viewer stands."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory

from accounts.panels import COURSE_PAGE, collect_panels
from assessments.tests.certificate_factories import (
    CertificateFactory,
    CertificationRuleFactory,
    make_course,
)

from . import stand_ins

pytestmark = pytest.mark.django_db


def course_panel_html(course, user) -> str:
    request = RequestFactory().get("/")
    request.user = user
    panels = collect_panels(COURSE_PAGE, course, request=request)
    return "".join(panel.render(request) for panel in panels)


def test_a_course_without_a_rule_has_no_certificate_panel():
    html = course_panel_html(make_course(), AnonymousUser())

    assert "course-certificate" not in html


def test_an_anonymous_visitor_reads_the_conditions(monkeypatch):
    rule = CertificationRuleFactory(required_quiz_ids=[5], min_sessions=2)
    stand_ins.install(monkeypatch, quizzes=[(5, "Kiểm tra cuối khoá")])

    html = course_panel_html(rule.course, AnonymousUser())

    assert f"Cần đạt bài kiểm tra “{rule.required_quizzes.get().title}”" in html
    assert "Tham dự ít nhất 2 phiên trực tuyến" in html
    assert "data-missing" not in html


@pytest.mark.parametrize(
    ("counts", "says"),
    [
        (True, "mất kết nối video được tính là số phút có mặt"),
        (False, "mất kết nối video không được tính là số phút có mặt"),
    ],
)
def test_the_conditions_say_whether_a_sites_outage_minutes_count(
    monkeypatch, counts, says
):
    rule = CertificationRuleFactory(min_minutes_percent=75)
    rule.outage_minutes_count = counts
    rule.save()
    stand_ins.install(monkeypatch)

    html = course_panel_html(rule.course, AnonymousUser())

    assert says in html


def test_a_trainee_sees_what_is_still_missing(monkeypatch, nhung):
    rule = CertificationRuleFactory(required_quiz_ids=[5])
    stand_ins.install(monkeypatch, quizzes=[(5, "Kiểm tra cuối khoá")])

    html = course_panel_html(rule.course, nhung)

    assert "data-missing" in html


def test_a_certified_trainee_gets_the_download_link(monkeypatch, nhung):
    rule = CertificationRuleFactory(required_quiz_ids=[5])
    certificate = CertificateFactory(user=nhung, course=rule.course)

    html = course_panel_html(rule.course, nhung)

    assert f"/certificates/{certificate.pk}/pdf/" in html
