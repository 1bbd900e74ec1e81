"""Per-question analysis: non-blank answers, Moodle's facility and discrimination."""

from decimal import Decimal

import pytest

from assessments import services
from assessments.item_analysis import discrimination_index, facility_index
from assessments.selectors import quiz_statistics
from assessments.tests.factories import (
    ShortAnswerFactory,
    TrueFalseFactory,
    quiz_with,
)

D = Decimal


@pytest.mark.parametrize(
    ("scores", "points", "facility"),
    [
        ([D(1), D(1), D(0), D(0)], [D(1)] * 4, 50.0),
        ([D(2), D(1), D(0)], [D(2)] * 3, 50.0),
        ([D(1)] * 3, [D(1)] * 3, 100.0),
        ([D(0)] * 3, [D(1)] * 3, 0.0),
        ([], [], None),
    ],
)
def test_facility_is_the_mean_score_as_a_percentage_of_the_points(
    scores, points, facility
):
    assert facility_index(scores, points) == facility


@pytest.mark.parametrize(
    ("scores", "rest", "discrimination"),
    [
        # right answers go with high rest-of-quiz scores: r = 0.894
        ([D(1), D(1), D(0), D(0)], [D(3), D(2), D(1), D(0)], 89.4),
        # the strongest trainees got it wrong: a suspect question
        ([D(0), D(0), D(1), D(1)], [D(3), D(2), D(1), D(0)], -89.4),
        ([D(1), D(0), D(1), D(0)], [D(2), D(2), D(0), D(0)], 0.0),
        # everyone got it right: no variance, no index
        ([D(1), D(1), D(1)], [D(3), D(2), D(1)], None),
        ([D(1)], [D(3)], None),
    ],
)
def test_discrimination_is_the_correlation_with_the_rest_of_the_quiz(
    scores, rest, discrimination
):
    assert discrimination_index(scores, rest) == discrimination


@pytest.mark.django_db
def test_answered_counts_only_non_blank_answers(trainee):
    from accounts.roles import Role
    from accounts.tests.factories import UserFactory

    short = ShortAnswerFactory()
    quiz = quiz_with([short, TrueFalseFactory()])
    for answer in ("cầu nối", "   ", ""):
        user = UserFactory(role=Role.TRAINEE)
        attempt = services.attempt_start(quiz=quiz, user=user)
        item = attempt.items.get(position=1)
        services.attempt_submit(attempt=attempt, user=user, data={item.prefix: answer})
    stats = quiz_statistics(quiz=quiz)
    by_question = {a.question.pk: a for a in stats.questions}
    assert by_question[short.pk].answered == 1
    assert by_question[short.pk].facility_index == pytest.approx(100 / 3, abs=0.1)
    assert by_question[short.pk].analysed == 3
