"""Reads: progress for one trainee, "my courses", the organisers' report."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Max, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from wagtail import hooks

from accounts.roles import Role, user_has_role

from .models import CoursePage, Enrolment, ModuleCompletion, ModulePage

#: Hook name: other apps add filters to the enrolment report (e.g. by endpoint).
REPORT_FILTERS_HOOK = "course_report_filters"


@dataclass(frozen=True)
class Progress:
    completed: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.completed / self.total) if self.total else 0

    @property
    def is_complete(self) -> bool:
        return self.total > 0 and self.completed >= self.total


@dataclass(frozen=True)
class CourseProgress:
    course: CoursePage
    enrolment: Enrolment
    progress: Progress


def completed_module_ids(*, user, module_ids: Iterable[int]) -> set[int]:
    if not user.is_authenticated:
        return set()
    return set(
        ModuleCompletion.objects.filter(
            user=user, module_id__in=list(module_ids)
        ).values_list("module_id", flat=True)
    )


def enrolment_for(*, user, course: CoursePage) -> Enrolment | None:
    if not user.is_authenticated:
        return None
    return Enrolment.objects.filter(user=user, course=course).first()


def course_progress(*, user, course: CoursePage) -> Progress:
    module_ids = list(course.modules().values_list("pk", flat=True))
    done = completed_module_ids(user=user, module_ids=module_ids)
    return Progress(completed=len(done), total=len(module_ids))


def my_courses(*, user) -> list[CourseProgress]:
    """The courses ``user`` is enrolled in, each with their progress; 2 queries."""
    if not user.is_authenticated:
        return []
    enrolments = list(
        Enrolment.objects.for_user(user)
        .filter(course__live=True)
        .select_related("course")
        .annotate(module_count=_live_module_count_for_enrolment())
        .order_by("-enrolled_at")
    )
    if not enrolments:
        return []
    done_paths = list(
        ModuleCompletion.objects.filter(user=user, module__live=True).values_list(
            "module__path", flat=True
        )
    )
    result = []
    for enrolment in enrolments:
        course = enrolment.course
        completed = sum(
            1
            for path in done_paths
            if path.startswith(course.path) and len(path) == len(course.path) + 4
        )
        result.append(
            CourseProgress(
                course=course,
                enrolment=enrolment,
                progress=Progress(completed=completed, total=enrolment.module_count),
            )
        )
    return result


def _live_module_count_for_enrolment():
    return Coalesce(
        Subquery(
            ModulePage.objects.live()
            .filter(
                path__startswith=OuterRef("course__path"),
                depth=OuterRef("course__depth") + 1,
            )
            .order_by()
            .values("depth")
            .annotate(n=Count("pk"))
            .values("n")
        ),
        0,
    )


@dataclass(frozen=True)
class ReportFilter:
    """A filter another app adds to the report: a choice list and the users it keeps."""

    key: str
    label: str
    choices: list[tuple[str, str]]
    #: Given a chosen value, a queryset of the matching user ids.
    user_ids: Callable[[str], QuerySet]


def report_filters(*, course: CoursePage) -> list[ReportFilter]:
    return [fn(course) for fn in hooks.get_hooks(REPORT_FILTERS_HOOK)]


@dataclass(frozen=True)
class ReportRow:
    full_name: str
    email: str
    agency: str
    position: str
    enrolled_at: datetime
    source: str
    completed: int
    total: int
    last_activity: datetime | None

    @property
    def percent(self) -> int:
        return Progress(self.completed, self.total).percent


def course_agencies(*, course: CoursePage) -> list[str]:
    return list(
        Enrolment.objects.for_course(course)
        .exclude(user__agency="")
        .values_list("user__agency", flat=True)
        .distinct()
        .order_by("user__agency")
    )


def enrolment_report(
    *, course: CoursePage, agency: str = "", extra: dict[str, str] | None = None
) -> list[ReportRow]:
    """Each trainee's progress in ``course``, in a constant number of queries."""
    enrolments = (
        Enrolment.objects.for_course(course)
        .of_agency(agency)
        .select_related("user")
        .order_by("user__agency", "user__full_name", "user__email")
    )
    for report_filter in report_filters(course=course):
        value = (extra or {}).get(report_filter.key)
        if value:
            enrolments = enrolments.filter(user_id__in=report_filter.user_ids(value))
    enrolments = list(enrolments)
    module_ids = list(course.modules().values_list("pk", flat=True))
    stats = {
        row["user_id"]: row
        for row in ModuleCompletion.objects.filter(
            module_id__in=module_ids, user_id__in=[e.user_id for e in enrolments]
        )
        .values("user_id")
        .annotate(n=Count("pk"), last=Max("completed_at"))
    }
    rows = []
    for enrolment in enrolments:
        user = enrolment.user
        stat = stats.get(user.pk, {})
        rows.append(
            ReportRow(
                full_name=user.full_name,
                email=user.email,
                agency=user.agency,
                position=user.position,
                enrolled_at=enrolment.enrolled_at,
                source=enrolment.get_source_display(),
                completed=stat.get("n", 0),
                total=len(module_ids),
                last_activity=stat.get("last"),
            )
        )
    return rows


def is_restricted_lecturer(user) -> bool:
    """Lecturers (who are not also organisers) work only on their own courses."""
    return (
        user.is_authenticated
        and not user.is_superuser
        and user_has_role(user, Role.LECTURER)
        and not user_has_role(user, Role.ORGANISER)
    )


def courses_lectured_by(*, user) -> QuerySet:
    """Courses ``user`` lectures: listed as a lecturer, or created it (its owner)."""
    return CoursePage.objects.filter(Q(lecturers=user) | Q(owner=user)).distinct()


def modules_reviewed_by(*, user) -> QuerySet | None:
    """Modules whose currency ``user`` keeps: a lecturer's own courses' modules, every
    module for organisers; ``None`` for anyone else (trainees, coordinators, anonymous).
    """
    if not user.is_authenticated:
        return None
    modules = ModulePage.objects.order_by("path")
    if user.is_superuser or user_has_role(user, Role.ORGANISER):
        return modules
    if user_has_role(user, Role.LECTURER):
        paths = courses_lectured_by(user=user).values_list("path", flat=True)
        prefix = Q(pk__in=[])
        for path in paths:
            prefix |= Q(path__startswith=path)
        return modules.filter(prefix)
    return None
