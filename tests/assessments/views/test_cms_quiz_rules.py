"""The CMS side of the rules: fractions are editable, unsafe review settings refused."""

from decimal import Decimal

import pytest
from django.urls import reverse

from assessments.models import MultipleChoiceQuestion, Quiz
from assessments.tests.factories import (
    CategoryFactory,
    TrueFalseFactory,
    certifying,
    quiz_with,
)
from assessments.viewsets import question_namespace

pytestmark = pytest.mark.django_db


def _empty_formset(prefix: str) -> dict:
    return {
        f"{prefix}-TOTAL_FORMS": "0",
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def _quiz_form(quiz: Quiz, **changes) -> dict:
    data = {
        "course": quiz.course_id,
        "module": "",
        "title": quiz.title,
        "description": "",
        "is_published": "on",
        "pass_mark_percent": "50",
        "time_limit_minutes": "",
        "opens_at": "",
        "closes_at": "",
        "attempts_allowed": "2",
        "grading_method": "highest",
        "review_when": "immediately",
        "review_score": "on",
        **_empty_formset("slots"),
    }
    data.update(changes)
    return data


def test_cms_says_why_a_certifying_quiz_cannot_show_answers_at_once(
    lecturer, client_for
):
    quiz = certifying(quiz_with([TrueFalseFactory()]))
    response = client_for(lecturer).post(
        reverse("assessments_quizzes:edit", args=[quiz.pk]),
        _quiz_form(quiz, review_right_answers="on"),
    )
    assert response.status_code == 200
    assert "được dùng trong một quy định cấp chứng nhận" in response.content.decode()
    quiz.refresh_from_db()
    assert not quiz.review_right_answers


def test_cms_saves_a_certifying_quiz_that_shows_only_the_score(lecturer, client_for):
    quiz = certifying(quiz_with([TrueFalseFactory()]))
    response = client_for(lecturer).post(
        reverse("assessments_quizzes:edit", args=[quiz.pk]),
        _quiz_form(quiz, grading_method="average"),
    )
    assert response.status_code == 302
    quiz.refresh_from_db()
    assert quiz.grading_method == Quiz.GradingMethod.AVERAGE


def test_cms_stores_the_moodle_weights_of_a_multiple_choice_question(
    lecturer, client_for
):
    category = CategoryFactory()
    weights = [("A", "0.5"), ("B", "0.5"), ("C", "-1"), ("D", "-1")]
    data = {
        "category": category.pk,
        "title": "",
        "text": "Chọn các ý đúng",
        "points": "1",
        "explanation": "",
        "scoring": MultipleChoiceQuestion.Scoring.PARTIAL,
        "choices-TOTAL_FORMS": str(len(weights)),
        "choices-INITIAL_FORMS": "0",
        "choices-MIN_NUM_FORMS": "0",
        "choices-MAX_NUM_FORMS": "1000",
    }
    for i, (text, fraction) in enumerate(weights):
        data |= {
            f"choices-{i}-text": text,
            f"choices-{i}-fraction": fraction,
            f"choices-{i}-position": str(i),
            f"choices-{i}-feedback": "",
        }
    response = client_for(lecturer).post(
        reverse(f"{question_namespace(MultipleChoiceQuestion)}:add"), data
    )
    assert response.status_code == 302
    question = MultipleChoiceQuestion.objects.get(category=category)
    stored = dict(question.choices.values_list("text", "fraction"))
    assert stored == {t: Decimal(f) for t, f in weights}


def test_results_page_states_the_units_of_its_figures(lecturer, client_for):
    quiz = quiz_with([TrueFalseFactory()])
    body = (
        client_for(lecturer)
        .get(reverse("assessments:results", args=[quiz.pk]))
        .content.decode()
    )
    assert 'id="analysis-units"' in body
    for header in ("Chỉ số độ dễ (%)", "Chỉ số phân biệt (%)", "(điểm)"):
        assert header in body
