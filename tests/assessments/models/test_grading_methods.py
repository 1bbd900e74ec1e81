"""Moodle's grading methods: which attempts make the quiz's result."""

from decimal import Decimal

import pytest

from assessments import services
from assessments.models import Quiz
from assessments.models.quizzes import quiz_grade
from assessments.selectors import quiz_results_for
from assessments.tests.factories import TrueFalseFactory, quiz_with

#: Attempts scoring 40%, 80%, 60% in that order (Moodle's quiz settings docs: the
#: highest grade; the simple mean of all attempts; the first attempt, others
#: ignored; the most recent attempt only).
TAKEN = [Decimal("40"), Decimal("80"), Decimal("60")]


@pytest.mark.parametrize(
    ("method", "result"),
    [
        (Quiz.GradingMethod.HIGHEST, Decimal("80")),
        (Quiz.GradingMethod.AVERAGE, Decimal("60")),
        (Quiz.GradingMethod.FIRST, Decimal("40")),
        (Quiz.GradingMethod.LAST, Decimal("60")),
    ],
)
def test_grading_method_picks_the_result_as_moodle_does(method, result):
    assert quiz_grade(method, TAKEN) == result


@pytest.mark.parametrize("method", Quiz.GradingMethod.values)
def test_grading_method_without_attempts_gives_no_result(method):
    assert quiz_grade(method, []) is None


def test_average_is_rounded_to_hundredths():
    three = [Decimal("100"), Decimal("0"), Decimal("0")]
    assert quiz_grade(Quiz.GradingMethod.AVERAGE, three) == Decimal("33.33")


def _take(quiz, user, answer: str):
    attempt = services.attempt_start(quiz=quiz, user=user)
    item = attempt.items.get()
    services.attempt_submit(attempt=attempt, user=user, data={item.prefix: answer})


@pytest.mark.django_db
def test_average_below_the_pass_mark_does_not_pass(trainee):
    quiz = quiz_with(
        [TrueFalseFactory(correct_answer=True)],
        attempts_allowed=3,
        pass_mark_percent=Decimal("60"),
        grading_method=Quiz.GradingMethod.AVERAGE,
    )
    _take(quiz, trainee, "true")
    _take(quiz, trainee, "false")
    result = quiz_results_for(user=trainee, quiz_ids=[quiz.pk])[quiz.pk]
    assert result.score_percent == 50.0 and not result.passed


@pytest.mark.django_db
def test_first_attempt_counts_even_when_a_later_one_is_better(trainee):
    quiz = quiz_with(
        [TrueFalseFactory(correct_answer=True)],
        attempts_allowed=2,
        grading_method=Quiz.GradingMethod.FIRST,
    )
    _take(quiz, trainee, "false")
    _take(quiz, trainee, "true")
    result = quiz_results_for(user=trainee, quiz_ids=[quiz.pk])[quiz.pk]
    assert result.score_percent == 0.0 and not result.passed
