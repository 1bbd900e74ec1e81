"""A file exactly as Moodle 4.x exports it imports whole, image included."""

from decimal import Decimal
from pathlib import Path

import pytest
from wagtail.images import get_image_model

from assessments import services
from assessments.models import Question, QuestionCategory
from assessments.selectors import choices_by_question
from assessments.tests.factories import CategoryFactory

pytestmark = pytest.mark.django_db
FIXTURE = (
    Path(__file__).resolve().parent.parent / "fixtures" / "moodle4_export.moodle.xml"
)


@pytest.fixture
def imported():
    chosen = CategoryFactory()
    report = services.questions_import(
        category=chosen, content=FIXTURE.read_bytes(), fmt="moodle_xml"
    )
    return chosen, report


def _question(title):
    return Question.objects.get(title=title)


def _choices(question):
    return sorted(
        choices_by_question([question.pk])[question.pk], key=lambda c: c.position
    )


def test_every_supported_question_imports(imported):
    _chosen, report = imported
    assert report.error == "" and report.skipped == []
    assert sorted(q.kind for q in Question.objects.all()) == sorted(
        [
            "single_choice",
            "multiple_choice",
            "true_false",
            "short_answer",
            "ordering",
            "essay",
        ]
    )


def test_seven_decimal_marks_become_points(imported):
    assert _question("Người phát ngôn").points == Decimal("1.00")
    assert _question("Giải pháp").points == Decimal("5.00")


def test_the_category_path_is_created_in_the_chosen_course(imported):
    chosen, report = imported
    category = QuestionCategory.objects.get(
        course=chosen.course, name="Default for TH-2019 / Phát ngôn"
    )
    assert set(Question.objects.values_list("category", flat=True)) == {category.pk}
    assert {row[2] for row in report.imported} == {category.name}


def test_the_embedded_image_is_stored_and_the_reference_rewritten(imported):
    image = get_image_model().objects.get()
    text = _question("Người phát ngôn").text
    assert "@@PLUGINFILE@@" not in text
    assert f'src="{image.file.url}"' in text
    assert (image.width, image.height) == (4, 3)


def test_html_question_text_keeps_its_format_and_loses_inline_style(imported):
    question = _question("Người phát ngôn")
    assert question.text_format == "html"
    assert "<strong>người phát ngôn</strong>" in question.text
    assert "style=" not in question.text


def test_html_answers_become_their_plain_text(imported):
    texts = [c.text for c in _choices(_question("Người phát ngôn"))]
    assert texts == ["Chủ tịch Ủy ban nhân dân", "Phóng viên"]


def test_shuffle_off_in_the_file_is_kept(imported):
    assert _question("Người phát ngôn").shuffle_answers is False
    assert _question("Hình thức phát ngôn").shuffle_answers is True


def test_a_third_and_a_penalty_keep_their_moodle_weights(imported):
    fractions = [c.fraction for c in _choices(_question("Hình thức phát ngôn"))]
    assert fractions == [Decimal("0.3333")] * 3 + [Decimal("-1")]


def test_ordering_positions_written_with_decimals_keep_the_order(imported):
    texts = [c.text for c in _choices(_question("Các bước"))]
    assert texts == ["Phát hiện", "Xác minh", "Công bố"]


def test_the_rubric_is_kept_as_html(imported):
    assert _question("Giải pháp").rubric == "<p>2 điểm: nêu đúng nguyên nhân.</p>"


def test_importing_the_same_file_again_reports_every_question_as_existing(imported):
    chosen, first = imported
    again = services.questions_import(
        category=chosen, content=FIXTURE.read_bytes(), fmt="moodle_xml"
    )
    assert again.imported == [] and len(again.existing) == len(first.imported)
    assert Question.objects.count() == len(first.imported)
    assert get_image_model().objects.count() == 1
