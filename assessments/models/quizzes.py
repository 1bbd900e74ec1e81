"""Quizzes: which questions (fixed or drawn), the rules, what review shows."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

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


def quiz_grade(method: str, percents: list[Decimal]) -> Decimal | None:
    """The quiz's result from its attempts' percentages, in the order taken.

    Moodle's grading methods: the highest attempt, the mean of all attempts, the
    first attempt (later ones ignored) or the last one. ``None`` without attempts.
    """
    if not percents:
        return None
    if method == Quiz.GradingMethod.AVERAGE:
        mean = sum(percents, Decimal("0")) / len(percents)
        return mean.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if method == Quiz.GradingMethod.FIRST:
        return percents[0]
    if method == Quiz.GradingMethod.LAST:
        return percents[-1]
    return max(percents)


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
        """Which attempts make the quiz's result (Moodle's "grading method")."""

        HIGHEST = "highest", _("Highest attempt")
        AVERAGE = "average", _("Average of the attempts")
        FIRST = "first", _("First attempt")
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
        _("review shows which answers were right"),
        default=False,
        help_text=_("Also shows each question's score."),
    )
    review_right_answers = models.BooleanField(
        _("review shows the right answers"), default=False
    )
    review_feedback = models.BooleanField(
        _("review shows feedback and explanations"), default=False
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
            self.review_when == self.ReviewWhen.IMMEDIATELY
            and self.review_shows_key
            and self.is_certifying()
        ):
            raise ValidationError(
                {
                    "review_when": _(
                        "A certificate rule uses this quiz, so its review may show "
                        "right answers, which answers were right, or feedback only "
                        "after the quiz closes: otherwise a trainee with an attempt "
                        "left could copy them into the next attempt. Choose “After "
                        "the quiz closes”, or untick those review options."
                    )
                }
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

    @property
    def review_shows_key(self) -> bool:
        """Whether the review policy shows anything that gives answers away."""
        return (
            self.review_correctness or self.review_right_answers or self.review_feedback
        )

    def is_certifying(self) -> bool:
        """Whether a certificate rule requires this quiz."""
        from .certificates import CertificationRule

        return bool(
            self.pk and CertificationRule.objects.filter(required_quizzes=self).exists()
        )

    def attempts_left(self, user) -> int | None:
        """How many more attempts ``user`` may start; ``None`` for unlimited."""
        if not self.attempts_allowed:
            return None
        used = self.attempts.filter(user=user).count()
        return max(0, self.attempts_allowed - used)

    def hides_key_from(self, user, at=None) -> bool:
        """Whether answers must stay hidden from ``user`` whatever the review policy
        says: a certifying quiz shows none while the quiz is open or the trainee can
        still try again.
        """
        if not self.is_certifying():
            return False
        return self.is_open(at) or self.attempts_left(user) != 0

    def trainee_sees_score(self, at=None) -> bool:
        """Whether trainees may see their scores now (the review policy's "score")."""
        return self.review_score and self.review_allowed(at)

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
