"""The seed quiz for the seed course (seeded by courses at order 30-39)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from django.db import transaction

from accounts.seeding import seeder
from assessments.models import Question, QuestionCategory, Quiz, QuizSlot

COURSE_SLUG = "ky-nang-phat-ngon"
CATEGORY_NAME = "Câu hỏi kiểm tra cuối khóa"
QUIZ_TITLE = (
    "Bài kiểm tra cuối khóa: Kỹ năng phát ngôn và cung cấp thông tin cho báo chí"
)


#: The seed bank, imported through the same importer lecturers use: GIFT for what
#: GIFT can say, Moodle XML for the rest (short answers that ignore diacritics,
#: ordering, essays with their rubric).
BANK_FILES = [
    (Path(__file__).resolve().parent / "demo_bank" / "quiz.gift.txt", "gift"),
    (Path(__file__).resolve().parent / "demo_bank" / "quiz.moodle.xml", "moodle_xml"),
]


def _import_seed_bank(category: QuestionCategory) -> None:
    """Import the seed files; a second run finds every question already there."""
    from assessments.services.banks import questions_import

    for path, fmt in BANK_FILES:
        report = questions_import(category=category, content=path.read_bytes(), fmt=fmt)
        if report.error:
            raise RuntimeError(f"{path.name}: {report.error}")


@transaction.atomic
def seed_quiz_for_course(course, log: Callable[[str], None]) -> Quiz:
    category, _ = QuestionCategory.objects.get_or_create(
        course=course, name=CATEGORY_NAME
    )
    _import_seed_bank(category)
    quiz = Quiz.objects.filter(course=course, title=QUIZ_TITLE).first()
    if quiz is None:
        module = course.get_children().specific().last()
        quiz = Quiz(
            course=course,
            module=module
            if module and module._meta.model_name == "modulepage"
            else None,
            title=QUIZ_TITLE,
            description=(
                "Bài kiểm tra gồm các câu hỏi về bốn chuyên đề của khóa học. "
                "Các câu tự luận do giảng viên chấm."
            ),
            is_published=True,
            time_limit_minutes=45,
            attempts_allowed=2,
            pass_mark_percent=Decimal("60"),
            shuffle_questions=False,
            # It counts towards the certificate: the trainee sees the score at once
            # and nothing that gives an answer away (Quiz.clean refuses more).
            grading_method=Quiz.GradingMethod.HIGHEST,
            review_when=Quiz.ReviewWhen.IMMEDIATELY,
            review_score=True,
            review_correctness=False,
            review_right_answers=False,
            review_feedback=False,
        )
        quiz.full_clean()
        quiz.save()
        for order, question_id in enumerate(
            Question.objects.filter(category=category)
            .order_by("pk")
            .values_list("pk", flat=True)
        ):
            QuizSlot.objects.create(
                quiz=quiz, sort_order=order, question_id=question_id
            )
        log(f"Quiz: {quiz.title} ({quiz.slots.count()} questions)")
    return quiz


@seeder(order=50)
def seed_quiz(log: Callable[[str], None]) -> None:
    from courses.models import CoursePage

    course = CoursePage.objects.filter(slug=COURSE_SLUG).first()
    if course is None:
        log(f"Quiz: no course with slug {COURSE_SLUG!r} yet; the seed quiz is skipped.")
        return
    seed_quiz_for_course(course, log)


#: The certificate as issued today: since 1 March 2025 Lạng Sơn's Department of
#: Information and Communications is part of the Department of Science and Technology
#: (Resolution 04 of 18 February 2025 of the Provincial People's Council).
DEMO_TEMPLATE = {
    "name": "Sở KH&CN Lạng Sơn",
    "parent_body": "UBND TỈNH LẠNG SƠN",
    "issuing_body": "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
    "place": "Lạng Sơn",
    "signatory_title": "GIÁM ĐỐC",
    "signatory_name": "Hoàng Văn Bình",
}


#: Names the seed's certificate template had before the Department merged; a rule
#: still on one of them moves to today's template on the next seed.
SUPERSEDED_TEMPLATE_NAMES = ("Sở TT&TT Lạng Sơn",)


@seeder(order=60)
def seed_certification_rule(log: Callable[[str], None]) -> None:
    """The seed course's certificate: pass the seed quiz and attend the conference."""
    from courses.models import CoursePage
    from sessions.selectors import sessions_of_course

    from .models import CertificateTemplate, CertificationRule

    course = CoursePage.objects.filter(slug=COURSE_SLUG).first()
    if course is None:
        log("Certification rule: no seed course yet; skipped.")
        return
    template, _created = CertificateTemplate.objects.update_or_create(
        name=DEMO_TEMPLATE["name"], defaults=DEMO_TEMPLATE
    )
    rule, _created = CertificationRule.objects.get_or_create(
        course=course,
        defaults={"min_sessions": 1, "late_counts": True, "template": template},
    )
    if rule.template_id is None or rule.template.name in SUPERSEDED_TEMPLATE_NAMES:
        rule.template = template
        rule.save(update_fields=["template"])
    rule.required_quizzes.set(Quiz.objects.filter(course=course))
    log(
        f"Certification rule: {rule.required_quizzes.count()} quiz(zes), "
        f"{sessions_of_course(course_page=course).count()} session(s) in the course"
    )
