"""Writes: enrolling trainees, recording progress, setting up a catalogue's workflow."""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from accounts.roles import Role
from accounts.tables import Bounds, TableFileError, table_rows_read

from .models import CourseIndexPage, CoursePage, Enrolment, ModuleCompletion, ModulePage

#: The workflow lecturers' submissions go through. Wagtail shows workflow and task
#: names as stored, so they are stored in the site's language (see workflow_name).
WORKFLOW_NAME = gettext_noop("Organiser approval")
#: An import larger than this is refused whole: it is surely the wrong file.
IMPORT_MAX_ROWS = 5000

User = get_user_model()


@transaction.atomic
def enrolment_create(
    *,
    user,
    course: CoursePage,
    enrolled_by=None,
    source: str = Enrolment.Source.SELF,
) -> Enrolment:
    """Enrol ``user`` in ``course``; enrolling twice returns the existing enrolment."""
    existing = Enrolment.objects.filter(user=user, course=course).first()
    if existing is not None:
        return existing
    if not course.live:
        raise ValidationError(_("This course is not published yet."))
    if not user.is_active:
        raise ValidationError(_("This account is disabled."))
    enrolment = Enrolment(
        user=user, course=course, enrolled_by=enrolled_by, source=source
    )
    # The unique constraint was just checked above and is enforced by the database.
    enrolment.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            enrolment.save()
    except IntegrityError:
        # Two clicks at once: the database kept one; return it.
        return Enrolment.objects.get(user=user, course=course)
    return enrolment


@dataclass(frozen=True)
class ImportRowError:
    line: int
    value: str
    message: str


@dataclass
class ImportResult:
    enrolled: int = 0
    already_enrolled: int = 0
    errors: list[ImportRowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


#: The file as a whole cannot be read (wrong type, encoding, size, shape).
ImportFileError = TableFileError


def import_rows_read(*, filename: str, data: bytes) -> list[list[str]]:
    """The rows of an uploaded CSV or XLSX file, as lists of strings, read within
    the import's bounds (see accounts/tables.py)."""
    return table_rows_read(
        filename=filename, data=data, bounds=Bounds(max_rows=IMPORT_MAX_ROWS)
    )


@transaction.atomic
def enrolments_import(
    *, course: CoursePage, rows: list[list[str]], enrolled_by
) -> ImportResult:
    """Enrol everyone listed by email (first column), or nobody if any row is bad.

    Line numbers are the file's own (1 is the first line), so an organiser can find
    each bad row in the spreadsheet. A first row whose first cell mentions "email"
    is a header. Blank lines are skipped.
    """
    result = ImportResult()
    wanted: dict[str, int] = {}
    for line, row in enumerate(rows, start=1):
        cells = [cell.strip() for cell in row]
        value = cells[0] if cells else ""
        if line == 1 and "email" in value.lower():
            continue
        if not any(cells):
            continue
        if not value:
            result.errors.append(
                ImportRowError(line, ",".join(cells), _("The email is missing."))
            )
            continue
        email = value.lower()
        try:
            validate_email(email)
        except ValidationError:
            result.errors.append(
                ImportRowError(line, value, _("This is not a valid email address."))
            )
            continue
        if email in wanted:
            result.errors.append(
                ImportRowError(
                    line,
                    value,
                    _("This email is already on line %(line)s.")
                    % {"line": wanted[email]},
                )
            )
            continue
        wanted[email] = line
    users = {
        user.email.lower(): user
        for user in User.objects.filter(email__in=list(wanted), is_active=True)
    }
    for email, line in wanted.items():
        if email not in users:
            result.errors.append(
                ImportRowError(
                    line, email, _("No active account has this email address.")
                )
            )
    result.errors.sort(key=lambda error: error.line)
    if not wanted and not result.errors:
        result.errors.append(
            ImportRowError(0, "", _("The file has no email addresses."))
        )
    if result.errors:
        return result
    already = set(
        Enrolment.objects.filter(course=course, user__in=users.values()).values_list(
            "user_id", flat=True
        )
    )
    new = [
        Enrolment(
            user=user,
            course=course,
            enrolled_by=enrolled_by,
            source=Enrolment.Source.IMPORT,
        )
        for user in users.values()
        if user.pk not in already
    ]
    if new and not course.live:
        raise ValidationError(_("This course is not published yet."))
    Enrolment.objects.bulk_create(new, ignore_conflicts=True)
    result.enrolled = len(new)
    result.already_enrolled = len(already)
    return result


@transaction.atomic
def module_complete(*, user, module: ModulePage) -> ModuleCompletion:
    """Record that ``user`` finished ``module``; again is harmless."""
    existing = ModuleCompletion.objects.filter(user=user, module=module).first()
    if existing is not None:
        return existing
    if not module.live:
        raise ValidationError(_("This module is not published."))
    course_id = module.get_parent().pk
    if not Enrolment.objects.filter(user=user, course_id=course_id).exists():
        raise ValidationError(_("Enrol in the course before marking modules complete."))
    completion = ModuleCompletion(user=user, module=module)
    completion.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            completion.save()
    except IntegrityError:
        return ModuleCompletion.objects.get(user=user, module=module)
    return completion


def workflow_name() -> str:
    """The approval workflow's name in the site's language, as Wagtail will show it."""
    with translation.override(settings.LANGUAGE_CODE):
        return _(WORKFLOW_NAME)


@transaction.atomic
def course_index_workflow_setup(*, index_page: CourseIndexPage) -> Workflow:
    """Lecturers draft, Organisers approve: page permissions and the workflow.

    Lecturers may add and edit pages under the catalogue but not publish; their
    "submit" goes to the "Organiser approval" task, which any Organiser can approve
    (publishing the page) or reject with a comment. Safe to run again.
    """
    lecturers = Group.objects.get(name=Role.LECTURER.value)
    organisers = Group.objects.get(name=Role.ORGANISER.value)
    grants = {
        lecturers: ["add_page", "change_page"],
        organisers: ["add_page", "change_page", "publish_page"],
    }
    for group, codenames in grants.items():
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=index_page,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
    name = workflow_name()
    # Earlier versions stored the English name: find it too, and rename it.
    names = {WORKFLOW_NAME, name}
    task = GroupApprovalTask.objects.filter(name__in=names).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=name)
    elif task.name != name:
        task.name = name
        task.save(update_fields=["name"])
    task.groups.set([organisers])
    workflow = Workflow.objects.filter(name__in=names).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=name)
    elif workflow.name != name:
        workflow.name = name
        workflow.save(update_fields=["name"])
    # Workflow is a ClusterableModel: its related managers only write on save().
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    WorkflowPage.objects.update_or_create(
        page=index_page, defaults={"workflow": workflow}
    )
    return workflow


def page_tree_root_ensure() -> Page:
    """Wagtail's root page, recreated (with the default locale) if the tree is empty.

    Migrations create it, but a database emptied by a flush (transactional tests, a
    reset demo) has none, and every page needs it.
    """
    root = Page.get_first_root_node()
    if root is None:
        Locale.objects.get_or_create(
            language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
        )
        root = Page.add_root(instance=Page(title="Root", slug="root", live=True))
    return root
