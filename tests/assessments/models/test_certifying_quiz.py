"""A quiz a certificate depends on keeps its answers hidden while they can be used."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from assessments import services
from assessments.access import review_policy
from assessments.models import Quiz
from assessments.tests.factories import (
    SingleChoiceFactory,
    TrueFalseFactory,
    certifying,
    quiz_with,
)

pytestmark = pytest.mark.django_db

SHOW_EVERYTHING = {
    "review_when": Quiz.ReviewWhen.IMMEDIATELY,
    "review_score": True,
    "review_correctness": True,
    "review_right_answers": True,
    "review_feedback": True,
}


def _submit_wrong(quiz, user):
    attempt = services.attempt_start(quiz=quiz, user=user)
    item = attempt.items.get()
    wrong = item.question.choices.get(text="Sai A")
    return services.attempt_submit(
        attempt=attempt, user=user, data={item.prefix: item.token_for(wrong.pk)}
    )


def test_a_new_quiz_shows_no_answers_by_default():
    quiz = Quiz()
    assert not (
        quiz.review_right_answers or quiz.review_correctness or quiz.review_feedback
    )


def test_clean_refuses_answers_at_once_on_a_certifying_quiz():
    quiz = certifying(quiz_with([TrueFalseFactory()], **SHOW_EVERYTHING))
    with pytest.raises(ValidationError) as error:
        quiz.full_clean()
    assert "review_when" in error.value.message_dict
    assert "quy định cấp chứng nhận" in error.value.message_dict["review_when"][0]


def test_clean_accepts_answers_after_close_on_a_certifying_quiz():
    quiz = certifying(
        quiz_with(
            [TrueFalseFactory()],
            **{**SHOW_EVERYTHING, "review_when": Quiz.ReviewWhen.AFTER_CLOSE},
        )
    )
    quiz.full_clean()


def test_clean_accepts_answers_at_once_on_a_practice_quiz():
    quiz_with([TrueFalseFactory()], **SHOW_EVERYTHING).full_clean()


def test_review_after_attempt_one_of_two_shows_no_right_answers(trainee):
    """The exploit: attempt 1 showed every right answer, attempt 2 scored 100%."""
    quiz = quiz_with([SingleChoiceFactory()], attempts_allowed=2, **SHOW_EVERYTHING)
    certifying(quiz)  # a rule adopted the quiz after it was set up
    attempt = _submit_wrong(quiz, trainee)
    policy = review_policy(attempt=attempt, viewer=trainee)
    assert policy.allowed and policy.score
    assert not (policy.right_answers or policy.correctness or policy.feedback)


def test_review_page_after_attempt_one_of_two_carries_no_key(trainee, client_for):
    question = SingleChoiceFactory()
    quiz = certifying(quiz_with([question], attempts_allowed=2, **SHOW_EVERYTHING))
    attempt = _submit_wrong(quiz, trainee)
    body = (
        client_for(trainee)
        .get(reverse("assessments:review", args=[attempt.pk]))
        .content.decode()
    )
    assert "đáp án đúng" not in body.lower()
    assert "Phản hồi" not in body and "Giải thích chung" not in body
    assert "picked--wrong" not in body and "picked--right" not in body


def test_review_while_the_quiz_is_open_hides_answers_even_after_the_last_attempt(
    trainee,
):
    quiz = certifying(quiz_with([SingleChoiceFactory()], attempts_allowed=1))
    Quiz.objects.filter(pk=quiz.pk).update(**SHOW_EVERYTHING)
    quiz.refresh_from_db()
    attempt = _submit_wrong(quiz, trainee)
    assert not review_policy(attempt=attempt, viewer=trainee).right_answers


def test_review_after_close_with_no_attempt_left_shows_the_answers(trainee):
    closes = timezone.now() + timedelta(hours=1)
    quiz = certifying(
        quiz_with(
            [SingleChoiceFactory()],
            attempts_allowed=1,
            closes_at=closes,
            **{**SHOW_EVERYTHING, "review_when": Quiz.ReviewWhen.AFTER_CLOSE},
        )
    )
    attempt = _submit_wrong(quiz, trainee)
    Quiz.objects.filter(pk=quiz.pk).update(closes_at=timezone.now())
    attempt.quiz.refresh_from_db()
    policy = review_policy(attempt=attempt, viewer=trainee)
    assert policy.right_answers and policy.correctness


def test_a_practice_quiz_keeps_its_own_review_policy(trainee):
    quiz = quiz_with([SingleChoiceFactory()], attempts_allowed=2, **SHOW_EVERYTHING)
    attempt = _submit_wrong(quiz, trainee)
    assert review_policy(attempt=attempt, viewer=trainee).right_answers


def test_score_stays_hidden_where_the_review_policy_hides_it(trainee, client_for):
    quiz = quiz_with(
        [SingleChoiceFactory()], review_when=Quiz.ReviewWhen.NEVER, attempts_allowed=2
    )
    attempt = _submit_wrong(quiz, trainee)
    client = client_for(trainee)
    for url in (
        reverse("assessments:quiz", args=[quiz.pk]),
        reverse("assessments:mine"),
        reverse("assessments:review", args=[attempt.pk]),
    ):
        body = client.get(url).content.decode()
        assert "0.0%" not in body and "0,0%" not in body and "0 / 1" not in body
