from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey


class ExpectedAttendeeQuerySet(models.QuerySet):
    def of_session(self, session_id: int):
        return self.filter(session_id=session_id)

    def at_endpoints(self, endpoint_ids: list[int] | None):
        """``None``: every place (an organiser's view), remote included."""
        if endpoint_ids is None:
            return self
        return self.filter(endpoint_id__in=endpoint_ids)


class ExpectedAttendee(models.Model):
    """A trainee pre-assigned to a session: at one endpoint, or remote (no endpoint,
    on their own device). One place per person per session, kept by the database."""

    class Source(models.TextChoices):
        ORGANISER = "organiser", _("Added by an organiser")
        COORDINATOR = "coordinator", _("Added by a coordinator")
        IMPORT = "import", _("Imported from a file")
        AGENCY = "agency", _("From the agency's endpoint")

    session = models.ForeignKey(
        "live_sessions.LiveSession",
        verbose_name=_("session"),
        on_delete=models.CASCADE,
        related_name="expected_attendees",
    )
    #: Empty: expected to join remotely, from their own device.
    endpoint = models.ForeignKey(
        "live_sessions.Endpoint",
        verbose_name=_("endpoint"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="expected_attendees",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        related_name="expected_at_sessions",
    )
    source = models.CharField(_("source"), max_length=12, choices=Source.choices)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ExpectedAttendeeQuerySet.as_manager()

    class Meta:
        verbose_name = _("expected attendee")
        verbose_name_plural = _("expected attendees")
        ordering = ["session_id", "endpoint_id", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "user"],
                name="expected_one_place_per_person",
                violation_error_message=_(
                    "This person is already on the session's expected list."
                ),
            ),
        ]
        indexes = [models.Index(fields=["session", "endpoint"])]

    def __str__(self) -> str:
        return f"{self.user} · {self.session_id}"


class AgencyEndpoint(models.Model):
    """An agency whose people attend at this endpoint: the organiser's mapping that
    fills a session's expected list from its course's enrolments."""

    endpoint = ParentalKey(
        "live_sessions.Endpoint",
        on_delete=models.CASCADE,
        related_name="served_agencies",
    )
    agency = models.CharField(
        _("agency"),
        max_length=255,
        help_text=_("As trainees write it in their profile, e.g. “UBND xã Cao Lộc”."),
    )
    #: The agency as compared: case and spacing do not matter (set by clean()).
    agency_key = models.CharField(max_length=255, editable=False)

    class Meta:
        verbose_name = _("agency served")
        verbose_name_plural = _("agencies served")
        ordering = ["agency"]
        constraints = [
            models.UniqueConstraint(
                fields=["agency_key"],
                name="agency_served_by_one_endpoint",
                violation_error_message=_(
                    "This agency is already served by an endpoint."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.agency

    def clean(self) -> None:
        from sessions.rosters.names import spaced

        super().clean()
        self.agency = " ".join(self.agency.split())
        self.agency_key = spaced(self.agency)
        # The form leaves agency_key out, so its constraint is checked here too.
        taken = AgencyEndpoint.objects.filter(agency_key=self.agency_key)
        if taken.exclude(pk=self.pk).exists():
            raise ValidationError(
                {"agency": _("This agency is already served by an endpoint.")}
            )
