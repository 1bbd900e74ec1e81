import pytest
from django.urls import reverse

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from assessments import services
from assessments.tests.factories import (
    CategoryFactory,
    MultipleChoiceFactory,
    SingleChoiceFactory,
    TrueFalseFactory,
    all_types_quiz,
    quiz_with,
)

pytestmark = pytest.mark.django_db


def test_open_attempt_html_carries_no_marker_of_right_answers(trainee, client_for):
    quiz = all_types_quiz()
    attempt = services.attempt_start(quiz=quiz, user=trainee)
    html = client_for(trainee).get(reverse("assessments:attempt", args=[attempt.pk]))
    body = html.content.decode()
    assert html.status_code == 200
    for marker in (
        "is_right",
        "fraction",
        "correct",
        "right answer",
        "đáp án đúng",
        "Phản hồi",
        "Giải thích chung",
        "Rubric",
    ):
        assert marker.lower() not in body.lower()


def test_autosave_endpoint_reports_saved(trainee, client_for):
    quiz = quiz_with([TrueFalseFactory()])
    attempt = services.attempt_start(quiz=quiz, user=trainee)
    item = attempt.items.get()
    response = client_for(trainee).post(
        reverse("assessments:autosave", args=[attempt.pk]),
        {"question": item.position, item.prefix: "false"},
    )
    assert response.status_code == 200 and response.json()["saved"] is True


def test_autosave_refuses_a_foreign_choice_with_400(trainee, client_for):
    quiz = quiz_with([SingleChoiceFactory()])
    attempt = services.attempt_start(quiz=quiz, user=trainee)
    item = attempt.items.get()
    foreign = SingleChoiceFactory().choices.first()
    response = client_for(trainee).post(
        reverse("assessments:autosave", args=[attempt.pk]),
        {"question": item.position, item.prefix: foreign.pk},
    )
    assert response.status_code == 400 and response.json()["saved"] is False


def test_another_users_attempt_is_not_found(trainee, client_for):
    quiz = quiz_with([TrueFalseFactory()])
    attempt = services.attempt_start(quiz=quiz, user=trainee)
    other = client_for(UserFactory(role=Role.TRAINEE))
    assert (
        other.get(reverse("assessments:attempt", args=[attempt.pk])).status_code == 404
    )
    saved = other.post(
        reverse("assessments:autosave", args=[attempt.pk]), {"question": 1}
    )
    assert saved.status_code == 404
    assert (
        other.get(reverse("assessments:review", args=[attempt.pk])).status_code == 404
    )


def test_submit_then_review_shows_the_score(trainee, client_for):
    quiz = quiz_with([TrueFalseFactory(correct_answer=True)])
    client = client_for(trainee)
    client.post(reverse("assessments:start", args=[quiz.pk]))
    attempt = trainee.quiz_attempts.get()
    item = attempt.items.get()
    response = client.post(
        reverse("assessments:submit", args=[attempt.pk]),
        {item.prefix: "true"},
        follow=True,
    )
    assert "1 / 1" in response.content.decode()


@pytest.mark.parametrize(
    ("role", "status"),
    [
        (None, 302),
        (Role.TRAINEE, 403),
        (Role.SITE_COORDINATOR, 403),
        (Role.LECTURER, 200),
        (Role.ORGANISER, 200),
    ],
)
def test_results_and_grading_pages_are_for_lecturers_and_organisers(
    role, status, client_for
):
    quiz = quiz_with([TrueFalseFactory()])
    user = UserFactory(role=role) if role else None
    client = client_for(user)
    for url in (
        reverse("assessments:results", args=[quiz.pk]),
        reverse("assessments:results_export", args=[quiz.pk, "csv"]),
        reverse("assessments:grading"),
    ):
        assert client.get(url).status_code == status


def test_csv_export_starts_with_a_bom(organiser, trainee, client_for):
    quiz = quiz_with([TrueFalseFactory()])
    services.attempt_submit(attempt=services.attempt_start(quiz=quiz, user=trainee))
    response = client_for(organiser).get(
        reverse("assessments:results_export", args=[quiz.pk, "csv"])
    )
    assert response.content.startswith("\ufeff".encode())
    assert trainee.full_name in response.content.decode("utf-8-sig")


def test_xlsx_export_is_a_workbook(organiser, client_for):
    quiz = quiz_with([TrueFalseFactory()])
    response = client_for(organiser).get(
        reverse("assessments:results_export", args=[quiz.pk, "xlsx"])
    )
    assert response.content[:2] == b"PK"


def test_unpublished_quiz_is_hidden_from_trainees(trainee, client_for):
    quiz = quiz_with([TrueFalseFactory()], is_published=False)
    assert (
        client_for(trainee).get(reverse("assessments:quiz", args=[quiz.pk])).status_code
        == 404
    )


def test_quiz_page_query_count_does_not_grow_with_questions(
    trainee, client_for, django_assert_max_num_queries
):
    category = CategoryFactory()

    def queries_for(n):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        questions = []
        for _ in range(n):
            questions += [
                SingleChoiceFactory(category=category),
                MultipleChoiceFactory(category=category),
                TrueFalseFactory(category=category),
            ]
        quiz = quiz_with(questions, attempts_allowed=0, course=category.course)
        user = UserFactory(role=Role.TRAINEE)
        attempt = services.attempt_start(quiz=quiz, user=user)
        client = client_for(user)
        url = reverse("assessments:attempt", args=[attempt.pk])
        client.get(url)
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx.captured_queries)

    assert queries_for(2) == queries_for(8)


def test_lecturer_grades_an_essay_from_the_queue(trainee, lecturer, client_for):
    from assessments.tests.factories import EssayFactory

    quiz = quiz_with([EssayFactory()])
    attempt = services.attempt_submit(
        attempt=services.attempt_start(quiz=quiz, user=trainee), user=trainee
    )
    item = attempt.items.get()
    client = client_for(lecturer)
    queue = client.get(reverse("assessments:grading") + f"?quiz={quiz.pk}")
    assert reverse("assessments:grade", args=[item.pk]) in queue.content.decode()
    assert client.get(reverse("assessments:grade", args=[item.pk])).status_code == 200
    response = client.post(
        reverse("assessments:grade", args=[item.pk]), {"score": "4", "feedback": "Tốt"}
    )
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.is_final and attempt.score == 4


def test_an_unknown_export_format_is_not_found(organiser, client_for):
    quiz = quiz_with([TrueFalseFactory()])
    response = client_for(organiser).get(
        reverse("assessments:results_export", args=[quiz.pk, "pdf"])
    )
    assert response.status_code == 404
