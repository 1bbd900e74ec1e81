from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class EnrolmentQuerySet(models.QuerySet):
    def for_course(self, course) -> "EnrolmentQuerySet":
        return self.filter(course=course)

    def for_user(self, user) -> "EnrolmentQuerySet":
        return self.filter(user=user)

    def of_agency(self, agency: str) -> "EnrolmentQuerySet":
        return self.filter(user__agency=agency) if agency else self


class Enrolment(models.Model):
    """A trainee taking a course; at most one per person and course."""

    class Source(models.TextChoices):
        SELF = "self", _("Enrolled themselves")
        ORGANISER = "organiser", _("Enrolled by an organiser")
        IMPORT = "import", _("Imported from a list")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="enrolments",
        verbose_name=_("trainee"),
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.CASCADE,
        related_name="enrolments",
        verbose_name=_("course"),
    )
    enrolled_at = models.DateTimeField(_("enrolled at"), default=timezone.now)
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("enrolled by"),
    )
    source = models.CharField(
        _("how"), max_length=20, choices=Source.choices, default=Source.SELF
    )

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["enrolled_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course"], name="courses_enrolment_unique_user_course"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.course}"


class ModuleCompletion(models.Model):
    """A trainee has marked a module done; at most one per person and module."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="module_completions",
        verbose_name=_("trainee"),
    )
    module = models.ForeignKey(
        "courses.ModulePage",
        on_delete=models.CASCADE,
        related_name="completions",
        verbose_name=_("module"),
    )
    completed_at = models.DateTimeField(_("completed at"), default=timezone.now)

    class Meta:
        verbose_name = _("module completion")
        verbose_name_plural = _("module completions")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "module"], name="courses_completion_unique_user_module"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.module}"
