"""Attempts: the questions drawn for one trainee, their answers, and the result."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from assessments.choice_keys import ChoiceKeys


class AttemptQuerySet(models.QuerySet):
    def in_progress(self):
        return self.filter(state=Attempt.State.IN_PROGRESS)

    def submitted(self):
        return self.filter(state=Attempt.State.SUBMITTED)

    def overdue(self, at=None):
        return self.in_progress().filter(deadline__lte=at or timezone.now())

    def of(self, user):
        return self.filter(user=user)


class Attempt(models.Model):
    """One try at a quiz. The questions and their order are fixed when it starts."""

    class State(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        SUBMITTED = "submitted", _("Submitted")

    quiz = models.ForeignKey(
        "assessments.Quiz",
        on_delete=models.CASCADE,
        related_name="attempts",
        verbose_name=_("quiz"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
        verbose_name=_("trainee"),
    )
    number = models.PositiveIntegerField(_("attempt number"))
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.IN_PROGRESS
    )
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    #: Enforced by the server; ``None`` when the quiz has no time limit or close time.
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    auto_submitted = models.BooleanField(_("submitted automatically"), default=False)
    score = models.DecimalField(
        _("score"), max_digits=8, decimal_places=2, null=True, blank=True
    )
    max_score = models.DecimalField(
        _("maximum score"), max_digits=8, decimal_places=2, default=Decimal("0")
    )
    passed = models.BooleanField(_("passed"), default=False)
    #: Set when every question is graded (essays included): the result is final.
    finalised_at = models.DateTimeField(_("final since"), null=True, blank=True)

    objects = AttemptQuerySet.as_manager()

    class Meta:
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["quiz", "user", "number"], name="assessments_attempt_number"
            ),
            models.UniqueConstraint(
                fields=["quiz", "user"],
                condition=models.Q(state="in_progress"),
                name="assessments_one_open_attempt",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.quiz} · {self.user} · {self.number}"

    @property
    def is_open(self) -> bool:
        return self.state == self.State.IN_PROGRESS

    @property
    def is_final(self) -> bool:
        return self.finalised_at is not None

    @property
    def score_percent(self) -> Decimal | None:
        if self.score is None or not self.max_score:
            return None
        return (self.score * 100 / self.max_score).quantize(Decimal("0.01"))

    def past_deadline(self, at=None) -> bool:
        return self.deadline is not None and (at or timezone.now()) >= self.deadline

    def seconds_left(self, at=None) -> int | None:
        if self.deadline is None:
            return None
        return max(0, int((self.deadline - (at or timezone.now())).total_seconds()))


class AttemptQuestion(models.Model):
    """A question drawn into an attempt: its place, choice order, answer and score."""

    attempt = models.ForeignKey(
        Attempt,
        on_delete=models.CASCADE,
        related_name="items",
        verbose_name=_("attempt"),
    )
    question = models.ForeignKey(
        "assessments.Question",
        on_delete=models.PROTECT,
        related_name="attempt_items",
        verbose_name=_("question"),
    )
    position = models.PositiveIntegerField(_("position"))
    #: Choice ids in the order this trainee sees them (fixed at the start).
    choice_order = models.JSONField(_("choice order"), default=list, blank=True)
    #: The choices' opaque tokens in the page, in the same order as ``choice_order``.
    choice_tokens = models.JSONField(_("choice tokens"), default=list, blank=True)
    response = models.JSONField(_("answer"), null=True, blank=True)
    saved_at = models.DateTimeField(_("saved at"), null=True, blank=True)
    #: ``None`` until graded (essays wait for a lecturer).
    score = models.DecimalField(
        _("score"), max_digits=8, decimal_places=2, null=True, blank=True
    )
    points = models.DecimalField(_("points"), max_digits=6, decimal_places=2)
    feedback = models.TextField(_("lecturer's feedback"), blank=True)
    graded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("graded by"),
    )
    graded_at = models.DateTimeField(_("graded at"), null=True, blank=True)

    class Meta:
        verbose_name = _("attempt question")
        verbose_name_plural = _("attempt questions")
        ordering = ["attempt_id", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "question"], name="assessments_item_once"
            ),
            models.UniqueConstraint(
                fields=["attempt", "position"], name="assessments_item_position"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.attempt_id} #{self.position}"

    @property
    def prefix(self) -> str:
        """The name of this question's inputs: its place in the attempt, not an id."""
        return f"q{self.position}"

    @property
    def keys(self) -> ChoiceKeys:
        return ChoiceKeys(zip(self.choice_tokens, self.choice_order, strict=False))

    def token_for(self, choice_id: int) -> str:
        """The token that stands for a choice in this attempt's page."""
        return self.keys.token(choice_id)
