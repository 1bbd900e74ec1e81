"""Submitting is confirmed first; a save that arrives after it is told where to go."""

import pytest
from django.urls import reverse

from assessments import services
from assessments.tests.factories import TrueFalseFactory, quiz_with

pytestmark = pytest.mark.django_db


@pytest.fixture
def attempt(trainee):
    return services.attempt_start(quiz=quiz_with([TrueFalseFactory()]), user=trainee)


def test_attempt_page_asks_for_confirmation_before_submitting(
    trainee, client_for, attempt
):
    page = client_for(trainee).get(reverse("assessments:attempt", args=[attempt.pk]))
    body = page.content.decode()

    assert '<dialog id="submit-dialog"' in body
    assert "Nộp bài ngay bây giờ?" in body
    assert 'name="confirmed"' in body
    assert "Tiếp tục làm bài" in body


def test_a_save_after_submission_is_a_conflict_that_points_to_the_review(
    trainee, client_for, attempt
):
    item = attempt.items.get()
    services.attempt_submit(attempt=attempt, user=trainee, data={})

    response = client_for(trainee).post(
        reverse("assessments:autosave", args=[attempt.pk]),
        {"question": item.position, item.prefix: "true"},
    )

    assert response.status_code == 409
    body = response.json()
    assert body["saved"] is False
    assert body["code"] == "submitted"
    assert body["review_url"] == reverse("assessments:review", args=[attempt.pk])


def test_a_refused_answer_is_not_sent_to_the_review(trainee, client_for, attempt):
    response = client_for(trainee).post(
        reverse("assessments:autosave", args=[attempt.pk]), {"question": 99}
    )

    assert response.status_code == 400
    assert "review_url" not in response.json()
