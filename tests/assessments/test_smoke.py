from assessments.models import Question
from assessments.services import attempt_start, attempt_submit
from assessments.tests.factories import all_types_quiz


def test_all_types_quiz_can_be_started_and_submitted(trainee):
    quiz = all_types_quiz()
    attempt = attempt_start(quiz=quiz, user=trainee)
    assert attempt.items.count() == 6
    assert {type(q).__name__ for q in Question.objects.all()} >= {"EssayQuestion"}
    attempt = attempt_submit(attempt=attempt, user=trainee, data={})
    assert attempt.score == 0
    assert not attempt.is_final
