"""Certificates follow their evidence, with the real quiz and attendance parts: a
regrade, a lecturer's grade or corrected attendance re-evaluates the certificate at
once, and every change is in its history with who and why."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from assessments.certificates.review import certificate_recheck
from assessments.models import Certificate, CertificateEvent, CertificationRule
from assessments.services import (
    attempt_start,
    attempt_submit,
    essay_grade,
    question_regrade,
)
from assessments.signals import attempt_result_changed
from assessments.tests.factories import EssayFactory, TrueFalseFactory, quiz_with
from sessions.attendance.services import (
    attendance_finalise,
    attendance_mark,
    attendance_reopen,
)
from sessions.tests.factories import AttendanceFactory, LiveSessionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def selectors():
    """The real cross-app selectors, not the stand-ins of conftest.py."""


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run what waits for the commit (signals, tasks, emails) as it would run."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run


@pytest.fixture
def nhung(db):
    return UserFactory(
        role=Role.TRAINEE,
        email="nhung@example.vn",
        full_name="Nguyễn Thị Hồng Nhung",
    )


@pytest.fixture
def true_false_course():
    """A course whose rule is one quiz of one true/false question (true is right)."""
    question = TrueFalseFactory(correct_answer=True)
    quiz = quiz_with([question])
    rule = CertificationRule.objects.create(course=quiz.course)
    rule.required_quizzes.add(quiz)
    return quiz, question


def answer(user, quiz, question, value: str, commit):
    with commit():
        attempt = attempt_start(quiz=quiz, user=user)
        item = attempt.items.get(question=question)
        attempt_submit(attempt=attempt, user=user, data={item.prefix: value})
    return attempt


def fix_key(question, correct: bool, *, by, commit) -> None:
    """A lecturer corrects the key and regrades the answers already given."""
    question.correct_answer = correct
    question.save()
    with commit():
        question_regrade(question=question, by=by)


def verify_state(client, certificate) -> str:
    html = client.get(reverse("certificates:verify", args=[certificate.code]))
    return html.content.decode()


# Regrades


def test_regrade_below_the_mark_puts_the_certificate_under_review(
    nhung, true_false_course, lecturer, commit, client
):
    quiz, question = true_false_course
    answer(nhung, quiz, question, "true", commit)
    certificate = Certificate.objects.get(user=nhung)

    fix_key(question, False, by=lecturer, commit=commit)

    certificate.refresh_from_db()
    assert certificate.state() == Certificate.State.UNDER_REVIEW
    html = verify_state(client, certificate)
    assert 'data-state="under_review"' in html
    assert 'data-state="valid"' not in html
    assert "không có hiệu lực" in html


def test_regrade_below_the_mark_is_recorded_with_who_and_why(
    nhung, true_false_course, lecturer, commit
):
    quiz, question = true_false_course
    answer(nhung, quiz, question, "true", commit)

    fix_key(question, False, by=lecturer, commit=commit)

    event = CertificateEvent.objects.get(kind=CertificateEvent.Kind.UNDER_REVIEW)
    assert event.by == lecturer
    assert str(question) in event.reason
    assert event.evidence["missing"] == [f"Cần đạt bài kiểm tra “{quiz.title}”"]
    assert event.evidence["basis"]["quizzes"][0]["passed"] is False


def test_regrade_that_lifts_a_fail_issues_the_certificate(
    nhung, true_false_course, lecturer, commit, client
):
    quiz, question = true_false_course
    answer(nhung, quiz, question, "false", commit)
    assert not Certificate.objects.filter(user=nhung).exists()

    fix_key(question, False, by=lecturer, commit=commit)

    certificate = Certificate.objects.get(user=nhung)
    assert certificate.state() == Certificate.State.VALID
    assert 'data-state="valid"' in verify_state(client, certificate)
    issued = certificate.events.get(kind=CertificateEvent.Kind.ISSUED)
    assert issued.by == lecturer
    assert str(question) in issued.reason


def test_regrade_back_above_the_mark_makes_the_certificate_valid_again(
    nhung, true_false_course, lecturer, commit
):
    quiz, question = true_false_course
    answer(nhung, quiz, question, "true", commit)
    fix_key(question, False, by=lecturer, commit=commit)

    fix_key(question, True, by=lecturer, commit=commit)

    certificate = Certificate.objects.get(user=nhung)
    assert certificate.state() == Certificate.State.VALID
    kinds = list(certificate.events.values_list("kind", flat=True))
    assert kinds[-2:] == [
        CertificateEvent.Kind.UNDER_REVIEW,
        CertificateEvent.Kind.RESTORED,
    ]


def test_regrade_that_changes_nothing_records_nothing(
    nhung, true_false_course, lecturer, commit
):
    quiz, question = true_false_course
    answer(nhung, quiz, question, "true", commit)
    before = CertificateEvent.objects.count()

    fix_key(question, True, by=lecturer, commit=commit)

    assert CertificateEvent.objects.count() == before


def test_certificate_issued_by_hand_is_not_put_under_review(
    nhung, true_false_course, lecturer, organiser, commit
):
    from assessments.certificates.services import certificate_issue_manually

    quiz, question = true_false_course
    answer(nhung, quiz, question, "false", commit)
    certificate = certificate_issue_manually(
        user=nhung, course=quiz.course, reason="Quyết định của BTC", by=organiser
    )

    fix_key(question, True, by=lecturer, commit=commit)
    fix_key(question, False, by=lecturer, commit=commit)

    certificate.refresh_from_db()
    assert certificate.state() == Certificate.State.VALID


def test_attempt_reopened_puts_the_certificate_under_review(
    nhung, true_false_course, lecturer, commit
):
    """The contract with the attempt services: a reopened attempt no longer counts."""
    quiz, question = true_false_course
    attempt = answer(nhung, quiz, question, "true", commit)
    attempt.state = attempt.State.IN_PROGRESS
    attempt.finalised_at = None
    attempt.save()

    attempt_result_changed.send(
        sender=type(attempt), attempt=attempt, by=lecturer, reason="Mở lại bài làm"
    )

    event = CertificateEvent.objects.get(kind=CertificateEvent.Kind.UNDER_REVIEW)
    assert (event.by, event.reason) == (lecturer, "Mở lại bài làm")


# A lecturer's grade


@pytest.fixture
def essay_course():
    question = EssayFactory(points=Decimal("10"))
    quiz = quiz_with([question])
    rule = CertificationRule.objects.create(course=quiz.course)
    rule.required_quizzes.add(quiz)
    return quiz, question


def submitted_essay(user, quiz, question, commit):
    with commit():
        attempt = attempt_start(quiz=quiz, user=user)
        item = attempt.items.get(question=question)
        attempt_submit(
            attempt=attempt,
            user=user,
            data={item.prefix: "Người phát ngôn cần trả lời đúng sự thật."},
        )
    return item


def test_lecturers_grade_above_the_mark_issues_the_certificate(
    nhung, essay_course, lecturer, commit
):
    quiz, question = essay_course
    item = submitted_essay(nhung, quiz, question, commit)

    with commit():
        essay_grade(item=item, grader=lecturer, score=Decimal("8"))

    assert Certificate.objects.get(user=nhung).state() == Certificate.State.VALID


def test_lecturers_lower_grade_puts_the_certificate_under_review(
    nhung, essay_course, lecturer, commit
):
    quiz, question = essay_course
    item = submitted_essay(nhung, quiz, question, commit)
    with commit():
        essay_grade(item=item, grader=lecturer, score=Decimal("8"))

    with commit():
        essay_grade(item=item, grader=lecturer, score=Decimal("2"))

    certificate = Certificate.objects.get(user=nhung)
    assert certificate.state() == Certificate.State.UNDER_REVIEW
    event = certificate.events.get(kind=CertificateEvent.Kind.UNDER_REVIEW)
    assert event.by == lecturer
    assert event.reason == "Một câu trả lời đã được chấm lại."


# Attendance


@pytest.fixture
def attended_course(nhung, commit):
    """A course whose rule is one session attended; Nhung checked in; final."""
    from assessments.tests.certificate_factories import make_course, make_module

    course = make_course()
    start = timezone.now().replace(microsecond=0) - timedelta(hours=3)
    session = LiveSessionFactory(
        module=make_module(course),
        starts_at=start,
        ends_at=start + timedelta(minutes=90),
        status="ended",
    )
    CertificationRule.objects.create(course=course, min_sessions=1)
    row = AttendanceFactory(session=session, user=nhung, checked_in_at=start)
    with commit():
        attendance_finalise(session=session)
    return session, row


def test_final_attendance_issues_the_certificate(nhung, attended_course):
    assert Certificate.objects.get(user=nhung).state() == Certificate.State.VALID


def test_reopening_attendance_alone_leaves_certificates_valid(
    nhung, attended_course, organiser, commit
):
    session, _row = attended_course

    with commit():
        attendance_reopen(session=session, by=organiser, reason="Soát lại danh sách")

    assert Certificate.objects.get(user=nhung).state() == Certificate.State.VALID


def test_attendance_corrected_to_absent_puts_the_certificate_under_review_at_once(
    nhung, attended_course, organiser, commit, client
):
    session, row = attended_course
    with commit():
        attendance_reopen(session=session, by=organiser, reason="Soát lại danh sách")

    with commit():
        attendance_mark(
            by=organiser, attendance=row, status="absent", reason="Không có mặt"
        )

    certificate = Certificate.objects.get(user=nhung)
    assert certificate.state() == Certificate.State.UNDER_REVIEW
    assert 'data-state="under_review"' in verify_state(client, certificate)
    event = certificate.events.get(kind=CertificateEvent.Kind.UNDER_REVIEW)
    assert (event.by, event.reason) == (organiser, "Không có mặt")


def test_attendance_corrected_to_present_issues_after_finalising_again(
    organiser, commit
):
    session_course_user = UserFactory(role=Role.TRAINEE)
    from assessments.tests.certificate_factories import make_course, make_module

    course = make_course()
    start = timezone.now().replace(microsecond=0) - timedelta(hours=3)
    session = LiveSessionFactory(
        module=make_module(course),
        starts_at=start,
        ends_at=start + timedelta(minutes=90),
        status="ended",
    )
    CertificationRule.objects.create(course=course, min_sessions=1)
    row = AttendanceFactory(
        session=session, user=session_course_user, checked_in_at=None
    )
    with commit():
        attendance_finalise(session=session)
    assert not Certificate.objects.filter(user=session_course_user).exists()
    with commit():
        attendance_reopen(session=session, by=organiser, reason="Bổ sung")
        attendance_mark(by=organiser, attendance=row, status="present")

    assert not Certificate.objects.filter(user=session_course_user).exists()
    with commit():
        attendance_finalise(session=session, by=organiser)

    assert Certificate.objects.get(user=session_course_user).is_under_review is False


def test_attended_minutes_changing_updates_the_basis_and_the_history(
    nhung, attended_course, organiser, commit
):
    """Still attended, fewer minutes: the certificate stays valid and the hours it
    prints follow."""
    session, row = attended_course
    certificate = Certificate.objects.get(user=nhung)
    certificate.basis = {**certificate.basis, "minutes_present": 999}
    certificate.save()

    with commit():
        certificate_recheck(certificate=certificate, by=organiser, reason="Soát lại")

    certificate.refresh_from_db()
    assert certificate.state() == Certificate.State.VALID
    assert (
        certificate.basis["minutes_present"]
        == row.__class__.objects.get(pk=row.pk).minutes_present
    )
    assert certificate.events.filter(kind=CertificateEvent.Kind.UPDATED).exists()


# Emails


def test_holder_is_emailed_in_vietnamese_first_with_text_and_html(
    nhung, true_false_course, lecturer, commit
):
    quiz, question = true_false_course
    answer(nhung, quiz, question, "true", commit)
    mail.outbox.clear()

    fix_key(question, False, by=lecturer, commit=commit)

    (message,) = mail.outbox
    assert message.to == ["nhung@example.vn"]
    assert "đang được xem xét lại" in message.subject
    vietnamese, english = message.body.split("-- English --")
    assert "Kính gửi Nguyễn Thị Hồng Nhung" in vietnamese
    assert "under review" in english
    (html, mimetype) = message.alternatives[0]
    assert mimetype == "text/html"
    assert html.index('lang="vi"') < html.index('lang="en"')
    assert f"Cần đạt bài kiểm tra “{quiz.title}”" in html


def test_holder_is_emailed_when_the_certificate_is_valid_again(
    nhung, true_false_course, lecturer, commit
):
    quiz, question = true_false_course
    answer(nhung, quiz, question, "true", commit)
    fix_key(question, False, by=lecturer, commit=commit)
    mail.outbox.clear()

    fix_key(question, True, by=lecturer, commit=commit)

    (message,) = mail.outbox
    assert "có hiệu lực trở lại" in message.subject
