"""Issuing, revoking and reissuing through the services."""

from types import SimpleNamespace

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from assessments.certificates import services
from assessments.models import Certificate, CertificateEvent
from assessments.tests.certificate_factories import (
    CertificateFactory,
    CertificationRuleFactory,
)

from .helpers import failed_quiz, passed_quiz, use_facts

pytestmark = pytest.mark.django_db


@pytest.fixture
def rule():
    return CertificationRuleFactory(required_quiz_ids=[1], validity_months=24)


def test_earned_rule_issues_a_certificate_with_its_basis(
    rule, nhung, monkeypatch, django_capture_on_commit_callbacks
):
    use_facts(monkeypatch, passed_quiz())

    with django_capture_on_commit_callbacks(execute=True):
        certificate = services.certificate_issue_if_earned(
            user=nhung, course=rule.course
        )

    assert certificate.full_name == "Nguyễn Thị Hồng Nhung"
    assert certificate.basis["quizzes"][0]["score_percent"] == 90.0
    assert certificate.basis["sessions_attended"] == 1
    assert certificate.expires_at.year == certificate.issued_at.year + 2


def test_issued_certificate_is_rendered_and_emailed_with_the_links(
    rule, nhung, monkeypatch, django_capture_on_commit_callbacks, settings
):
    use_facts(monkeypatch, passed_quiz())

    with django_capture_on_commit_callbacks(execute=True):
        certificate = services.certificate_issue_if_earned(
            user=nhung, course=rule.course
        )

    certificate.refresh_from_db()
    assert certificate.pdf.name.startswith("certificates/")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["nhung@example.vn"]
    assert f"{settings.SITE_URL}/verify/{certificate.code}/" in mail.outbox[0].body
    assert f"/certificates/{certificate.pk}/pdf/" in mail.outbox[0].body


def test_missing_requirement_issues_nothing(rule, nhung, monkeypatch):
    use_facts(monkeypatch, failed_quiz())

    assert services.certificate_issue_if_earned(user=nhung, course=rule.course) is None
    assert not Certificate.objects.exists()


def test_inactive_rule_issues_nothing(nhung, monkeypatch):
    rule = CertificationRuleFactory(required_quiz_ids=[1], is_active=False)
    use_facts(monkeypatch, passed_quiz())

    assert services.certificate_issue_if_earned(user=nhung, course=rule.course) is None


def test_second_evaluation_issues_no_second_certificate(rule, nhung, monkeypatch):
    use_facts(monkeypatch, passed_quiz())

    services.certificate_issue_if_earned(user=nhung, course=rule.course)
    again = services.certificate_issue_if_earned(user=nhung, course=rule.course)

    assert again is None
    assert Certificate.objects.filter(user=nhung).count() == 1


def test_database_refuses_a_second_live_certificate(certificate):
    with pytest.raises(IntegrityError):
        CertificateFactory(user=certificate.user, course=certificate.course)


def test_attempt_finalised_evaluates_the_rules_naming_the_quiz(
    rule, nhung, monkeypatch
):
    from assessments.signals import attempt_finalised

    use_facts(monkeypatch, passed_quiz())

    attempt_finalised.send(sender=None, attempt=SimpleNamespace(quiz_id=1, user=nhung))

    assert Certificate.objects.filter(user=nhung, course=rule.course).exists()


def test_attempt_of_another_quiz_issues_nothing(rule, nhung, monkeypatch):
    from assessments.signals import attempt_finalised

    use_facts(monkeypatch, passed_quiz())

    attempt_finalised.send(sender=None, attempt=SimpleNamespace(quiz_id=99, user=nhung))

    assert not Certificate.objects.exists()


def test_manual_issue_keeps_the_reason_and_who(rule, nhung, organiser):
    certificate = services.certificate_issue_manually(
        user=nhung, course=rule.course, reason="Học bù có xác nhận", by=organiser
    )

    assert certificate.method == Certificate.Method.MANUAL
    assert certificate.reason == "Học bù có xác nhận"
    assert certificate.events.get().by == organiser


def test_manual_issue_needs_a_reason(rule, nhung, organiser):
    with pytest.raises(ValidationError):
        services.certificate_issue_manually(
            user=nhung, course=rule.course, reason=" ", by=organiser
        )


def test_manual_issue_refuses_a_second_live_certificate(certificate, organiser):
    with pytest.raises(ValidationError):
        services.certificate_issue_manually(
            user=certificate.user,
            course=certificate.course,
            reason="Cấp lại",
            by=organiser,
        )


def test_revoke_records_date_reason_and_history(certificate, organiser):
    services.certificate_revoke(
        certificate=certificate, reason="Gian lận khi làm bài", by=organiser
    )

    certificate.refresh_from_db()
    assert certificate.revoked_at is not None
    assert certificate.revoked_reason == "Gian lận khi làm bài"
    assert certificate.events.filter(kind=CertificateEvent.Kind.REVOKED).exists()


def test_revoked_certificate_allows_a_new_one(certificate, organiser):
    services.certificate_revoke(certificate=certificate, reason="Sai", by=organiser)

    again = services.certificate_issue_manually(
        user=certificate.user, course=certificate.course, reason="Cấp mới", by=organiser
    )

    assert again.code != certificate.code


def test_reissue_keeping_the_code_prints_the_corrected_name(certificate, organiser):
    user = certificate.user
    user.full_name = "Nguyễn Thị Hồng Nhung (sửa)"
    user.save()

    reissued = services.certificate_reissue(
        certificate=certificate, keep_code=True, reason="Sửa tên", by=organiser
    )

    assert reissued.pk == certificate.pk
    assert reissued.code == certificate.code
    assert reissued.full_name == "Nguyễn Thị Hồng Nhung (sửa)"
    event = reissued.events.get(kind=CertificateEvent.Kind.REISSUED)
    assert event.before["full_name"] == "Nguyễn Thị Hồng Nhung"


def test_reissue_with_a_new_code_revokes_the_old_one(certificate, organiser):
    reissued = services.certificate_reissue(
        certificate=certificate, keep_code=False, reason="Sửa tên", by=organiser
    )

    certificate.refresh_from_db()
    assert reissued.code != certificate.code
    assert reissued.replaces == certificate
    assert certificate.revoked_at is not None
    assert Certificate.objects.live().filter(user=certificate.user).get() == reissued
