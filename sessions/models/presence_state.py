from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class PresenceSummary(models.Model):
    """One identity's presence at one session, kept up to date as its events arrive.

    An identity is an endpoint's room (events carrying the endpoint) or a person on
    their own device (events carrying only the account). The presence pipeline
    (``sessions/pipeline/``) brings a summary up to date from that identity's new
    connection events (from where it stopped, or from all its own events), off the
    webhook's request path; the live dashboard and the reports read the summaries
    instead of replaying the session's whole history. Intervals are stored as
    ``[start, end]`` ISO strings, ``end`` null while still connected.
    """

    session = models.ForeignKey(
        "live_sessions.LiveSession",
        on_delete=models.CASCADE,
        related_name="presence_summaries",
    )
    endpoint = models.ForeignKey(
        "live_sessions.Endpoint",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    #: From authoritative sources (Prosody, JaaS, reconciliation).
    intervals = models.JSONField(default=list, blank=True)
    #: From the room page's advisory events.
    advisory_intervals = models.JSONField(default=list, blank=True)
    #: How many of ``intervals`` the lost-event repairs made: by a room's records,
    #: by reconciliation, closed at the room's end.
    repairs = models.JSONField(default=list, blank=True)
    authoritative_events = models.PositiveIntegerField(default=0)
    advisory_events = models.PositiveIntegerField(default=0)
    #: Where the computation stopped, authoritative and advisory
    #: (``sessions.presence.Fold``): new events go on from here instead of
    #: re-reading the identity's history. Empty: recompute from the events.
    fold = models.JSONField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("presence summary")
        verbose_name_plural = _("presence summaries")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "endpoint"],
                condition=Q(endpoint__isnull=False),
                name="presence_summary_one_per_endpoint",
            ),
            models.UniqueConstraint(
                fields=["session", "user"],
                condition=Q(endpoint__isnull=True),
                name="presence_summary_one_per_person",
            ),
            models.CheckConstraint(
                condition=Q(endpoint__isnull=False) | Q(user__isnull=False),
                name="presence_summary_endpoint_or_person",
            ),
        ]

    def __str__(self) -> str:
        who = (
            f"endpoint {self.endpoint_id}"
            if self.endpoint_id
            else f"user {self.user_id}"
        )
        return f"{who} @ session {self.session_id}"
