"""The trainee's dashboard: per course, what is missing, and the certificate."""

import pytest
from django.urls import reverse

from assessments.tests.certificate_factories import (
    CertificateFactory,
    CertificationRuleFactory,
    make_module,
)

from . import stand_ins
from .helpers import live_session

pytestmark = pytest.mark.django_db


def home(client):
    return client.get(reverse("home")).content.decode()


def test_trainee_sees_what_is_still_missing(client_for, nhung, monkeypatch):
    rule = CertificationRuleFactory(required_quiz_ids=[5], min_sessions=2)
    session = live_session(make_module(rule.course))
    stand_ins.install(
        monkeypatch,
        records=[
            stand_ins.AttendanceRecord(
                session.pk,
                session.title,
                None,
                session.starts_at,
                "present",
                90,
                90,
                True,
            )
        ],
        quizzes=[(5, "Kiểm tra cuối khoá")],
    )

    html = home(client_for(nhung))

    assert "Cần đạt bài kiểm tra “Kiểm tra cuối khoá”" in html
    assert "Cần tham dự thêm 1 phiên" in html
    assert "Số phiên đã tham dự: 1/1" in html


def test_trainee_with_a_certificate_sees_the_download_and_the_code(client_for, nhung):
    rule = CertificationRuleFactory()
    certificate = CertificateFactory(user=nhung, course=rule.course)

    html = home(client_for(nhung))

    assert reverse("certificates:download", args=[certificate.pk]) in html
    assert reverse("certificates:verify", args=[certificate.code]) in html


def test_no_panel_without_any_rule(client_for, nhung):
    assert 'data-panel="certificates"' not in home(client_for(nhung))


def test_no_panel_for_anonymous_visitors(client):
    CertificationRuleFactory()

    assert 'data-panel="certificates"' not in home(client)


def test_no_panel_for_an_organiser_without_certificates(client_for, organiser):
    CertificationRuleFactory()

    assert 'data-panel="certificates"' not in home(client_for(organiser))


def test_panel_query_count_stays_flat(client_for, nhung, django_assert_max_num_queries):
    for _ in range(3):
        rule = CertificationRuleFactory()
        CertificateFactory(user=nhung, course=rule.course)
    client = client_for(nhung)

    with django_assert_max_num_queries(40):
        home(client)
