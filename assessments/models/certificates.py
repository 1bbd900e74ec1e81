"""What earns a course's certificate, the certificates issued, and their history."""

import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.storage import private_storage

from ..certificates.codes import new_code
from ..certificates.rules import RuleSpec

#: Printed when a rule has no template yet.
DEFAULT_ISSUING_BODY = _("Department of Information and Communications")


def certificate_upload_to(instance: "Certificate", filename: str) -> str:
    """An unguessable name: the file is served through a view that checks who asks,
    and the reverse proxy must not serve ``media/certificates/`` by itself."""
    return f"certificates/{secrets.token_hex(16)}.pdf"


def archive_upload_to(instance: "CertificateArchive", filename: str) -> str:
    return f"certificates/archives/{secrets.token_hex(16)}.zip"


class CertificationRule(models.Model):
    """What a person must do in one course to earn its certificate.

    Every condition that is set must hold. Quizzes are kept as a list of quiz ids until
    the quiz model is merged in, then become a many-to-many relation.
    """

    course = models.OneToOneField(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="certification_rule",
    )
    is_active = models.BooleanField(
        _("issue certificates"),
        default=True,
        help_text=_("Untick to stop issuing new certificates for this course."),
    )
    required_quizzes = models.ManyToManyField(
        "assessments.Quiz",
        verbose_name=_("quizzes to pass"),
        blank=True,
        related_name="+",
        help_text=_("The quizzes a person must pass."),
    )
    required_sessions = models.ManyToManyField(
        "live_sessions.LiveSession",
        verbose_name=_("sessions to attend"),
        blank=True,
        related_name="+",
        help_text=_("Each of these sessions must be attended."),
    )
    min_sessions = models.PositiveIntegerField(
        _("sessions to attend (number)"),
        null=True,
        blank=True,
        help_text=_("How many of the course's live sessions must be attended."),
    )
    min_minutes_percent = models.PositiveSmallIntegerField(
        _("share of live minutes (percent)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("The share of the course's live minutes a person must be present."),
    )
    late_counts = models.BooleanField(_("late counts as attended"), default=True)
    left_early_counts = models.BooleanField(
        _("leaving early counts as attended"), default=False
    )
    excused_counts = models.BooleanField(
        _("excused counts as attended"),
        default=False,
        help_text=_(
            "An excused session counts as attended and is left out of the share of "
            "live minutes."
        ),
    )
    outage_minutes_count = models.BooleanField(
        _("a site's outage minutes count as present"),
        default=True,
        help_text=_(
            "Minutes when the video link of the site a person checked in at was down "
            "(excused minutes: the outage is the site's, not the person's) count "
            "towards the share of live minutes."
        ),
    )
    validity_months = models.PositiveIntegerField(
        _("valid for (months)"),
        null=True,
        blank=True,
        help_text=_("Leave empty for a certificate that does not expire."),
    )
    template = models.ForeignKey(
        "assessments.CertificateTemplate",
        verbose_name=_("certificate template"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="rules",
        help_text=_("The issuing body, place and signatory printed on the PDF."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("certification rule")
        verbose_name_plural = _("certification rules")

    def __str__(self) -> str:
        return str(self.course)

    def printed_template(self):
        """The chosen template, or an unsaved one with the national lines only."""
        from .certificate_templates import CertificateTemplate

        return self.template or CertificateTemplate(
            name="", issuing_body=str(DEFAULT_ISSUING_BODY)
        )

    def spec(self) -> RuleSpec:
        """The rule as plain data for ``certificates.rules.evaluate``."""
        return RuleSpec(
            required_quiz_ids=tuple(sorted(q.pk for q in self.required_quizzes.all())),
            required_session_ids=tuple(
                sorted(s.pk for s in self.required_sessions.all())
            ),
            min_sessions=self.min_sessions,
            min_minutes_percent=self.min_minutes_percent,
            late_counts=self.late_counts,
            left_early_counts=self.left_early_counts,
            excused_counts=self.excused_counts,
            outage_minutes_count=self.outage_minutes_count,
            validity_months=self.validity_months,
        )


class CertificateQuerySet(models.QuerySet):
    def live(self):
        """Not revoked: valid, expired or under review (at most one per person and
        course)."""
        return self.filter(revoked_at__isnull=True)

    def under_review(self):
        return self.live().filter(under_review_since__isnull=False)

    def of_course(self, course_id: int):
        return self.filter(course_id=course_id)


class Certificate(models.Model):
    """A certificate issued to one person for one course.

    The name, agency, position and course title are copied at issue, so the PDF and the
    verification page say what was certified even if the account changes later; a
    reissue copies them again.
    """

    class Method(models.TextChoices):
        RULE = "rule", _("Earned by the course's rule")
        MANUAL = "manual", _("Issued by hand")

    class State(models.TextChoices):
        VALID = "valid", _("Valid")
        UNDER_REVIEW = "under_review", _("Under review")
        EXPIRED = "expired", _("Expired")
        REVOKED = "revoked", _("Revoked")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    code = models.CharField(
        _("verification code"), max_length=24, unique=True, default=new_code
    )
    method = models.CharField(
        _("how it was issued"), max_length=8, choices=Method.choices
    )
    reason = models.TextField(_("reason"), blank=True)
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issued by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    expires_at = models.DateTimeField(_("valid until"), null=True, blank=True)
    #: What it was earned on: quiz results and attendance, as they were at issue.
    basis = models.JSONField(_("basis"), default=dict, blank=True)
    full_name = models.CharField(_("full name"), max_length=255)
    agency = models.CharField(_("agency"), max_length=255, blank=True)
    position = models.CharField(_("position"), max_length=255, blank=True)
    course_title = models.CharField(_("course title"), max_length=255)
    pdf = models.FileField(
        _("PDF"),
        upload_to=certificate_upload_to,
        storage=private_storage,
        blank=True,
        max_length=200,
    )
    #: Set when the evidence no longer meets the rule; an organiser then revokes the
    #: certificate or keeps it. Not valid meanwhile.
    under_review_since = models.DateTimeField(
        _("under review since"), null=True, blank=True
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_reason = models.TextField(_("reason for revoking"), blank=True)
    replaces = models.OneToOneField(
        "self",
        verbose_name=_("replaces"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="replaced_by",
    )

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course"],
                condition=Q(revoked_at__isnull=True),
                name="one_live_certificate_per_person_and_course",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} · {self.full_name}"

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def is_under_review(self) -> bool:
        return self.under_review_since is not None and not self.is_revoked

    def is_expired(self, now=None) -> bool:
        return self.expires_at is not None and self.expires_at <= (
            now or timezone.now()
        )

    @property
    def state_label(self) -> str:
        return self.State(self.state()).label

    def state(self, now=None) -> str:
        """What the verification page says: revoked, under review, expired, valid."""
        if self.is_revoked:
            return self.State.REVOKED
        if self.is_under_review:
            return self.State.UNDER_REVIEW
        if self.is_expired(now):
            return self.State.EXPIRED
        return self.State.VALID


class CertificateEvent(models.Model):
    """The history of a certificate: what happened, when, who did it and why."""

    class Kind(models.TextChoices):
        ISSUED = "issued", _("Issued")
        REISSUED = "reissued", _("Reissued")
        REVOKED = "revoked", _("Revoked")
        EMAILED = "emailed", _("Emailed")
        UNDER_REVIEW = "under_review", _("Put under review")
        RESTORED = "restored", _("Valid again")
        KEPT = "kept", _("Kept after review")
        UPDATED = "updated", _("Evidence updated")

    certificate = models.ForeignKey(
        Certificate, on_delete=models.CASCADE, related_name="events"
    )
    kind = models.CharField(_("what happened"), max_length=16, choices=Kind.choices)
    at = models.DateTimeField(_("when"), default=timezone.now)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reason = models.TextField(_("reason"), blank=True)
    #: The certificate's name, agency, position and code before the change.
    before = models.JSONField(default=dict, blank=True)
    #: What the rule read when the event happened: ``basis`` (quiz results and
    #: attendance) and ``missing`` (what the rule still lacks, in Vietnamese).
    evidence = models.JSONField(_("evidence"), default=dict, blank=True)

    class Meta:
        verbose_name = _("certificate event")
        verbose_name_plural = _("certificate events")
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.certificate.code} · {self.get_kind_display()}"


class CertificateArchive(models.Model):
    """A ZIP of a course's (or one session's) certificates, built in the background."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        RUNNING = "running", _("Building")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")

    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="+"
    )
    session = models.ForeignKey(
        "live_sessions.LiveSession",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    status = models.CharField(
        max_length=8, choices=Status.choices, default=Status.PENDING
    )
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    file = models.FileField(
        upload_to=archive_upload_to,
        storage=private_storage,
        blank=True,
        max_length=200,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("certificate archive")
        verbose_name_plural = _("certificate archives")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.course} ({self.get_status_display()})"

    @property
    def percent(self) -> int:
        return 100 if not self.total else round(100 * self.done / self.total)
