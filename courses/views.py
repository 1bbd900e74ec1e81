"""Views of course pages: parse the request, call a service or selector, render.

They are reached through the pages' routes (``RoutablePageMixin``), so their
addresses sit under each page: ``<course>/enrol/``, ``<module>/complete/``...
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _

from accounts.panels import COURSE_PAGE, MODULE_PAGE, collect_panels
from accounts.roles import Role, user_has_role

from . import selectors, services
from .exports import report_download
from .forms import EnrolImportForm, EnrolOneForm, ReportFilterForm, SearchForm
from .models import CoursePage, Enrolment, ModulePage

#: The largest enrolment list we read (XLSX files of 5,000 rows are far smaller).
IMPORT_MAX_BYTES = 5 * 1024 * 1024


def can_manage_enrolments(user) -> bool:
    return user.is_authenticated and (
        user.is_superuser or user_has_role(user, Role.ORGANISER)
    )


def _route(page, name: str, *args) -> str:
    # A page previewed before its first save has no URL yet.
    if page is None or page.url is None:
        return ""
    return page.url + page.reverse_subpage(name, args=args)


def course_page_context(request, *, course: CoursePage) -> dict:
    user = request.user
    modules = list(course.modules())
    saved = course.pk is not None  # else previewed before its first save
    enrolment = selectors.enrolment_for(user=user, course=course) if saved else None
    done = (
        selectors.completed_module_ids(user=user, module_ids=[m.pk for m in modules])
        if enrolment
        else set()
    )
    return {
        "modules": modules,
        "lecturers": list(course.lecturers.all()) if saved else [],
        "enrolment": enrolment,
        "completed_ids": done,
        "progress": selectors.Progress(completed=len(done), total=len(modules)),
        "enrol_url": _route(course, "enrol"),
        "can_manage": can_manage_enrolments(user),
        "report_url": _route(course, "report"),
        "panels": [
            panel.render(request)
            for panel in collect_panels(COURSE_PAGE, course, request=request)
        ],
    }


def module_page_context(request, *, module: ModulePage) -> dict:
    user = request.user
    course = CoursePage.objects.live().parent_of(module).first()
    if course is None:  # previewing a module whose course is a draft
        course = module.get_parent().specific
    siblings = list(course.modules()) if course else []
    ids = [m.pk for m in siblings]
    position = ids.index(module.pk) if module.pk in ids else None
    enrolment = selectors.enrolment_for(user=user, course=course)
    done = (
        selectors.completed_module_ids(user=user, module_ids=ids)
        if enrolment
        else set()
    )
    return {
        "course": course,
        "siblings": siblings,
        "previous_module": siblings[position - 1]
        if position is not None and position > 0
        else None,
        "next_module": siblings[position + 1]
        if position is not None and position + 1 < len(siblings)
        else None,
        "enrolment": enrolment,
        "is_complete": module.pk in done,
        "progress": selectors.Progress(completed=len(done), total=len(siblings)),
        "complete_url": _route(module, "complete"),
        "enrol_url": _route(course, "enrol") if course else "",
        "panels": [
            panel.render(request)
            for panel in collect_panels(MODULE_PAGE, module, request=request)
        ],
    }


def course_enrol(request, *, course: CoursePage):
    """A signed-in trainee enrols themselves (POST); visitors are sent to log in."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect_to_login(course.url)
    try:
        services.enrolment_create(user=request.user, course=course)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("You are enrolled. Start with the first module."))
    return redirect(course.url)


def module_mark_complete(request, *, module: ModulePage):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect_to_login(module.url)
    try:
        services.module_complete(user=request.user, module=module)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Module marked as complete."))
    return redirect(module.url)


def _require_organiser(request, course: CoursePage):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not can_manage_enrolments(request.user):
        raise PermissionDenied
    return None


def _report_rows(request, course: CoursePage):
    extra_filters = selectors.report_filters(course=course)
    form = ReportFilterForm(
        request.GET or None,
        agencies=selectors.course_agencies(course=course),
        extra_filters=extra_filters,
    )
    chosen = form.cleaned_data if form.is_valid() else {}
    rows = selectors.enrolment_report(
        course=course,
        agency=chosen.get("agency", ""),
        extra={f.key: chosen.get(f.key, "") for f in extra_filters},
    )
    return form, rows


