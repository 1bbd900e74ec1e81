"""Essay grades and certificate events reach their trainee, unless turned off."""

from decimal import Decimal

from django.core import mail

from assessments import services
from assessments.certificates.notify import notice_send
from assessments.models import CertificateEvent
from assessments.tests.certificate_factories import (
    CertificateFactory,
    CertificationRuleFactory,
)
from assessments.tests.factories import EssayFactory, quiz_with
from notices.models import NoticePreference

from .mailbox import parts, subject


def _submitted_essay(trainee):
    quiz = quiz_with([EssayFactory(points=Decimal("5"))], title="Kiểm tra cuối khóa")
    attempt = services.attempt_submit(
        attempt=services.attempt_start(quiz=quiz, user=trainee), user=trainee
    )
    return attempt.items.get()


def test_a_graded_essay_emails_the_trainee_the_score_and_feedback(
    trainee, lecturer, smtp_inbox, django_capture_on_commit_callbacks
):
    item = _submitted_essay(trainee)

    with django_capture_on_commit_callbacks(execute=True):
        services.essay_grade(
            item=item, grader=lecturer, score=Decimal("4"), feedback="Lập luận <tốt>"
        )

    (message,) = smtp_inbox.to(trainee.email)
    assert subject(message) == "Bài làm của bạn trong “Kiểm tra cuối khóa” đã được chấm"
    text, html = parts(message)
    assert "4,00 trên 5,00 điểm" in text  # Vietnamese decimal comma
    assert "Lập luận <tốt>" in text
    assert "Lập luận &lt;tốt&gt;" in html  # the lecturer's words escaped in HTML
    assert f"/quizzes/attempts/{item.attempt_id}/review/" in text


def test_a_trainee_who_turned_grade_notices_off_gets_none(
    trainee, lecturer, smtp_inbox, django_capture_on_commit_callbacks
):
    NoticePreference.objects.create(user=trainee, essay_graded=False)
    item = _submitted_essay(trainee)

    with django_capture_on_commit_callbacks(execute=True):
        services.essay_grade(item=item, grader=lecturer, score=Decimal("4"))

    assert smtp_inbox.messages == []


def _revocation(user) -> CertificateEvent:
    rule = CertificationRuleFactory()
    certificate = CertificateFactory(user=user, course=rule.course)
    return CertificateEvent.objects.create(
        certificate=certificate, kind=CertificateEvent.Kind.REVOKED
    )


def test_a_certificate_notice_goes_the_same_way_with_the_preferences_link(
    trainee, smtp_inbox
):
    event = _revocation(trainee)

    assert notice_send(event=event) is True

    (message,) = smtp_inbox.to(trainee.email)
    text, html = parts(message)
    assert "đã bị thu hồi" in subject(message)
    assert "/profile/notices/" in text and "/profile/notices/" in html


def test_a_holder_who_turned_certificate_notices_off_is_not_told_of_a_revocation(
    trainee,
):
    NoticePreference.objects.create(user=trainee, certificate=False)

    assert notice_send(event=_revocation(trainee)) is False
    assert mail.outbox == []
