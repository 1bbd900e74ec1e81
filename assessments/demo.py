"""The seed quiz for the seed course (seeded by courses at order 30-39)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from django.db import transaction

from accounts.seeding import seeder
from assessments.models import Choice, Question, QuestionCategory, Quiz, QuizSlot
from assessments.models.questions import question_type_by_kind

COURSE_SLUG = "ky-nang-phat-ngon"
CATEGORY_NAME = "Câu hỏi kiểm tra cuối khóa"
QUIZ_TITLE = (
    "Bài kiểm tra cuối khóa: Kỹ năng phát ngôn và cung cấp thông tin cho báo chí"
)


def _seed_fraction(entry: dict, choice: dict) -> Decimal:
    """Moodle-style weights: the right choices share 100%; in a multiple choice
    question the wrong ones share −100%, so ticking every box earns nothing."""
    if entry["type"] == "single_choice":
        return Decimal(1 if choice["correct"] else 0)
    matching = sum(1 for x in entry["choices"] if x["correct"] == choice["correct"])
    share = Decimal(1) / matching
    return (share if choice["correct"] else -share).quantize(Decimal("0.0001"))


def _question_from_seed(entry: dict, category: QuestionCategory) -> None:
    """Build one question of the seed's dict format (see demo_quiz.QUIZ)."""
    kind = question_type_by_kind(entry["type"])
    fields = {
        "category": category,
        "text": entry["text"],
        "points": Decimal(str(entry.get("points", 1))),
        "explanation": entry.get("explanation", ""),
    }
    choices: list[Choice] = []
    if "choices" in entry:
        choices = [
            Choice(
                text=c["text"],
                fraction=_seed_fraction(entry, c),
                feedback=c.get("feedback", ""),
                position=i,
            )
            for i, c in enumerate(entry["choices"])
        ]
    if "answer" in entry:
        fields["correct_answer"] = entry["answer"]
    if "accepted" in entry:
        fields["ignore_diacritics"] = entry.get("ignore_diacritics", False)
        choices = [
            Choice(text=a["text"], fraction=Decimal(str(a["fraction"])), position=i)
            for i, a in enumerate(entry["accepted"])
        ]
    if "items" in entry:
        choices = [Choice(text=t, position=i) for i, t in enumerate(entry["items"])]
    if "rubric" in entry:
        fields["rubric"] = entry["rubric"]
    question = kind(**fields)
    question.full_clean()
    question.save()
    for choice in choices:
        choice.question = question
    Choice.objects.bulk_create(choices)


@transaction.atomic
def seed_quiz_for_course(course, log: Callable[[str], None]) -> Quiz:
    from assessments.demo_quiz import QUIZ

    category, _ = QuestionCategory.objects.get_or_create(
        course=course, name=CATEGORY_NAME
    )
    if not Question.objects.filter(category=category).exists():
        for entry in QUIZ:
            _question_from_seed(entry, category)
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


#: The Lạng Sơn Department's certificate: its parent body, the place, the signatory.
DEMO_TEMPLATE = {
    "name": "Sở TT&TT Lạng Sơn",
    "parent_body": "UBND TỈNH LẠNG SƠN",
    "issuing_body": "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
    "place": "Lạng Sơn",
    "signatory_title": "GIÁM ĐỐC",
    "signatory_name": "Hoàng Văn Bình",
}


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
    if rule.template_id is None:
        rule.template = template
        rule.save(update_fields=["template"])
    rule.required_quizzes.set(Quiz.objects.filter(course=course))
    log(
        f"Certification rule: {rule.required_quizzes.count()} quiz(zes), "
        f"{sessions_of_course(course_page=course).count()} session(s) in the course"
    )
