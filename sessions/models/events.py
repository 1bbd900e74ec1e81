from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ConnectionEvent(models.Model):
    """What a video source reported: append-only, one row per event, never updated.

    ``idempotency_key`` is the sender's key (JaaS) or one derived from the event's
    content (Prosody's event_sync sends none), so a replayed webhook stores nothing new.
    Events for rooms no session owns are kept with ``session`` empty.
    """

    class Kind(models.TextChoices):
        ROOM_CREATED = "room_created", _("Room created")
        ROOM_DESTROYED = "room_destroyed", _("Room destroyed")
        JOINED = "joined", _("Joined")
        LEFT = "left", _("Left")

    class Source(models.TextChoices):
        PROSODY = "prosody", _("Prosody event_sync")
        JAAS = "jaas", _("JaaS webhook")
        IFRAME = "iframe", _("Room page (advisory)")
        RECONCILIATION = "reconciliation", _("Reconciliation")

    session = models.ForeignKey(
        "live_sessions.LiveSession",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="connection_events",
    )
    room_name = models.CharField(max_length=255, db_index=True)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    source = models.CharField(max_length=20, choices=Source.choices)
    idempotency_key = models.CharField(max_length=128, unique=True)
    #: Who connected, as the source names them (occupant JID, participant id).
    participant_key = models.CharField(max_length=255, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="connection_events",
    )
    endpoint = models.ForeignKey(
        "live_sessions.Endpoint",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="connection_events",
    )
    display_name = models.CharField(max_length=255, blank=True)
    occurred_at = models.DateTimeField()
    received_at = models.DateTimeField(auto_now_add=True)
    payload = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("connection event")
        verbose_name_plural = _("connection events")
        ordering = ["occurred_at", "pk"]
        indexes = [models.Index(fields=["session", "occurred_at"])]

    def __str__(self) -> str:
        return f"{self.kind} {self.participant_key} @ {self.occurred_at:%H:%M:%S}"
