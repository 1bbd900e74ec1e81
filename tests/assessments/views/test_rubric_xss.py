"""An essay rubric from a file is HTML someone else wrote: no page may run it."""

import pytest
from django.urls import reverse

from assessments import services
from assessments.models import EssayQuestion
from assessments.tests.factories import CategoryFactory, EssayFactory, quiz_with

pytestmark = pytest.mark.django_db

HOSTILE = (
    '<p>2 điểm: nêu đúng nguyên nhân.<script>alert("rubric")</script>'
    '<img src="x.png" onerror="alert(1)"></p>'
)
XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<quiz><question type="essay">
  <name><text>Tự luận</text></name>
  <questiontext format="html"><text>Phân tích nguyên nhân.</text></questiontext>
  <defaultgrade>5.0000000</defaultgrade>
  <graderinfo format="html"><text><![CDATA[{HOSTILE}]]></text></graderinfo>
</question></quiz>"""


def _assert_harmless(body: str) -> None:
    assert "2 điểm: nêu đúng nguyên nhân." in body
    assert 'alert("rubric")' not in body and "onerror" not in body


def _imported_essay() -> EssayQuestion:
    category = CategoryFactory()
    report = services.questions_import(
        category=category, content=XML.encode(), fmt="moodle_xml"
    )
    assert report.error == ""
    return EssayQuestion.objects.get(category=category)


def _stored_raw_essay() -> EssayQuestion:
    """A rubric that reached the database unsanitised (older imports, the shell)."""
    essay = EssayFactory()
    EssayQuestion.objects.filter(pk=essay.pk).update(rubric=HOSTILE)
    essay.refresh_from_db()
    return essay


def _graded_item(essay, trainee):
    quiz = quiz_with([essay], attempts_allowed=1, review_right_answers=True)
    attempt = services.attempt_submit(
        attempt=services.attempt_start(quiz=quiz, user=trainee), user=trainee
    )
    return attempt, attempt.items.get()


def test_an_imported_rubric_is_stored_without_script_or_handlers():
    essay = _imported_essay()
    assert "<script" not in essay.rubric and "onerror" not in essay.rubric
    assert "2 điểm" in essay.rubric


@pytest.mark.parametrize("make", [_imported_essay, _stored_raw_essay])
def test_the_lecturers_grading_page_shows_the_rubric_without_script(
    make, trainee, lecturer, client_for
):
    _attempt, item = _graded_item(make(), trainee)
    response = client_for(lecturer).get(reverse("assessments:grade", args=[item.pk]))
    assert response.status_code == 200
    _assert_harmless(response.content.decode())


@pytest.mark.parametrize("make", [_imported_essay, _stored_raw_essay])
def test_the_trainees_review_shows_the_rubric_without_script(
    make, trainee, lecturer, client_for
):
    attempt, item = _graded_item(make(), trainee)
    client_for(lecturer).post(
        reverse("assessments:grade", args=[item.pk]), {"score": "4", "feedback": ""}
    )
    response = client_for(trainee).get(reverse("assessments:review", args=[attempt.pk]))
    assert response.status_code == 200
    _assert_harmless(response.content.decode())
