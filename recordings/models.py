import secrets
from datetime import datetime
from pathlib import PurePath

from django.conf import settings
from django.db import models
from django.db.models import Case, Q, Value, When
from django.utils.translation import gettext_lazy as _

from accounts.storage import private_storage


def recording_upload_to(instance: "Recording", filename: str) -> str:
    """An unguessable name, the extension kept: the file is served only through the
    view that checks who asks."""
    suffix = PurePath(filename).suffix.lower()[:8]
    return f"recordings/{secrets.token_hex(16)}{suffix}"


class RecordingQuerySet(models.QuerySet):
    def in_order(self) -> "RecordingQuerySet":
        """By session, recordings before transcripts, then as they were added."""
        transcripts_last = Case(
            When(kind=Recording.Kind.TRANSCRIPT, then=Value(1)), default=Value(0)
        )
        return self.order_by(
            "session__starts_at", "session_id", transcripts_last, "created_at", "pk"
        )


class Recording(models.Model):
    """A session's recording or transcript: a file in private storage or a link.

    ``external_key`` is what the sender calls this delivery (JaaS's idempotencyKey);
    unique in the database, so a replayed webhook attaches nothing twice.
    """

    class Kind(models.TextChoices):
        VIDEO = "video", _("Video or audio recording")
        TRANSCRIPT = "transcript", _("Transcript")

    class Source(models.TextChoices):
        JAAS = "jaas", _("Sent by JaaS (8x8)")
        JIBRI = "jibri", _("Recorded by Jibri")
        UPLOAD = "upload", _("Uploaded by an organiser")
        LINK = "link", _("Linked by an organiser")

    session = models.ForeignKey(
        "live_sessions.LiveSession",
        verbose_name=_("live session"),
        on_delete=models.CASCADE,
        related_name="recordings",
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    source = models.CharField(_("source"), max_length=8, choices=Source.choices)
    title = models.CharField(_("title"), max_length=255, blank=True)
    url = models.URLField(_("link"), max_length=2000, blank=True)
    file = models.FileField(
        _("file"),
        upload_to=recording_upload_to,
        storage=private_storage,
        blank=True,
        max_length=200,
    )
    content_type = models.CharField(_("file type"), max_length=100, blank=True)
    size_bytes = models.PositiveBigIntegerField(
        _("size (bytes)"), null=True, blank=True
    )
    duration_seconds = models.PositiveIntegerField(
        _("duration (seconds)"), null=True, blank=True
    )
    #: JaaS's links are pre-authenticated for a limited time only.
    link_expires_at = models.DateTimeField(_("link valid until"), null=True, blank=True)
    external_key = models.CharField(max_length=160, null=True, blank=True, unique=True)
    #: The JaaS meeting session (``sessionId``) it came from.
    meeting_session_id = models.CharField(max_length=100, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("added at"), auto_now_add=True)

    objects = RecordingQuerySet.as_manager()

    class Meta:
        verbose_name = _("recording")
        verbose_name_plural = _("recordings")
        ordering = ["created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(url="") & ~Q(file="")) | (~Q(url="") & Q(file="")),
                name="recording_is_a_file_or_a_link",
            ),
        ]

    def __str__(self) -> str:
        return self.title or f"{self.get_kind_display()} – {self.session}"

    @property
    def is_file(self) -> bool:
        return bool(self.file)

    def link_has_expired(self, now: datetime) -> bool:
        """A link (JaaS keeps its recordings for a limited time) past its validity."""
        return (
            not self.is_file
            and self.link_expires_at is not None
            and self.link_expires_at <= now
        )

    @property
    def duration_minutes(self) -> int | None:
        if self.duration_seconds is None:
            return None
        return -(-self.duration_seconds // 60)

    @property
    def is_playable(self) -> bool:
        """A file the page can play itself (same origin, so the CSP allows it)."""
        return self.is_file and self.content_type.startswith(("video/", "audio/"))


class JibriRun(models.Model):
    """Self-hosted recording through Jibri: started, and stopped (or still running).

    The file stays on the Jibri host (its finalize script decides where); an
    organiser then uploads or links it as a ``Recording``.
    """

    session = models.ForeignKey(
        "live_sessions.LiveSession",
        on_delete=models.CASCADE,
        related_name="jibri_runs",
    )
    #: The ``sessionId`` sent to Jibri's startService.
    recorder_session_id = models.CharField(max_length=64, unique=True)
    started_at = models.DateTimeField(auto_now_add=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    stopped_at = models.DateTimeField(null=True, blank=True)
    stopped_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["-started_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["session"],
                condition=Q(stopped_at__isnull=True),
                name="recordings_one_running_jibri_run_per_session",
            ),
        ]

    def __str__(self) -> str:
        return self.recorder_session_id
