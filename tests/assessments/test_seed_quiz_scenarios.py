"""The seed quiz's short answers accept reasonable wordings of the skill they test."""

import pytest

from assessments.demo import COURSE_SLUG, seed_quiz_for_course
from assessments.models import Question, ShortAnswerQuestion
from assessments.selectors import choices_by_question
from assessments.tests.factories import course_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def short_answers() -> list[Question]:
    course, _modules = course_tree(slug=COURSE_SLUG, modules=5)
    seed_quiz_for_course(course, log=lambda _m: None)
    return list(
        Question.objects.instance_of(ShortAnswerQuestion)
        .filter(category__course=course)
        .order_by("pk")
    )


def grade(question, response):
    return question.grade(response, choices_by_question([question.pk])[question.pk])


@pytest.mark.parametrize(
    ("index", "response"),
    [
        (0, "Hải quan cửa khẩu"),
        (0, "chi cuc hai quan"),
        (1, "Thông cáo ban đầu"),
        (1, "đăng thông tin ban đầu trên trang của tỉnh"),
        (2, "làm ngơ"),
        (2, "từ “làm ngơ”"),
        (3, "3"),
        (3, "vế thứ ba"),
    ],
)
def test_reasonable_wordings_earn_full_marks(short_answers, index, response):
    question = short_answers[index]

    assert grade(question, response) == question.points


@pytest.mark.parametrize(
    ("index", "response"),
    [(0, "Ủy ban nhân dân xã"), (1, "im lặng đến sáng"), (3, "1")],
)
def test_answers_that_miss_the_skill_earn_nothing(short_answers, index, response):
    assert grade(short_answers[index], response) == 0


def test_the_seed_short_answers_are_scenarios_not_trivia(short_answers):
    assert len(short_answers) == 4
    assert all(q.text.startswith("Tình huống") for q in short_answers)
