from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ConnectionEventQuerySet(models.QuerySet):
    def room_ends(self) -> "ConnectionEventQuerySet":
        """The room's own ``room_destroyed`` events. Room-level events name no
        endpoint: saying so makes the ``(session, endpoint, kind)`` index find them
        at once instead of walking every endpoint's events."""
        return self.filter(
            endpoint__isnull=True, kind=ConnectionEvent.Kind.ROOM_DESTROYED
        )


class ConnectionEvent(models.Model):
    """What a video source reported: append-only, one row per event; what it says is
    never updated (``presence_applied`` only records that the presence pipeline has
    folded it into its identity's summary).

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

    #: Not indexed alone: the indexes below lead with it.
    session = models.ForeignKey(
        "live_sessions.LiveSession",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="connection_events",
        db_index=False,
    )
    #: Kept as sent; nothing looks events up by room (the session is resolved once,
    #: when the event is stored), so it has no index to maintain on every insert.
    room_name = models.CharField(max_length=255)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    source = models.CharField(max_length=20, choices=Source.choices)
    #: Unique through a constraint (below), which has no second, pattern-matching
    #: index as a unique field has on PostgreSQL.
    idempotency_key = models.CharField(max_length=128)
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
    #: False until the presence pipeline has folded the event into the summary of
    #: its identity (sessions/pipeline/summaries.py); a partial index finds those.
    presence_applied = models.BooleanField(default=False)

    objects = ConnectionEventQuerySet.as_manager()

    class Meta:
        verbose_name = _("connection event")
        verbose_name_plural = _("connection events")
        ordering = ["occurred_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["idempotency_key"], name="event_idempotency_key_unique"
            ),
        ]
        #: Each index costs every webhook's INSERT (and the fold's UPDATE of
        #: ``presence_applied``); these are the ones the queries use.
        indexes = [
            models.Index(fields=["session", "occurred_at"]),
            # One identity's own events, whatever the size of the session (and, with
            # endpoint and user empty, the session's room-level events).
            models.Index(
                fields=["session", "endpoint", "kind"], name="event_session_endpoint"
            ),
            models.Index(fields=["session", "user", "kind"], name="event_session_user"),
            models.Index(
                fields=["id"],
                condition=models.Q(presence_applied=False),
                name="event_presence_pending",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.participant_key} @ {self.occurred_at:%H:%M:%S}"
