"""Factories for quizzes; a minimal course tree stands in for the courses app's."""

from __future__ import annotations

from decimal import Decimal

import factory
from wagtail.models import Page

from assessments.models import (
    Choice,
    EssayQuestion,
    MultipleChoiceQuestion,
    OrderingQuestion,
    QuestionCategory,
    Quiz,
    QuizSlot,
    ShortAnswerQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from courses.models import CourseIndexPage, CoursePage, ModulePage
from courses.services import page_tree_root_ensure


def course_tree(slug: str = "khoa-hoc-thu", modules: int = 1):
    """A course index, a course and its modules under the site root."""
    root = page_tree_root_ensure()
    index = CourseIndexPage.objects.first()
    if index is None:
        index = root.add_child(
            instance=CourseIndexPage(title="Khóa học", slug="khoa-hoc")
        )
    course = index.add_child(instance=CoursePage(title=f"Khóa {slug}", slug=slug))
    module_pages = [
        course.add_child(
            instance=ModulePage(title=f"Chuyên đề {i + 1}", slug=f"{slug}-m{i}")
        )
        for i in range(modules)
    ]
    return course, module_pages


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = QuestionCategory

    course = factory.LazyFunction(
        lambda: course_tree(slug=f"c{Page.objects.count()}")[0]
    )
    name = factory.Sequence(lambda n: f"Nhóm câu hỏi {n}")


class _QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True
        skip_postgeneration_save = True

    category = factory.SubFactory(CategoryFactory)
    text = factory.Sequence(lambda n: f"Câu hỏi số {n}?")
    points = Decimal("1")
    explanation = "Giải thích chung."


def _choices(question, specs):
    return [
        Choice.objects.create(
            question=question,
            text=text,
            fraction=Decimal(str(f)),
            feedback=f"Phản hồi {text}",
            position=i,
        )
        for i, (text, f) in enumerate(specs)
    ]


class SingleChoiceFactory(_QuestionFactory):
    class Meta:
        model = SingleChoiceQuestion
        skip_postgeneration_save = True

    @factory.post_generation
    def with_choices(self, create, extracted, **kwargs):
        if create:
            _choices(self, extracted or [("Đúng", 1), ("Sai A", 0), ("Sai B", 0)])


class MultipleChoiceFactory(_QuestionFactory):
    class Meta:
        model = MultipleChoiceQuestion
        skip_postgeneration_save = True

    @factory.post_generation
    def with_choices(self, create, extracted, **kwargs):
        if create:
            _choices(
                self,
                extracted
                or [("Đúng 1", 0.5), ("Đúng 2", 0.5), ("Sai 1", 0), ("Sai 2", 0)],
            )


class TrueFalseFactory(_QuestionFactory):
    class Meta:
        model = TrueFalseQuestion
        skip_postgeneration_save = True

    correct_answer = False


class ShortAnswerFactory(_QuestionFactory):
    class Meta:
        model = ShortAnswerQuestion
        skip_postgeneration_save = True

    ignore_diacritics = True

    @factory.post_generation
    def with_choices(self, create, extracted, **kwargs):
        if create:
            _choices(self, extracted or [("cầu nối", 1), ("bắc cầu", 0.5)])


class OrderingFactory(_QuestionFactory):
    class Meta:
        model = OrderingQuestion
        skip_postgeneration_save = True

    points = Decimal("2")

    @factory.post_generation
    def with_choices(self, create, extracted, **kwargs):
        if create:
            _choices(
                self,
                extracted
                or [("Bước 1", 0), ("Bước 2", 0), ("Bước 3", 0), ("Bước 4", 0)],
            )


class EssayFactory(_QuestionFactory):
    class Meta:
        model = EssayQuestion
        skip_postgeneration_save = True

    points = Decimal("5")
    rubric = "<p>Rubric</p>"


class QuizFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Quiz

    course = factory.LazyFunction(
        lambda: course_tree(slug=f"q{Page.objects.count()}")[0]
    )
    title = factory.Sequence(lambda n: f"Bài kiểm tra {n}")
    is_published = True
    attempts_allowed = 2
    pass_mark_percent = Decimal("50")


def quiz_with(questions, **kwargs) -> Quiz:
    """A quiz of fixed questions in the given order (no shuffling unless asked)."""
    kwargs.setdefault("shuffle_questions", False)
    kwargs.setdefault("course", questions[0].category.course if questions else None)
    quiz = QuizFactory(**{k: v for k, v in kwargs.items() if v is not None})
    for order, question in enumerate(questions):
        QuizSlot.objects.create(quiz=quiz, sort_order=order, question=question)
    return quiz


def all_types_quiz(**kwargs) -> Quiz:
    category = CategoryFactory()
    questions = [
        SingleChoiceFactory(category=category),
        MultipleChoiceFactory(category=category),
        TrueFalseFactory(category=category),
        ShortAnswerFactory(category=category),
        OrderingFactory(category=category),
        EssayFactory(category=category),
    ]
    return quiz_with(questions, **kwargs)


def certifying(quiz: Quiz) -> Quiz:
    """Make a certificate rule of the quiz's course require the quiz."""
    from assessments.tests.certificate_factories import CertificationRuleFactory

    rule = CertificationRuleFactory(course=quiz.course)
    rule.required_quizzes.add(quiz)
    return quiz
