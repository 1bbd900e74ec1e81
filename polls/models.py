"""Polls run during a live session: the question, its choices, and each person's one
answer (the choices they picked), stored with the session."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class PollQuerySet(models.QuerySet):
    def of_session(self, session_id: int):
        return self.filter(session_id=session_id)

    def shown_to_participants(self):
        """Launched polls: open, or closed after being open (drafts stay hidden)."""
        return self.exclude(state=Poll.State.DRAFT)


class Poll(models.Model):
    """A question the presenter or an organiser puts to everyone in the session.

    Prepared as a draft before the session or improvised during it; open while
    participants answer; closed for good. ``results_visible`` says whether
    participants see the results or only the moderators do.
    """

    class Kind(models.TextChoices):
        SINGLE = "single", _("Single choice")
        MULTIPLE = "multiple", _("Multiple choice")

    class State(models.TextChoices):
        DRAFT = "draft", pgettext_lazy("poll state", "Draft")
        OPEN = "open", pgettext_lazy("poll state", "Open")
        CLOSED = "closed", pgettext_lazy("poll state", "Closed")

    session = models.ForeignKey(
        "live_sessions.LiveSession",
        verbose_name=_("session"),
        on_delete=models.CASCADE,
        related_name="polls",
    )
    question = models.CharField(_("question"), max_length=500)
    kind = models.CharField(
        _("kind"), max_length=10, choices=Kind.choices, default=Kind.SINGLE
    )
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.DRAFT
    )
    results_visible = models.BooleanField(
        _("results shown to participants"), default=False
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    opened_at = models.DateTimeField(_("opened at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)

    objects = PollQuerySet.as_manager()

    class Meta:
        verbose_name = _("poll")
        verbose_name_plural = _("polls")
        ordering = ["session_id", "created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(state="draft") | Q(opened_at__isnull=False),
                name="polls_launched_poll_has_opened_at",
            ),
        ]

    def __str__(self) -> str:
        return self.question


class Choice(models.Model):
    poll = models.ForeignKey(
        Poll, verbose_name=_("poll"), on_delete=models.CASCADE, related_name="choices"
    )
    text = models.CharField(_("text"), max_length=200)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("choice")
        verbose_name_plural = _("choices")
        ordering = ["poll_id", "order", "pk"]

    def __str__(self) -> str:
        return self.text


class Answer(models.Model):
    """One person's answer to one poll: the database keeps one per person, so a
    double submit or a second tab never counts twice. ``endpoint`` is where they
    took part when they answered (empty: remote), for results per site."""

    poll = models.ForeignKey(
        Poll, verbose_name=_("poll"), on_delete=models.CASCADE, related_name="answers"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        related_name="poll_answers",
    )
    endpoint = models.ForeignKey(
        "live_sessions.Endpoint",
        verbose_name=_("endpoint"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    choices = models.ManyToManyField(
        Choice, through="AnswerChoice", related_name="answers"
    )
    created_at = models.DateTimeField(_("answered at"), auto_now_add=True)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        ordering = ["poll_id", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["poll", "user"], name="polls_one_answer_per_person"
            ),
        ]
        indexes = [models.Index(fields=["poll", "endpoint"])]

    def __str__(self) -> str:
        return f"{self.user} → {self.poll}"


class AnswerChoice(models.Model):
    """A choice picked in an answer (rows, never a list in a text field)."""

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="+")
    choice = models.ForeignKey(Choice, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["answer", "choice"], name="polls_choice_once_per_answer"
            ),
        ]
