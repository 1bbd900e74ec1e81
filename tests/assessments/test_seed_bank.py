"""The seed quiz is imported from its GIFT and Moodle XML files by the importer."""

import pytest

from assessments import services
from assessments.demo import BANK_FILES, COURSE_SLUG, seed_quiz_for_course
from assessments.models import EssayQuestion, Question, ShortAnswerQuestion
from assessments.tests.factories import course_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded():
    course, _modules = course_tree(slug=COURSE_SLUG, modules=4)
    return seed_quiz_for_course(course, log=lambda _m: None)


def test_every_seed_question_came_through_the_importer(seeded):
    questions = Question.objects.filter(category__course=seeded.course)
    assert questions.count() == 22
    assert not questions.filter(import_key="").exists()


def test_what_gift_cannot_hold_comes_from_the_moodle_xml_file(seeded):
    assert all(q.rubric for q in EssayQuestion.objects.all())
    assert all(q.ignore_diacritics for q in ShortAnswerQuestion.objects.all())


def test_importing_the_seed_files_again_adds_nothing(seeded):
    category = Question.objects.filter(category__course=seeded.course).first().category
    for path, fmt in BANK_FILES:
        report = services.questions_import(
            category=category, content=path.read_bytes(), fmt=fmt
        )
        assert report.error == "" and report.imported == []
    assert Question.objects.count() == 22
