from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from assessments.models import QUESTION_TYPES, Question
from assessments.tests.factories import CategoryFactory, all_types_quiz
from assessments.viewsets import question_namespace

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_bank_lists_questions_of_every_type_with_add_per_type(lecturer, client_for):
    quiz = all_types_quiz()
    response = client_for(lecturer).get(reverse("assessments_admin_bank"))
    body = response.content.decode()
    assert response.status_code == 200
    for model in QUESTION_TYPES:
        assert reverse(f"{question_namespace(model)}:add") in body
    for question in Question.objects.filter(category__course=quiz.course):
        assert (
            reverse(f"{question_namespace(type(question))}:edit", args=[question.pk])
            in body
        )


def test_bank_listing_queries_do_not_grow_per_question(lecturer, client_for):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(lecturer)
    all_types_quiz()
    client.get(reverse("assessments_admin_bank"))
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("assessments_admin_bank"))
    all_types_quiz()
    all_types_quiz()
    with CaptureQueriesContext(connection) as many:
        client.get(reverse("assessments_admin_bank"))
    assert len(many.captured_queries) == len(few.captured_queries)


@pytest.mark.parametrize("model", QUESTION_TYPES)
def test_each_type_has_an_add_form(model, lecturer, client_for):
    response = client_for(lecturer).get(reverse(f"{question_namespace(model)}:add"))
    assert response.status_code == 200


def test_quiz_admin_edit_and_preview_render(lecturer, client_for):
    quiz = all_types_quiz()
    client = client_for(lecturer)
    assert (
        client.get(reverse("assessments_quizzes:edit", args=[quiz.pk])).status_code
        == 200
    )
    preview = client.get(reverse("assessments_admin_preview", args=[quiz.pk]))
    assert preview.status_code == 200 and "fieldset" in preview.content.decode()


def test_import_page_reports_what_was_skipped(lecturer, client_for):
    category = CategoryFactory()
    upload = SimpleUploadedFile("bank.xml", (FIXTURES / "bank.moodle.xml").read_bytes())
    response = client_for(lecturer).post(
        reverse("assessments_admin_import"),
        {"category": category.pk, "format": "moodle_xml", "file": upload},
    )
    assert response.status_code == 200
    assert "Ghép đôi" in response.content.decode()
    assert Question.objects.filter(category=category).count() == 6


def test_trainees_cannot_reach_the_bank(trainee, client_for):
    response = client_for(trainee).get(reverse("assessments_admin_bank"))
    assert response.status_code in (302, 403)


def test_quiz_listing_links_to_preview_and_results(lecturer, client_for):
    quiz = all_types_quiz()
    body = (
        client_for(lecturer).get(reverse("assessments_quizzes:index")).content.decode()
    )
    assert reverse("assessments_admin_preview", args=[quiz.pk]) in body
    assert reverse("assessments:results", args=[quiz.pk]) in body


def test_saving_a_fixed_question_in_the_admin_regrades_past_attempts(
    lecturer, trainee, client_for
):
    from decimal import Decimal

    from assessments import services
    from assessments.tests.factories import TrueFalseFactory, quiz_with

    question = TrueFalseFactory(correct_answer=True)
    quiz = quiz_with([question])
    attempt = services.attempt_start(quiz=quiz, user=trainee)
    item = attempt.items.get()
    services.attempt_submit(attempt=attempt, user=trainee, data={item.prefix: "false"})
    url = reverse(f"{question_namespace(type(question))}:edit", args=[question.pk])
    response = client_for(lecturer).post(
        url,
        {
            "category": question.category_id,
            "title": "",
            "text": question.text,
            "points": "1",
            "explanation": "",
            "correct_answer": "",
            "feedback_true": "",
            "feedback_false": "",
        },
    )
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.score == Decimal("1")
