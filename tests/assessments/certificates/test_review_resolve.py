"""An organiser resolves a certificate under review: keep it with a note, or revoke it
with a reason. Every other role (and anonymous) is refused, and nothing changes."""

import json

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from assessments.certificates.review import (
    certificate_recheck,
    certificate_review_keep,
)
from assessments.models import Certificate, CertificateEvent

from .helpers import failed_quiz, use_facts

pytestmark = pytest.mark.django_db


@pytest.fixture
def under_review(certificate, monkeypatch, django_capture_on_commit_callbacks):
    """Nhung's certificate, after her quiz result dropped below the mark."""
    certificate.course.certification_rule.required_quizzes.add(
        _quiz(certificate.course)
    )
    use_facts(monkeypatch, failed_quiz(quiz_id=_quiz(certificate.course).pk))
    with django_capture_on_commit_callbacks(execute=True):
        certificate_recheck(certificate=certificate, reason="Chấm lại câu 3")
    certificate.refresh_from_db()
    assert certificate.is_under_review
    mail.outbox.clear()
    return certificate


def _quiz(course):
    from assessments.models import Quiz
    from assessments.tests.factories import QuizFactory

    return Quiz.objects.filter(course=course).first() or QuizFactory(course=course)


def manage(certificate) -> str:
    return reverse("certificates:manage", args=[certificate.pk])


KEEP = {"keep": "1", "keep-note": "Đã dự đủ buổi, bài kiểm tra được miễn"}
REVOKE = {"revoke": "1", "revoke-reason": "Không đạt bài kiểm tra sau khi chấm lại"}


def test_organiser_sees_what_changed_and_what_is_missing(
    client_for, organiser, under_review
):
    html = client_for(organiser).get(manage(under_review)).content.decode()

    assert "data-review" in html
    assert "Chấm lại câu 3" in html
    assert "Cần đạt bài kiểm tra" in html


def test_organiser_keeps_the_certificate_with_a_note(
    client_for, organiser, under_review, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(organiser).post(manage(under_review), KEEP)

    under_review.refresh_from_db()
    assert response.status_code == 302
    assert under_review.state() == Certificate.State.VALID
    kept = under_review.events.get(kind=CertificateEvent.Kind.KEPT)
    assert (kept.by, kept.reason) == (organiser, KEEP["keep-note"])
    assert "vẫn có hiệu lực" in mail.outbox[0].subject


def test_organiser_revokes_with_a_reason_and_the_holder_is_told(
    client_for, organiser, under_review, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(organiser).post(manage(under_review), REVOKE)

    under_review.refresh_from_db()
    assert response.status_code == 302
    assert under_review.state() == Certificate.State.REVOKED
    assert under_review.revoked_reason == REVOKE["revoke-reason"]
    (message,) = mail.outbox
    assert "đã bị thu hồi" in message.subject
    assert REVOKE["revoke-reason"] in message.body


def test_keeping_without_a_note_is_refused_and_changes_nothing(
    client_for, organiser, under_review
):
    response = client_for(organiser).post(
        manage(under_review), {"keep": "1", "keep-note": "  "}
    )

    under_review.refresh_from_db()
    assert response.status_code == 200
    assert under_review.is_under_review
    assert "errorlist" in response.content.decode() or "error" in (
        response.content.decode()
    )


@pytest.mark.parametrize("who", ["trainee", "lecturer", "coordinator", "nhung"])
@pytest.mark.parametrize("data", [KEEP, REVOKE], ids=["keep", "revoke"])
def test_other_roles_may_not_resolve(client_for, under_review, who, data, request):
    """The holder herself included."""
    response = client_for(request.getfixturevalue(who)).post(manage(under_review), data)

    under_review.refresh_from_db()
    assert response.status_code == 403
    assert under_review.state() == Certificate.State.UNDER_REVIEW


@pytest.mark.parametrize("data", [KEEP, REVOKE], ids=["keep", "revoke"])
def test_anonymous_is_sent_to_log_in_and_nothing_changes(
    client_for, under_review, data
):
    response = client_for(None).post(manage(under_review), data)

    under_review.refresh_from_db()
    assert response.status_code == 302
    assert reverse("account_login") in response.url
    assert under_review.state() == Certificate.State.UNDER_REVIEW


def test_kept_certificate_stays_valid_while_the_evidence_is_the_same(
    organiser, under_review
):
    certificate_review_keep(certificate=under_review, note="Miễn", by=organiser)

    event = certificate_recheck(certificate=under_review, reason="Chấm lại lần nữa")

    under_review.refresh_from_db()
    assert event is None
    assert under_review.state() == Certificate.State.VALID


def test_keeping_a_certificate_not_under_review_is_refused(organiser, certificate):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        certificate_review_keep(certificate=certificate, note="x", by=organiser)


def test_course_list_shows_certificates_under_review(
    client_for, organiser, under_review
):
    html = client_for(organiser).get(reverse("certificates:courses")).content.decode()

    assert "data-under-review" in html
    assert under_review.full_name in html


def test_under_review_shows_on_the_course_page_and_the_verify_page(
    client_for, organiser, under_review, client
):
    course_html = (
        client_for(organiser)
        .get(reverse("certificates:course", args=[under_review.course_id]))
        .content.decode()
    )
    verify_html = client.get(
        reverse("certificates:verify", args=[under_review.code])
    ).content.decode()

    assert 'data-state="under_review"' in course_html
    assert "Đang xem xét lại" in course_html
    assert "hiện không có hiệu lực" in verify_html
    assert timezone.localtime(under_review.issued_at).strftime("%d/%m/%Y") in (
        verify_html
    )


def test_holders_dashboard_says_the_certificate_is_under_review(
    client_for, under_review
):
    html = client_for(under_review.user).get(reverse("home")).content.decode()

    assert 'data-state="under_review"' in html


def test_cms_menu_leads_organisers_to_the_certificates_waiting(
    client_for, organiser, lecturer, under_review
):
    organiser_html = client_for(organiser).get("/cms/").content.decode()
    lecturer_html = client_for(lecturer).get("/cms/").content.decode()

    link = reverse("certificates:courses")
    assert link in organiser_html
    label = "Giấy chứng nhận (1)"
    assert label in organiser_html or json.dumps(label)[1:-1] in organiser_html
    assert link not in lecturer_html


def test_course_list_lists_certificates_under_review_once_in_the_page_body(
    client_for, organiser, under_review
):
    html = client_for(organiser).get(reverse("certificates:courses")).content.decode()
    head, body = html.split("</head>", 1)

    assert "data-under-review" not in head
    assert body.count("data-under-review") == 1
