"""Quizzes: which questions (fixed or drawn), the rules, what review shows."""

from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)


class QuizQuerySet(models.QuerySet):
    def of_course(self, course_id: int):
        return self.filter(course_id=course_id)

    def published(self):
        return self.filter(is_published=True)

    def for_module(self, module_id: int):
        return self.filter(module_id=module_id)


class Quiz(ClusterableModel):
    """A quiz of a course, optionally the quiz of one of its modules."""

    class GradingMethod(models.TextChoices):
        HIGHEST = "highest", _("Highest attempt")
        LAST = "last", _("Last attempt")

    class ReviewWhen(models.TextChoices):
        IMMEDIATELY = "immediately", _("Immediately after submitting")
        AFTER_CLOSE = "after_close", _("After the quiz closes")
        NEVER = "never", _("Never")

    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.CASCADE,
        related_name="quizzes",
        verbose_name=_("course"),
    )
    module = models.ForeignKey(
        "courses.ModulePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="quizzes",
        verbose_name=_("module"),
        help_text=_("The module page that links to this quiz."),
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    is_published = models.BooleanField(
        _("published"),
        default=False,
        help_text=_("Trainees see only published quizzes."),
    )
    pass_mark_percent = models.DecimalField(
        _("pass mark (percent)"),
        max_digits=5,
        decimal_places=2,
        default=Decimal("50"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))],
    )
    time_limit_minutes = models.PositiveIntegerField(
        _("time limit (minutes)"),
        null=True,
        blank=True,
        help_text=_("Empty: no time limit."),
    )
    opens_at = models.DateTimeField(_("opens at"), null=True, blank=True)
    closes_at = models.DateTimeField(_("closes at"), null=True, blank=True)
    attempts_allowed = models.PositiveIntegerField(
        _("attempts allowed"), default=1, help_text=_("0 means unlimited.")
    )
    grading_method = models.CharField(
        _("grading method"),
        max_length=10,
        choices=GradingMethod.choices,
        default=GradingMethod.HIGHEST,
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=True)
    shuffle_choices = models.BooleanField(_("shuffle choices"), default=True)
    review_when = models.CharField(
        _("trainees can review"),
        max_length=20,
        choices=ReviewWhen.choices,
        default=ReviewWhen.IMMEDIATELY,
    )
    review_score = models.BooleanField(_("review shows the score"), default=True)
    review_correctness = models.BooleanField(
        _("review shows which answers were right"), default=True
    )
    review_right_answers = models.BooleanField(
        _("review shows the right answers"), default=True
    )
    review_feedback = models.BooleanField(
        _("review shows feedback and explanations"), default=True
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("course"),
                FieldPanel("module"),
                FieldPanel("title"),
                FieldPanel("description"),
                FieldPanel("is_published"),
            ],
            heading=_("Quiz"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldRowPanel(
                    [FieldPanel("time_limit_minutes"), FieldPanel("attempts_allowed")]
                ),
                FieldRowPanel(
                    [FieldPanel("pass_mark_percent"), FieldPanel("grading_method")]
                ),
                FieldRowPanel(
                    [FieldPanel("shuffle_questions"), FieldPanel("shuffle_choices")]
                ),
            ],
            heading=_("Rules"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("review_when"),
                FieldRowPanel(
                    [FieldPanel("review_score"), FieldPanel("review_correctness")]
                ),
                FieldRowPanel(
                    [FieldPanel("review_right_answers"), FieldPanel("review_feedback")]
                ),
            ],
            heading=_("Review policy"),
        ),
        InlinePanel("slots", label=_("Questions and random draws")),
    ]

    objects = QuizQuerySet.as_manager()

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")
        ordering = ["course_id", "title"]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError(
                {"closes_at": _("The quiz must close after it opens.")}
            )
        if (
            self.module_id
            and self.course_id
            and (self.module.get_parent().pk != self.course_id)
        ):
            raise ValidationError(
                {"module": _("The module must belong to the course.")}
            )

    def is_open(self, at=None) -> bool:
        at = at or timezone.now()
        if self.opens_at and at < self.opens_at:
            return False
        return not (self.closes_at and at >= self.closes_at)

    def review_allowed(self, at=None) -> bool:
        if self.review_when == self.ReviewWhen.IMMEDIATELY:
            return True
        if self.review_when == self.ReviewWhen.AFTER_CLOSE:
            return bool(self.closes_at and (at or timezone.now()) >= self.closes_at)
        return False


class QuizSlot(models.Model):
    """One place in a quiz: a fixed question, or a number drawn from a category."""

    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="slots")
    sort_order = models.PositiveIntegerField(_("order"), default=0)
    question = models.ForeignKey(
        "assessments.Question",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("fixed question"),
    )
    category = models.ForeignKey(
        "assessments.QuestionCategory",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("draw from category"),
    )
    draw_count = models.PositiveIntegerField(
        _("how many to draw"), default=1, validators=[MinValueValidator(1)]
    )

    panels = [
        FieldPanel("question"),
        FieldRowPanel([FieldPanel("category"), FieldPanel("draw_count")]),
    ]

    class Meta:
        verbose_name = _("quiz slot")
        verbose_name_plural = _("quiz slots")
        ordering = ["sort_order", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(question__isnull=False, category__isnull=True)
                    | models.Q(question__isnull=True, category__isnull=False)
                ),
                name="assessments_slot_question_xor_category",
            )
        ]

    def clean(self) -> None:
        if bool(self.question_id) == bool(self.category_id):
            raise ValidationError(
                _("Choose either a fixed question or a category to draw from.")
            )
