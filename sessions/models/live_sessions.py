import secrets
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from accounts.roles import Role

from .endpoints import Endpoint


def new_room_name() -> str:
    """An unguessable Jitsi room name: lowercase (Prosody compares lowercased), no
    characters that need percent-encoding (mod_muc_size does not decode)."""
    return f"taphuan-{secrets.token_hex(12)}"


def new_checkin_secret() -> str:
    return secrets.token_hex(20)


class LiveSessionQuerySet(models.QuerySet):
    def upcoming(self, now=None):
        now = now or timezone.now()
        return self.filter(
            ends_at__gte=now,
            status__in=[LiveSession.Status.SCHEDULED, LiveSession.Status.LIVE],
        ).order_by("starts_at")

    def live(self):
        return self.filter(status=LiveSession.Status.LIVE)

    def not_cancelled(self):
        return self.exclude(status=LiveSession.Status.CANCELLED)


class LiveSession(ClusterableModel):
    """A scheduled, live or ended webinar: a hub linked to endpoint rooms over Jitsi.

    Clusterable so the Wagtail admin edits its endpoints (with expected headcounts)
    inline, in the same form as the session.
    """

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        # A context of its own: Wagtail's "Live" (of a page) means "published".
        LIVE = "live", pgettext_lazy("live session status", "Live")
        ENDED = "ended", _("Ended")
        CANCELLED = "cancelled", _("Cancelled")

    title = models.CharField(_("title"), max_length=255)
    module = models.ForeignKey(
        "courses.ModulePage",
        verbose_name=_("module"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="live_sessions",
        help_text=_("The course module this session teaches."),
    )
    description = models.TextField(_("description"), blank=True)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    presenter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("presenter"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="presented_sessions",
        limit_choices_to=Q(groups__name=Role.LECTURER),
    )
    hub = models.ForeignKey(
        Endpoint,
        verbose_name=_("hub"),
        on_delete=models.PROTECT,
        related_name="hosted_sessions",
        limit_choices_to={"kind": Endpoint.Kind.HUB},
    )
    endpoints = models.ManyToManyField(
        Endpoint,
        through="SessionEndpoint",
        verbose_name=_("endpoints"),
        related_name="live_sessions",
        blank=True,
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.SCHEDULED
    )
    room_name = models.CharField(
        _("video room"),
        max_length=64,
        unique=True,
        default=new_room_name,
        editable=False,
    )
    #: Attendance policy: arriving later than this many minutes after the start is late.
    late_after_minutes = models.PositiveIntegerField(
        _("late after (minutes)"),
        default=10,
        help_text=_("Arriving later than this after the start counts as late."),
    )
    #: Attendance policy: share of the session's length that counts as present, in %.
    present_percent = models.PositiveSmallIntegerField(
        _("present from (percent of the session)"),
        default=75,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_(
            "Being there for at least this share of the session counts as present."
        ),
    )
    attendance_finalised_at = models.DateTimeField(
        _("attendance finalised at"), null=True, blank=True, editable=False
    )
    #: When the session went live by itself (its start, or its room's first join).
    went_live_at = models.DateTimeField(
        _("went live at"), null=True, blank=True, editable=False
    )
    #: When it ended (its scheduled end, or an organiser's early end).
    ended_at = models.DateTimeField(
        _("ended at"), null=True, blank=True, editable=False
    )
    finalise_grace_minutes = models.PositiveIntegerField(
        _("attendance final after (minutes)"),
        null=True,
        blank=True,
        help_text=_(
            "Attendance becomes final by itself this long after the session ends. "
            "Empty: the platform's default (30 minutes)."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = LiveSessionQuerySet.as_manager()

    class Meta:
        verbose_name = _("live session")
        verbose_name_plural = _("live sessions")
        ordering = ["-starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")),
                name="live_session_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError(
                {"ends_at": _("The session must end after it starts.")}
            )

    @property
    def duration(self):
        return self.ends_at - self.starts_at

    @property
    def finalise_grace(self) -> timedelta:
        minutes = self.finalise_grace_minutes
        if minutes is None:
            minutes = settings.ATTENDANCE_FINALISE_GRACE_MINUTES
        return timedelta(minutes=minutes)


class SessionEndChange(models.Model):
    """A running session's end moved: extended, or ended early by an organiser."""

    class Kind(models.TextChoices):
        EXTENDED = "extended", _("Extended")
        ENDED_EARLY = "ended_early", _("Ended early")

    session = models.ForeignKey(
        LiveSession, on_delete=models.CASCADE, related_name="end_changes"
    )
    kind = models.CharField(max_length=12, choices=Kind.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    at = models.DateTimeField(auto_now_add=True)
    old_ends_at = models.DateTimeField()
    new_ends_at = models.DateTimeField()

    class Meta:
        verbose_name = _("session end change")
        verbose_name_plural = _("session end changes")
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.kind} {self.session_id}: {self.new_ends_at:%H:%M}"


class SessionEndpoint(models.Model):
    """An endpoint taking part in a session, with its expected headcount and the secret
    its rotating check-in codes derive from."""

    session = ParentalKey(
        LiveSession, on_delete=models.CASCADE, related_name="session_endpoints"
    )
    endpoint = models.ForeignKey(
        Endpoint,
        verbose_name=_("endpoint"),
        on_delete=models.PROTECT,
        related_name="session_endpoints",
    )
    expected_headcount = models.PositiveIntegerField(_("expected headcount"), default=0)
    checkin_secret = models.CharField(
        max_length=64, default=new_checkin_secret, editable=False
    )
    sort_order = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        verbose_name = _("session endpoint")
        verbose_name_plural = _("session endpoints")
        ordering = ["sort_order", "endpoint__sort_order", "endpoint__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "endpoint"], name="unique_endpoint_per_session"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.session} · {self.endpoint}"
