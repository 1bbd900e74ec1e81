"""What an import does with categories, repeats, files and limits; what an export
says it left out."""

import base64

import pytest
from django.test import override_settings
from django.utils import translation
from wagtail.documents import get_document_model

from assessments import services
from assessments.models import EssayQuestion, Question, QuestionCategory
from assessments.tests.factories import (
    CategoryFactory,
    EssayFactory,
    SingleChoiceFactory,
)

pytestmark = pytest.mark.django_db

GIFT = """$CATEGORY: $course$/top/Phát ngôn/Khủng hoảng

::A::Câu một? {=đúng ~sai}

$CATEGORY: $course$/top/Phát ngôn

::B::Câu hai? {T}
"""


def _gift(category, content=GIFT, **kwargs):
    return services.questions_import(
        category=category, content=content.encode(), fmt="gift", **kwargs
    )


def test_gift_categories_are_created_in_the_chosen_course_and_reported():
    chosen = CategoryFactory()
    report = _gift(chosen)
    names = {q.title: q.category.name for q in Question.objects.all()}
    assert names == {"A": "Phát ngôn / Khủng hoảng", "B": "Phát ngôn"}
    assert [(title, where) for _w, title, where in report.imported] == [
        ("A", "Phát ngôn / Khủng hoảng"),
        ("B", "Phát ngôn"),
    ]
    assert set(
        QuestionCategory.objects.filter(name__startswith="Phát").values_list(
            "course", flat=True
        )
    ) == {chosen.course_id}


def test_an_existing_category_path_is_reused():
    chosen = CategoryFactory()
    existing = CategoryFactory(course=chosen.course, name="Phát ngôn")
    _gift(chosen)
    assert Question.objects.get(title="B").category == existing


def test_with_file_categories_off_everything_goes_to_the_chosen_category():
    chosen = CategoryFactory()
    _gift(chosen, use_file_categories=False)
    assert set(Question.objects.values_list("category", flat=True)) == {chosen.pk}


def test_importing_the_same_questions_again_reports_them_as_existing():
    chosen = CategoryFactory()
    _gift(chosen)
    again = _gift(chosen)
    assert again.imported == []
    assert [title for _w, title, _c in again.existing] == ["A", "B"]
    assert Question.objects.count() == 2


def test_a_changed_question_is_imported_beside_the_old_one():
    chosen = CategoryFactory()
    _gift(chosen)
    report = _gift(chosen, GIFT.replace("Câu hai?", "Câu hai đã sửa?"))
    assert [title for _w, title, _c in report.imported] == ["B"]


@override_settings(QUESTION_IMPORT_MAX_BYTES=100)
def test_a_file_over_the_limit_is_refused_whole():
    report = _gift(CategoryFactory(), GIFT * 3)
    assert "100" in report.error and report.imported == []
    assert not Question.objects.exists()


@override_settings(QUESTION_IMPORT_MAX_QUESTIONS=1)
def test_a_file_with_more_questions_than_the_limit_is_refused_whole():
    report = _gift(CategoryFactory())
    assert "2" in report.error and "1" in report.error
    assert not Question.objects.exists()


def _essay_xml(files: str, text: str) -> bytes:
    return f"""<quiz><question type="essay"><name><text>E</text></name>
<questiontext format="html"><text><![CDATA[{text}]]></text>{files}</questiontext>
<defaultgrade>1.0000000</defaultgrade></question></quiz>""".encode()


def test_an_embedded_file_that_is_not_an_image_becomes_a_document():
    content = base64.b64encode(b"ban huong dan").decode()
    xml = _essay_xml(
        f'<file name="huong dan.txt" path="/" encoding="base64">{content}</file>',
        '<p><a href="@@PLUGINFILE@@/huong%20dan.txt">Hướng dẫn</a></p>',
    )
    report = services.questions_import(
        category=CategoryFactory(), content=xml, fmt="moodle_xml"
    )
    assert report.error == ""
    document = get_document_model().objects.get()
    assert f'href="{document.url}"' in EssayQuestion.objects.get().text


def test_an_embedded_file_that_is_not_base64_names_the_question():
    xml = _essay_xml('<file name="a.png" encoding="base64">@@@</file>', "<p>x</p>")
    report = services.questions_import(
        category=CategoryFactory(), content=xml, fmt="moodle_xml"
    )
    assert "#1" in report.error and "a.png" in report.error
    assert not Question.objects.exists()


def test_a_moodle_grade_not_in_moodles_list_imports_nothing():
    xml = b"""<quiz><question type="multichoice"><name><text>M</text></name>
<questiontext><text>Q</text></questiontext><single>false</single>
<answer fraction="33"><text>a</text></answer>
<answer fraction="67"><text>b</text></answer>
</question></quiz>"""
    report = services.questions_import(
        category=CategoryFactory(), content=xml, fmt="moodle_xml"
    )
    assert "33" in report.error and not Question.objects.exists()


def test_gift_export_says_the_rubric_is_left_out():
    essay = EssayFactory(rubric="<p>2 điểm</p>")
    with translation.override("en"):
        _body, notes = services.questions_export(category=essay.category, fmt="gift")
    assert notes == [(str(essay), "GIFT has no rubric; the rubric is left out.")]


def test_gift_export_says_a_fixed_answer_order_is_lost():
    question = SingleChoiceFactory(shuffle_answers=False)
    with translation.override("en"):
        _body, notes = services.questions_export(category=question.category, fmt="gift")
    assert notes == [
        (
            str(question),
            "GIFT keeps no shuffle setting; Moodle will shuffle the answers.",
        )
    ]


def test_moodle_xml_export_keeps_the_shuffle_setting_and_text_format():
    question = SingleChoiceFactory(
        shuffle_answers=False, text="<p>Câu</p>", text_format="html"
    )
    body, _ = services.questions_export(category=question.category, fmt="moodle_xml")
    assert "<shuffleanswers>false</shuffleanswers>" in body
    assert '<questiontext format="html">' in body


@pytest.mark.parametrize("fmt", ["gift", "moodle_xml"])
def test_a_question_with_a_blank_format_exports_as_plain_text(fmt):
    question = SingleChoiceFactory(text="a < b?", text_format="")
    body, _ = services.questions_export(category=question.category, fmt=fmt)
    again = CategoryFactory()
    services.questions_import(
        category=again, content=body.encode(), fmt=fmt, use_file_categories=False
    )
    copy = Question.objects.get(category=again)
    assert (copy.text, copy.text_format) == ("a < b?", "plain")
