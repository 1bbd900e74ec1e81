"""The seed quiz, taken in a browser: its page source gives no answer away."""

import re

import pytest
from django.core.management import call_command

from accounts.demo import DEMO_PASSWORD
from assessments.demo import COURSE_SLUG, seed_quiz_for_course
from assessments.models import Choice, Question, Quiz, ShortAnswerQuestion
from courses.models import CoursePage

from .conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TOKEN = re.compile(r"^[0-9a-f]{12}$")
NAME = re.compile(r"^q(\d+)(?:_([0-9a-f]{12}))?$")


@pytest.fixture
def seed_quiz() -> Quiz:
    call_command("seed_demo", verbosity=0)
    course = CoursePage.objects.filter(slug=COURSE_SLUG).first()
    if course is None:  # the courses app's seed is not on this branch yet
        from assessments.tests.factories import course_tree

        course, _modules = course_tree(slug=COURSE_SLUG, modules=4)
    return seed_quiz_for_course(course, log=lambda _m: None)


def _key_material(quiz: Quiz) -> list[str]:
    """Texts that would give answers away: feedback, explanations, rubrics, the
    accepted answers of short-answer questions."""
    question_ids = list(quiz.slots.values_list("question_id", flat=True))
    texts = []
    for question in Question.objects.filter(pk__in=question_ids):
        texts.append(question.explanation)
        texts.append(getattr(question, "rubric", ""))
        texts += [getattr(question, "feedback_true", ""), question.title]
        if isinstance(question, ShortAnswerQuestion):
            texts += [c.text for c in question.choices.all()]
    texts += list(
        Choice.objects.filter(question_id__in=question_ids)
        .exclude(feedback="")
        .values_list("feedback", flat=True)
    )
    shown = [q.text for q in Question.objects.filter(pk__in=question_ids)] + list(
        Choice.objects.filter(question_id__in=question_ids)
        .exclude(question__in=ShortAnswerQuestion.objects.all())
        .values_list("text", flat=True)
    )  # what the page shows by design; a key text inside it proves nothing
    return [
        t
        for t in texts
        if t and len(t) > 8 and not any(t.casefold() in s.casefold() for s in shown)
    ]


def _inputs(page) -> list[dict]:
    return page.evaluate(
        """() => [...document.querySelectorAll(
              '#attempt-form input, #attempt-form select, #attempt-form textarea')]
            .filter(el => el.type !== 'hidden')
            .map(el => ({name: el.name, type: el.type, value: el.value}))"""
    )


def test_seed_quiz_page_source_carries_no_key(live_server, new_page, seed_quiz):
    assert seed_quiz.attempts_allowed == 2 and not seed_quiz.review_right_answers
    question_ids = list(seed_quiz.slots.values_list("question_id", flat=True))
    choice_ids = {
        str(pk)
        for pk in Choice.objects.filter(question_id__in=question_ids).values_list(
            "pk", flat=True
        )
    }
    page = new_page()
    log_in(page, live_server.url, "trainee@demo.local", DEMO_PASSWORD)
    page.goto(f"{live_server.url}/quizzes/{seed_quiz.pk}/")
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    page.wait_for_url("**/quizzes/attempts/*/")

    source = page.content()
    for text in _key_material(seed_quiz):
        assert text not in source, text
    for marker in ("fraction", "is_right", "correct", "position"):
        assert marker not in source.lower()
    inputs = _inputs(page)
    assert len({i["name"] for i in inputs}) >= len(question_ids)
    for field in inputs:
        position, token = NAME.match(field["name"]).groups()
        assert int(position) <= len(question_ids)
        assert token is None or token not in choice_ids
        if field["type"] in ("radio", "checkbox"):
            assert field["value"] in ("true", "false") or TOKEN.match(field["value"])
            assert field["value"] not in choice_ids
    positions = page.eval_on_selector_all(
        "fieldset[data-question]", "els => els.map(e => e.dataset.question)"
    )
    assert positions == [str(n) for n in range(1, len(question_ids) + 1)]

    # Attempt 1 of 2, answered wrong where it is easy to: the review shows the score
    # and nothing a second attempt could copy.
    page.locator("fieldset[data-question]").nth(0).locator("input[type=radio]").nth(
        0
    ).check()
    page.get_by_role("button", name="Nộp bài").click()
    page.get_by_role("button", name="Xác nhận nộp").click()  # the confirmation
    page.wait_for_url("**/review/")
    review = page.content()
    assert page.locator("#attempt-result").get_by_text("Điểm").is_visible()
    for text in _key_material(seed_quiz):
        assert text not in review, text
    for label in ("Các đáp án được chấp nhận", "Thứ tự đúng", "Đáp án đúng:"):
        assert label not in review
    assert 'badge--pass">đáp án đúng' not in review
    assert "picked--right" not in review and "picked--wrong" not in review
