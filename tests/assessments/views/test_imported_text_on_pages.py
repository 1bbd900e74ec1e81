"""Imported HTML question text shows as formatted text, not literal tags; a
question's "do not shuffle" holds in the attempt."""

import pytest
from django.urls import reverse

from assessments import services
from assessments.models import Question
from assessments.tests.factories import CategoryFactory, SingleChoiceFactory, quiz_with

pytestmark = pytest.mark.django_db


def _import_gift(content: str) -> Question:
    category = CategoryFactory()
    report = services.questions_import(
        category=category, content=content.encode(), fmt="gift"
    )
    assert report.error == ""
    return Question.objects.get(category=category)


def _attempt_page(question, trainee, client_for) -> str:
    quiz = quiz_with([question])
    attempt = services.attempt_start(quiz=quiz, user=trainee)
    response = client_for(trainee).get(
        reverse("assessments:attempt", args=[attempt.pk])
    )
    assert response.status_code == 200
    return response.content.decode()


def test_gift_html_question_text_renders_as_html(trainee, client_for):
    question = _import_gift(
        "[html]<p>Ai là <b>người phát ngôn</b>?</p>{=Chủ tịch ~Phóng viên}"
    )
    body = _attempt_page(question, trainee, client_for)
    assert "<p>Ai là <b>người phát ngôn</b>?</p>" in body
    assert "&lt;b&gt;" not in body


def test_gift_html_question_text_is_rendered_without_its_script(trainee, client_for):
    question = _import_gift("[html]<p>Câu hỏi<script>alert(1)</script></p>{T}")
    body = _attempt_page(question, trainee, client_for)
    assert "<p>Câu hỏi</p>" in body and "alert(1)" not in body


def test_plain_text_still_shows_tags_as_text(trainee, client_for):
    question = _import_gift("[plain]Thẻ <b> nghĩa là gì?{T}")
    body = _attempt_page(question, trainee, client_for)
    assert "Thẻ &lt;b&gt; nghĩa là gì?" in body


def test_a_question_that_does_not_shuffle_keeps_its_order_in_every_attempt(trainee):
    question = SingleChoiceFactory(shuffle_answers=False)
    written = list(question.choices.order_by("position").values_list("pk", flat=True))
    quiz = quiz_with([question], shuffle_choices=True, attempts_allowed=10)
    for _ in range(5):
        attempt = services.attempt_start(quiz=quiz, user=trainee)
        assert attempt.items.get().choice_order == written
        services.attempt_submit(attempt=attempt, user=trainee)
