"""The whole chain with real parts: check in at a site, attendance finalised, the quiz
passed, and the certificate appears by itself (no stand-in selectors)."""

import pytest
from django.core import mail

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from assessments.models import Certificate, CertificationRule
from assessments.services import attempt_start, attempt_submit
from assessments.tests.factories import TrueFalseFactory, quiz_with
from sessions import checkin_codes
from sessions.attendance.services import attendance_check_in, attendance_finalise
from sessions.tests.factories import EndpointFactory, OngoingSessionEndpointFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def course_with_rule():
    question = TrueFalseFactory(correct_answer=True)
    quiz = quiz_with([question])
    course = quiz.course
    module = course.get_children().specific().first()
    session_endpoint = OngoingSessionEndpointFactory(
        endpoint=EndpointFactory(name="Huyện Cao Lộc"),
        session__module=module,
    )
    rule = CertificationRule.objects.create(course=course, min_sessions=1)
    rule.required_quizzes.add(quiz)
    return {"quiz": quiz, "question": question, "session_endpoint": session_endpoint}


def check_in_and_finalise(user, session_endpoint) -> None:
    """Checked in at the start; attendance made final once the session is over."""
    session = session_endpoint.session
    start = session.starts_at
    code = checkin_codes.current_code(session_endpoint.checkin_secret, start)
    attendance_check_in(user=user, code=code, at=start)
    attendance_finalise(session=session, at=session.ends_at)


def pass_the_quiz(user, quiz, question) -> None:
    attempt = attempt_start(quiz=quiz, user=user)
    item = attempt.items.get(question=question)
    attempt_submit(attempt=attempt, user=user, data={item.prefix: "true"})


def test_attending_then_passing_issues_the_certificate(course_with_rule):
    nhung = UserFactory(role=Role.TRAINEE, full_name="Nguyễn Thị Hồng Nhung")

    check_in_and_finalise(nhung, course_with_rule["session_endpoint"])
    assert not Certificate.objects.filter(user=nhung).exists()
    pass_the_quiz(nhung, course_with_rule["quiz"], course_with_rule["question"])

    certificate = Certificate.objects.get(user=nhung)
    assert certificate.full_name == "Nguyễn Thị Hồng Nhung"
    assert certificate.revoked_at is None
    assert any(certificate.code in message.body for message in mail.outbox)


def test_passing_without_attending_issues_nothing(course_with_rule):
    nhung = UserFactory(role=Role.TRAINEE)

    pass_the_quiz(nhung, course_with_rule["quiz"], course_with_rule["question"])

    assert not Certificate.objects.filter(user=nhung).exists()


def test_attendance_final_after_the_quiz_issues_the_certificate(course_with_rule):
    nhung = UserFactory(role=Role.TRAINEE)
    pass_the_quiz(nhung, course_with_rule["quiz"], course_with_rule["question"])

    check_in_and_finalise(nhung, course_with_rule["session_endpoint"])

    assert Certificate.objects.filter(user=nhung, revoked_at=None).count() == 1
