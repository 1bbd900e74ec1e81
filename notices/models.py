from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class NoticeKind(models.TextChoices):
    """What a notice is about; each kind a person can turn off on its own."""

    SESSION_REMINDER = "session_reminder", _("Reminders before my sessions")
    SESSION_CHANGE = "session_change", _("Sessions moved or cancelled")
    ESSAY_GRADED = "essay_graded", _("My essays graded")
    CERTIFICATE = "certificate", _("My certificates issued, reviewed or revoked")


class NoticePreference(models.Model):
    """Which notices one person receives; no row means every kind is on."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notice_preference",
        verbose_name=_("user"),
    )
    session_reminder = models.BooleanField(
        NoticeKind.SESSION_REMINDER.label, default=True
    )
    session_change = models.BooleanField(NoticeKind.SESSION_CHANGE.label, default=True)
    essay_graded = models.BooleanField(NoticeKind.ESSAY_GRADED.label, default=True)
    certificate = models.BooleanField(NoticeKind.CERTIFICATE.label, default=True)

    class Meta:
        verbose_name = _("notice preference")
        verbose_name_plural = _("notice preferences")

    def __str__(self) -> str:
        return str(self.user)

    def wants(self, kind: str) -> bool:
        return bool(getattr(self, NoticeKind(kind).value))


class SentReminder(models.Model):
    """A reminder claimed for one person, session, kind and start time.

    The uniqueness constraint is what makes the periodic job send each reminder
    once, however often (or concurrently) it runs; a session moved to a new start
    time is a new key, so it gets a new reminder."""

    class Kind(models.TextChoices):
        DAY_BEFORE = "day", _("A day before")
        HOUR_BEFORE = "hour", _("An hour before")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    session = models.ForeignKey(
        "live_sessions.LiveSession", on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(max_length=8, choices=Kind.choices)
    starts_at = models.DateTimeField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("sent reminder")
        verbose_name_plural = _("sent reminders")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "session", "kind", "starts_at"],
                name="sent_reminder_once",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.session_id}/{self.user_id}/{self.kind}"


class SessionAnnouncement(models.Model):
    """What people were last told about a session (its calendar entry's state).

    Changes are detected against it, and its sequence numbers the calendar updates
    (iCalendar SEQUENCE) so mail clients replace the entry instead of adding one."""

    session = models.OneToOneField(
        "live_sessions.LiveSession",
        on_delete=models.CASCADE,
        related_name="+",
        primary_key=True,
    )
    sequence = models.PositiveIntegerField(default=0)
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    hub_id = models.BigIntegerField(null=True)
    cancelled = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("session announcement")
        verbose_name_plural = _("session announcements")

    def __str__(self) -> str:
        return f"{self.session_id}#{self.sequence}"
