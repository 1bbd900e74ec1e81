from django.conf import settings
from django.db import models
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import LegalBasisBlock, LessonStreamBlock
from ..slugs import AsciiSlugMixin


class CourseIndexPage(AsciiSlugMixin, RoutablePageMixin, Page):
    """The public catalogue of courses; the root of everything lecturers write."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CoursePage"]
    #: One catalogue per site.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course index")

    def courses(self):
        live_modules = (
            ModulePage.objects.live()
            .filter(path__startswith=OuterRef("path"), depth=OuterRef("depth") + 1)
            .order_by()
            .values("depth")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return (
            CoursePage.objects.live()
            .child_of(self)
            .select_related("cover_image")
            .annotate(module_count=Coalesce(Subquery(live_modules), 0))
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["courses"] = self.courses()
        context["search_url"] = self.url + self.reverse_subpage("search")
        return context

    @path("search/", name="search")
    def search(self, request):
        from ..views import module_search

        return module_search(request, index_page=self)


class CoursePage(AsciiSlugMixin, RoutablePageMixin, Page):
    """A course: its modules are its children, in the order the lecturer sets."""

    intro = RichTextField(_("introduction"), blank=True)
    objectives = StreamField(
        [("objective", blocks.CharBlock(label=_("objective"), max_length=400))],
        blank=True,
        verbose_name=_("learning objectives"),
        help_text=_("What trainees will be able to do after the course, one a line."),
    )
    lecturers = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="courses_taught",
        verbose_name=_("lecturers"),
        help_text=_("Lecturers see and edit only the courses they are lecturers of."),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("cover image"),
    )
    certificate_note = RichTextField(
        _("how the certificate is earned"),
        blank=True,
        help_text=_("What earns the certificate, as trainees should read it."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("objectives"),
        FieldPanel("cover_image"),
        MultiFieldPanel(
            [FieldPanel("lecturers"), FieldPanel("certificate_note")],
            heading=_("Lecturers and certificate"),
        ),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("objectives"),
    ]

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("course")

    def modules(self):
        """The published modules, in the lecturer's order."""
        return ModulePage.objects.live().child_of(self).order_by("path")

    def get_context(self, request, *args, **kwargs):
        from ..views import course_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(course_page_context(request, course=self))
        return context

    @path("enrol/", name="enrol")
    def enrol(self, request):
        from ..views import course_enrol

        return course_enrol(request, course=self)

    @path("report/", name="report")
    def report(self, request):
        from ..views import course_report

        return course_report(request, course=self)

    @path("report/export/<str:fmt>/", name="report_export")
    def report_export(self, request, fmt):
        from ..views import course_report_export

        return course_report_export(request, course=self, fmt=fmt)

    @path("enrol-trainees/", name="enrol_trainees")
    def enrol_trainees(self, request):
        from ..views import course_enrol_trainees

        return course_enrol_trainees(request, course=self)


class ModulePage(AsciiSlugMixin, RoutablePageMixin, Page):
    """One module of a course: a lesson to read, often taught in a live session."""

    summary = models.TextField(_("summary"), blank=True)
    duration_minutes = models.PositiveIntegerField(
        _("reading time (minutes)"), null=True, blank=True
    )
    body = StreamField(LessonStreamBlock(), blank=True, verbose_name=_("lesson"))
    legal_bases = StreamField(
        [("legal_basis", LegalBasisBlock())],
        blank=True,
        verbose_name=_("legal bases"),
        help_text=_(
            "The laws and decrees the lesson relies on, with the dates they are in "
            "force; shown on the module page."
        ),
    )
    last_reviewed_on = models.DateField(
        _("last reviewed on"),
        null=True,
        blank=True,
        help_text=_(
            "The day a lecturer last checked the lesson against the law in force and "
            "today's administrative map. Modules not reviewed for a year are flagged."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("duration_minutes"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("legal_bases"), FieldPanel("last_reviewed_on")],
            heading=_("Legal bases and review"),
        ),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("module")

    def get_context(self, request, *args, **kwargs):
        from ..views import module_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(module_page_context(request, module=self))
        return context

    @path("complete/", name="complete")
    def complete(self, request):
        from ..views import module_mark_complete

        return module_mark_complete(request, module=self)
