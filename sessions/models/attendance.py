from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class AttendanceQuerySet(models.QuerySet):
    def of_session(self, session_id: int):
        return self.filter(session_id=session_id)

    def at_endpoint(self, endpoint_id: int | None):
        return self.filter(endpoint_id=endpoint_id)

    def visible_to(self, user):
        """Organisers see all rows; a coordinator the rows at their endpoints; a
        trainee their own."""
        from accounts.roles import Role, user_roles

        if not user.is_authenticated:
            return self.none()
        roles = user_roles(user)
        if user.is_superuser or Role.ORGANISER in roles:
            return self
        if Role.SITE_COORDINATOR in roles:
            return self.filter(endpoint__coordinators=user)
        return self.filter(user=user)


class Attendance(models.Model):
    """One person at one session: an account holder, or a walk-in the coordinator typed.

    The database keeps one row per account per session (two check-ins at once make
    one row) and one row per walk-in name per endpoint. ``status`` and
    ``minutes_present`` are computed by the policy at finalisation unless
    ``is_manual``: a coordinator's or organiser's mark wins and stays.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Not final yet")
        PRESENT = "present", _("Present")
        LATE = "late", _("Late")
        LEFT_EARLY = "left_early", _("Left early")
        ABSENT = "absent", _("Absent")
        EXCUSED = "excused", _("Excused")

    class RecordedVia(models.TextChoices):
        CHECKIN = "checkin", _("Code check-in")
        ROSTER = "roster", _("Roster")
        VIDEO = "video", _("Video presence")

    session = models.ForeignKey(
        "live_sessions.LiveSession",
        verbose_name=_("session"),
        on_delete=models.CASCADE,
        related_name="attendances",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="attendances",
    )
    walkin_name = models.CharField(_("full name"), max_length=150, blank=True)
    walkin_agency = models.CharField(_("agency"), max_length=255, blank=True)
    walkin_position = models.CharField(_("position"), max_length=150, blank=True)
    walkin_email = models.EmailField(_("email"), blank=True)
    #: Where they attended; empty for a remote trainee on their own device.
    endpoint = models.ForeignKey(
        "live_sessions.Endpoint",
        verbose_name=_("endpoint"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="attendances",
    )
    recorded_via = models.CharField(
        _("recorded by"), max_length=10, choices=RecordedVia.choices
    )
    checked_in_at = models.DateTimeField(_("checked in at"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.PENDING
    )
    minutes_present = models.PositiveIntegerField(_("minutes present"), default=0)
    #: Minutes of their site's outage after they checked in: charged to the site.
    excused_minutes = models.PositiveIntegerField(_("excused minutes"), default=0)
    #: A coordinator's or organiser's status: the policy never overwrites it.
    is_manual = models.BooleanField(_("set by hand"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = AttendanceQuerySet.as_manager()

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        ordering = ["session_id", "endpoint_id", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "user"],
                condition=Q(user__isnull=False),
                name="attendance_one_row_per_account",
            ),
            models.UniqueConstraint(
                fields=["session", "endpoint", "walkin_name"],
                condition=Q(user__isnull=True),
                name="attendance_one_row_per_walkin",
            ),
            models.CheckConstraint(
                condition=Q(user__isnull=False) | ~Q(walkin_name=""),
                name="attendance_account_or_walkin_name",
            ),
        ]
        indexes = [
            models.Index(fields=["session", "endpoint"]),
            # The dashboard feed's last check-ins (sessions/dashboard/feed.py).
            models.Index(
                fields=["session", "-checked_in_at"], name="attendance_recent_checkins"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.display_name} · {self.session_id}"

    @property
    def is_walkin(self) -> bool:
        return self.user_id is None

    @property
    def display_name(self) -> str:
        return self.user.full_name or self.user.email if self.user else self.walkin_name

    @property
    def agency(self) -> str:
        return self.user.agency if self.user else self.walkin_agency

    @property
    def position(self) -> str:
        return self.user.position if self.user else self.walkin_position


class AttendanceChange(models.Model):
    """A manual change to an attendance row: who, when, before, after and why."""

    class Kind(models.TextChoices):
        WALKIN = "walkin", _("Walk-in added")
        MARK = "mark", _("Status set")
        MERGE = "merge", _("Walk-in merged into an account")
        MERGE_UNDONE = "merge_undone", _("Merge undone")
        UNMERGE = "unmerge", _("Undo of a merge")
        ARRIVAL = "arrival", _("Arrival of an expected person")

    attendance = models.ForeignKey(
        Attendance, on_delete=models.CASCADE, related_name="changes"
    )
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    changed_at = models.DateTimeField(auto_now_add=True)
    before = models.JSONField(default=dict)
    after = models.JSONField(default=dict)
    reason = models.CharField(_("reason"), max_length=500, blank=True)
    kind = models.CharField(
        _("kind"), max_length=12, choices=Kind.choices, blank=True, default=""
    )
    #: For a merge: what undoing it needs (the walk-in row as it was, the account's
    #: row before the merge, the history moved onto it).
    undo = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("attendance change")
        verbose_name_plural = _("attendance changes")
        ordering = ["changed_at", "pk"]

    def __str__(self) -> str:
        return f"{self.attendance_id} @ {self.changed_at:%H:%M}"


class Headcount(models.Model):
    """How many people a coordinator counted in the room; the latest one counts."""

    session_endpoint = models.ForeignKey(
        "live_sessions.SessionEndpoint",
        on_delete=models.CASCADE,
        related_name="headcounts",
    )
    count = models.PositiveIntegerField(_("headcount"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("headcount")
        verbose_name_plural = _("headcounts")
        ordering = ["-recorded_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.count} @ {self.recorded_at:%H:%M}"


class AttendanceFinalisation(models.Model):
    """Each time a session's attendance was made final or reopened, and why."""

    class Action(models.TextChoices):
        FINALISED = "finalised", _("Finalised")
        REOPENED = "reopened", _("Reopened")

    session = models.ForeignKey(
        "live_sessions.LiveSession",
        on_delete=models.CASCADE,
        related_name="attendance_finalisations",
    )
    action = models.CharField(max_length=10, choices=Action.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    at = models.DateTimeField(auto_now_add=True)
    reason = models.CharField(_("reason"), max_length=500, blank=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.action} {self.session_id}"
