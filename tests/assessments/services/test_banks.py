from decimal import Decimal
from pathlib import Path

import pytest

from assessments import services
from assessments.models import Question
from assessments.selectors import choices_by_question
from assessments.tests.factories import CategoryFactory

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _import(name, fmt, category=None, use_file_categories=False):
    category = category or CategoryFactory()
    report = services.questions_import(
        category=category,
        content=(FIXTURES / name).read_bytes(),
        fmt=fmt,
        use_file_categories=use_file_categories,
    )
    return category, report


def _kinds(category):
    return sorted(q.kind for q in Question.objects.filter(category=category))


def test_gift_import_covers_each_gift_type_and_reports_skips():
    category, report = _import("bank.gift.txt", "gift")
    assert report.error == ""
    assert _kinds(category) == sorted(
        ["single_choice", "multiple_choice", "true_false", "short_answer", "essay"]
    )
    assert sorted(title for _where, title, _why in report.skipped) == ["", "Ghép"]


def test_gift_import_keeps_weights_feedback_and_points():
    category, _ = _import("bank.gift.txt", "gift")
    single = Question.objects.get(category=category, title="Người phát ngôn")
    choices = {c.text: c for c in choices_by_question([single.pk])[single.pk]}
    assert single.points == Decimal("2")
    assert single.explanation == "Người đứng đầu là người phát ngôn."
    assert choices["Chánh Văn phòng được ủy quyền"].fraction == Decimal("0.5")
    assert choices["Phóng viên"].feedback == "Chưa đúng."


def test_gift_true_false_feedback_goes_to_the_right_answer():
    category, _ = _import("bank.gift.txt", "gift")
    tf = next(
        q for q in Question.objects.filter(category=category) if q.kind == "true_false"
    )
    assert tf.correct_answer is False
    assert tf.feedback_false.startswith("Đúng")
    assert tf.feedback_true == "Chưa đúng."


def test_malformed_gift_imports_nothing_and_names_the_line():
    category, report = _import("malformed.gift.txt", "gift")
    assert Question.objects.filter(category=category).count() == 0
    assert "3" in report.error and report.imported == []


def test_moodle_xml_import_covers_each_type_and_skips_matching():
    category, report = _import("bank.moodle.xml", "moodle_xml")
    assert report.error == ""
    assert _kinds(category) == sorted(
        [
            "single_choice",
            "multiple_choice",
            "true_false",
            "short_answer",
            "ordering",
            "essay",
        ]
    )
    assert [t for _w, t, _why in report.skipped] == ["Ghép đôi"]


def test_moodle_xml_ordering_keeps_the_right_order():
    category, _ = _import("bank.moodle.xml", "moodle_xml")
    ordering = Question.objects.get(category=category, title="Sắp xếp")
    texts = [
        c.text
        for c in sorted(
            choices_by_question([ordering.pk])[ordering.pk], key=lambda c: c.position
        )
    ]
    assert texts == ["Phát hiện", "Xác minh", "Công bố"]


def test_malformed_moodle_xml_imports_nothing_and_names_the_line():
    category, report = _import("malformed.moodle.xml", "moodle_xml")
    assert Question.objects.filter(category=category).count() == 0
    assert "line" in report.error.lower() or "dòng" in report.error.lower()


def test_a_bad_element_imports_nothing_and_names_the_question():
    category, report = _import("bad_answer.moodle.xml", "moodle_xml")
    assert Question.objects.filter(category=category).count() == 0
    assert "#2" in report.error


def _snapshot(category):
    out = []
    for q in Question.objects.filter(category=category).order_by("pk"):
        choices = sorted(
            (c.text, c.fraction, c.feedback, c.position)
            for c in choices_by_question([q.pk]).get(q.pk, [])
        )
        out.append((q.kind, q.title, q.text, q.points, q.explanation, tuple(choices)))
    return out


@pytest.mark.parametrize(
    ("source", "fmt"), [("bank.moodle.xml", "moodle_xml"), ("bank.gift.txt", "gift")]
)
def test_export_then_import_gives_the_same_questions(source, fmt):
    original, _ = _import(source, fmt)
    body, skipped = services.questions_export(category=original, fmt=fmt)
    again = CategoryFactory()
    report = services.questions_import(
        category=again,
        content=body.encode("utf-8"),
        fmt=fmt,
        use_file_categories=False,
    )
    assert report.error == ""
    assert _snapshot(again) == [
        s for s in _snapshot(original) if fmt != "gift" or s[0] != "ordering"
    ]
