"""Admin and extension wiring for courses."""

from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Q
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import SlugInput

from accounts.panels import DASHBOARD, Panel
from accounts.roles import Role, user_has_role

from . import currency, selectors
from .models import CourseIndexPage, CoursePage, ModulePage
from .services import course_index_workflow_setup
from .slugs import VIETNAMESE_SLUG_FORMATTERS

# The editor's slug field writes "đ" as "d" before slugifying (see courses.slugs).
register_form_field_override(
    models.SlugField,
    override={"widget": SlugInput(formatters=VIETNAMESE_SLUG_FORMATTERS)},
)


@hooks.register(DASHBOARD)
def my_courses_panel(request) -> Panel | None:
    user = request.user
    if not user.is_authenticated:
        return None
    items = selectors.my_courses(user=user)
    if not items and not user_has_role(user, Role.TRAINEE):
        return None
    if not items and _holds_a_certificate(user):
        # The certificates panel lists that course: "enrolled in no course" beside
        # it would contradict it.
        return None
    return Panel(
        template="courses/includes/my_courses_panel.html",
        context={"items": items, "catalogue_url": reverse("wagtail_serve", args=[""])},
        order=20,
    )


def _holds_a_certificate(user) -> bool:
    """Asked by name: courses does not import the assessments app that builds on it."""
    certificate = apps.get_model("assessments", "Certificate")
    return certificate.objects.filter(user=user).exists()


@hooks.register(DASHBOARD)
def modules_due_for_review_panel(request) -> Panel | None:
    """Lecturers and organisers see the modules whose law or review has lapsed."""
    modules = selectors.modules_reviewed_by(user=request.user)
    if modules is None:
        return None
    items = currency.modules_due_for_review(modules)
    return Panel(
        template="courses/includes/review_panel.html",
        context={"items": items, "review_interval_days": currency.REVIEW_INTERVAL.days},
        order=15,
    )


def _lectured_ids(request) -> set[int]:
    cached = getattr(request, "_courses_lectured_ids", None)
    if cached is None:
        cached = set(
            selectors.courses_lectured_by(user=request.user).values_list(
                "pk", flat=True
            )
        )
        request._courses_lectured_ids = cached
    return cached


def _course_of(page) -> CoursePage | None:
    specific_class = page.specific_class
    if specific_class is CoursePage:
        return page
    if specific_class is ModulePage:
        return page.get_parent()
    return None


@hooks.register("construct_explorer_page_queryset")
def lecturers_list_their_courses(parent_page, pages, request):
    """In the page explorer a lecturer sees only the courses they lecture."""
    if not selectors.is_restricted_lecturer(request.user):
        return pages
    parent_class = parent_page.specific_class
    if parent_class is CourseIndexPage:
        return pages.filter(
            Q(pk__in=_lectured_ids(request)) | ~Q(depth=parent_page.depth + 1)
        )
    if parent_class is CoursePage and parent_page.pk not in _lectured_ids(request):
        return pages.none()
    return pages


@hooks.register("before_edit_page")
def lecturers_edit_their_courses(request, page):
    if not selectors.is_restricted_lecturer(request.user):
        return None
    course = _course_of(page)
    if course is not None and course.pk not in _lectured_ids(request):
        raise PermissionDenied
    return None


@hooks.register("before_create_page")
def lecturers_add_to_their_courses(request, parent_page, page_class):
    if not selectors.is_restricted_lecturer(request.user):
        return None
    if parent_page.specific_class is CoursePage and parent_page.pk not in _lectured_ids(
        request
    ):
        raise PermissionDenied
    return None


@hooks.register("after_create_page")
def set_up_a_new_catalogue(request, page):
    """A catalogue created in the admin gets the lecturers' permissions and the
    Organiser approval workflow at once (the demo's seeder does the same)."""
    if isinstance(page.specific, CourseIndexPage):
        course_index_workflow_setup(index_page=page.specific)


@hooks.register("insert_editor_js")
def minimap_keyboard_js() -> str:
    """Wagtail's minimap scrolls on long pages: keyboard users must reach it."""
    return format_html(
        '<script src="{}" defer></script>', static("courses/admin/minimap_keyboard.js")
    )
