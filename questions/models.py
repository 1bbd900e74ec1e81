"""Questions to the presenter during a live session, their votes, and the session's
Q&A settings."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

#: The longest question a participant may ask (characters).
QUESTION_MAX_LENGTH = 500


class QuestionQuerySet(models.QuerySet):
    def visible(self):
        return self.filter(hidden_at__isnull=True)

    def of_session(self, session_id: int):
        return self.filter(session_id=session_id)


class Question(models.Model):
    """A question asked during a live session, attributed to the site it came from.

    Hidden questions are kept for the record (who hid them, when); only moderators
    and the export see them.
    """

    session = models.ForeignKey(
        "live_sessions.LiveSession",
        verbose_name=_("session"),
        on_delete=models.CASCADE,
        related_name="questions",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="questions_asked",
    )
    #: Where the author was when asking; empty for a remote trainee.
    endpoint = models.ForeignKey(
        "live_sessions.Endpoint",
        verbose_name=_("endpoint"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    #: The author asked on behalf of their room (a site coordinator).
    for_room = models.BooleanField(_("on behalf of the room"), default=False)
    text = models.TextField(_("question"), max_length=QUESTION_MAX_LENGTH)
    #: Other participants do not see the author's name; moderators always do.
    anonymous = models.BooleanField(_("anonymous to other participants"), default=False)
    created_at = models.DateTimeField(_("asked at"), auto_now_add=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    pinned = models.BooleanField(_("pinned"), default=False)
    hidden_at = models.DateTimeField(_("hidden at"), null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("hidden by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    objects = QuestionQuerySet.as_manager()

    class Meta:
        verbose_name = _("question to the presenter")
        verbose_name_plural = _("questions to the presenter")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["session"],
                condition=Q(pinned=True),
                name="questions_one_pinned_per_session",
            ),
            models.CheckConstraint(
                condition=~(Q(pinned=True) & Q(hidden_at__isnull=False)),
                name="questions_hidden_is_never_pinned",
            ),
        ]
        indexes = [models.Index(fields=["session", "created_at"])]

    def __str__(self) -> str:
        return self.text[:60]


class Vote(models.Model):
    """One participant supports one question; at most once (the database says so)."""

    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, related_name="votes"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [
            models.UniqueConstraint(
                fields=["question", "user"], name="questions_one_vote_per_person"
            ),
        ]


class QuestionSettings(models.Model):
    """A session's Q&A settings, beside the session so the sessions app needs no
    migration for them. A session without a row has the defaults."""

    session = models.OneToOneField(
        "live_sessions.LiveSession",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="question_settings",
    )
    allow_anonymous = models.BooleanField(
        _("allow anonymous questions"),
        default=False,
        help_text=_(
            "Participants may hide their name from other participants; the presenter "
            "and organisers still see it."
        ),
    )

    class Meta:
        verbose_name = _("question settings")
        verbose_name_plural = _("question settings")