def course_report(request, *, course: CoursePage):
    """Organisers: who is enrolled and how far each has got; enrol more people."""
    if (refusal := _require_organiser(request, course)) is not None:
        return refusal
    form, rows = _report_rows(request, course)
    query = request.GET.urlencode()
    return TemplateResponse(
        request,
        "courses/course_report.html",
        {
            "page": course,
            "form": form,
            "rows": rows,
            "completed_all": sum(1 for row in rows if row.completed >= row.total > 0),
            "csv_url": _route(course, "report_export", "csv")
            + (f"?{query}" if query else ""),
            "xlsx_url": _route(course, "report_export", "xlsx")
            + (f"?{query}" if query else ""),
            "enrol_url": _route(course, "enrol_trainees"),
            "one_form": EnrolOneForm(),
            "import_form": EnrolImportForm(),
        },
    )


def course_report_export(request, *, course: CoursePage, fmt: str):
    if (refusal := _require_organiser(request, course)) is not None:
        return refusal
    _form, rows = _report_rows(request, course)
    return report_download(
        rows, fmt=fmt, filename=f"tien-do-{slugify(course.slug)}", title=course.title
    )


def course_enrol_trainees(request, *, course: CoursePage):
    """Organisers enrol one person by email, or a whole list from a file."""
    if (refusal := _require_organiser(request, course)) is not None:
        return refusal
    if request.method != "POST":
        return redirect(_route(course, "report"))
    one_form = EnrolOneForm()
    import_form = EnrolImportForm()
    errors = []
    if "file" in request.FILES:
        import_form = EnrolImportForm(request.POST, request.FILES)
        if import_form.is_valid():
            upload = import_form.cleaned_data["file"]
            if upload.size > IMPORT_MAX_BYTES:
                import_form.add_error("file", _("The file is larger than 5 MB."))
            else:
                try:
                    rows = services.import_rows_read(
                        filename=upload.name, data=upload.read()
                    )
                    result = services.enrolments_import(
                        course=course, rows=rows, enrolled_by=request.user
                    )
                except services.ImportFileError as error:
                    import_form.add_error("file", str(error))
                except ValidationError as error:
                    import_form.add_error("file", " ".join(error.messages))
                else:
                    if result.ok:
                        messages.success(
                            request,
                            _(
                                "Enrolled %(new)s trainees "
                                "(%(already)s were already enrolled)."
                            )
                            % {
                                "new": result.enrolled,
                                "already": result.already_enrolled,
                            },
                        )
                        return redirect(_route(course, "report"))
                    errors = result.errors
    else:
        one_form = EnrolOneForm(request.POST)
        if one_form.is_valid():
            email = one_form.cleaned_data["email"]
            user = (
                get_user_model()
                .objects.filter(email__iexact=email, is_active=True)
                .first()
            )
            if user is None:
                one_form.add_error(
                    "email", _("No active account has this email address.")
                )
            else:
                try:
                    services.enrolment_create(
                        user=user,
                        course=course,
                        enrolled_by=request.user,
                        source=Enrolment.Source.ORGANISER,
                    )
                except ValidationError as error:
                    one_form.add_error("email", " ".join(error.messages))
                else:
                    messages.success(
                        request,
                        _("%(name)s is enrolled.") % {"name": user.full_name or email},
                    )
                    return redirect(_route(course, "report"))
    form, rows = _report_rows(request, course)
    return TemplateResponse(
        request,
        "courses/course_report.html",
        {
            "page": course,
            "form": form,
            "rows": rows,
            "completed_all": sum(1 for row in rows if row.completed >= row.total > 0),
            "csv_url": _route(course, "report_export", "csv"),
            "xlsx_url": _route(course, "report_export", "xlsx"),
            "enrol_url": _route(course, "enrol_trainees"),
            "one_form": one_form,
            "import_form": import_form,
            "import_errors": errors,
        },
        status=400,
    )


def module_search(request, *, index_page):
    """Full-text search over published modules of this catalogue."""
    form = SearchForm(request.GET or None)
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    results = None
    if query:
        modules = ModulePage.objects.live().descendant_of(index_page).public()
        results = Paginator(modules.search(query), 20).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "courses/module_search.html",
        {"page": index_page, "form": form, "query": query, "results": results},
    )
