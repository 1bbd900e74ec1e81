from decimal import Decimal

import pytest

from assessments import services
from assessments.models import Quiz
from assessments.selectors import QuizResult, quiz_results_for, quizzes_of_course
from assessments.tests.factories import EssayFactory, TrueFalseFactory, quiz_with

pytestmark = pytest.mark.django_db


def _take(quiz, user, answer: str):
    attempt = services.attempt_start(quiz=quiz, user=user)
    item = attempt.items.get()
    return services.attempt_submit(
        attempt=attempt, user=user, data={item.prefix: answer}
    )


def test_quizzes_of_course_lists_the_course_quizzes_only():
    quiz = quiz_with([TrueFalseFactory()])
    quiz_with([TrueFalseFactory()])
    assert list(quizzes_of_course(course_page=quiz.course)) == [quiz]


def test_quiz_results_for_uses_the_highest_attempt(trainee):
    quiz = quiz_with([TrueFalseFactory(correct_answer=True)], attempts_allowed=3)
    _take(quiz, trainee, "true")
    _take(quiz, trainee, "false")
    result = quiz_results_for(user=trainee, quiz_ids=[quiz.pk])[quiz.pk]
    assert result == QuizResult(quiz.pk, quiz.title, 100.0, True, True, 2)


def test_quiz_results_for_uses_the_last_attempt_when_asked(trainee):
    quiz = quiz_with(
        [TrueFalseFactory(correct_answer=True)],
        attempts_allowed=3,
        grading_method=Quiz.GradingMethod.LAST,
    )
    _take(quiz, trainee, "true")
    _take(quiz, trainee, "false")
    result = quiz_results_for(user=trainee, quiz_ids=[quiz.pk])[quiz.pk]
    assert result.score_percent == 0.0 and not result.passed


def test_quiz_results_for_is_not_final_while_an_essay_waits(trainee):
    quiz = quiz_with([EssayFactory(points=Decimal("5"))])
    _take(quiz, trainee, "Bài viết")
    result = quiz_results_for(user=trainee, quiz_ids=[quiz.pk])[quiz.pk]
    assert not result.is_final and not result.passed and result.attempts_used == 1


def test_quiz_results_for_reports_untaken_quizzes_without_a_score(trainee):
    quiz = quiz_with([TrueFalseFactory()])
    result = quiz_results_for(user=trainee, quiz_ids=[quiz.pk])[quiz.pk]
    assert result.score_percent is None and result.attempts_used == 0
