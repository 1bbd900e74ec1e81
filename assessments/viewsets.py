"""Wagtail admin: the question bank (one listing, "add" per type), categories, quizzes.

Wagtail has no polymorphic inline, so each question type gets its own ModelViewSet
(forms from the type's ``panels``) and the bank is one listing over the base model
that links each row to its type's editor.
"""

from django.contrib import messages
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from assessments import services
from assessments.models import QUESTION_TYPES, QuestionCategory, Quiz


def question_namespace(model) -> str:
    return f"assessments_{model._meta.model_name}"


class QuestionEditView(generic.EditView):
    """Saving a fixed question regrades the answers already given to it."""

    def save_instance(self):
        instance = super().save_instance()
        changed = services.question_regrade(question=instance, by=self.request.user)
        if changed:
            messages.info(
                self.request,
                gettext("Regraded: %(n)s attempts changed.") % {"n": changed},
            )
        return instance


class LinkColumn(Column):
    """A link per row to one of the quiz's pages (preview, results)."""

    cell_template_name = "assessments/admin/link_cell.html"

    def __init__(self, name, url_name, **kwargs):
        super().__init__(name, **kwargs)
        self.url_name = url_name

    def get_value(self, instance):
        return reverse(self.url_name, args=[instance.pk])


class QuestionTypeViewSet(ModelViewSet):
    edit_view_class = QuestionEditView
    add_to_admin_menu = False
    icon = "help"
    copy_view_enabled = False
    inspect_view_enabled = False
    list_display = ["__str__", "category", "points"]
    list_filter = ["category"]
    search_fields = ["title", "text"]


def question_viewsets() -> list[ModelViewSet]:
    return [
        QuestionTypeViewSet(
            question_namespace(model),
            model=model,
            url_prefix=f"assessments/questions/{model.kind}",
            panels=model.panels,
        )
        for model in QUESTION_TYPES
    ]


class CategoryViewSet(ModelViewSet):
    model = QuestionCategory
    icon = "folder-open-inverse"
    menu_label = _("Question categories")
    url_prefix = "assessments/categories"
    url_namespace = "assessments_categories"
    list_display = ["name", "course"]
    list_filter = ["course"]
    copy_view_enabled = False
    panels = QuestionCategory.panels


class QuizViewSet(ModelViewSet):
    model = Quiz
    icon = "tasks"
    menu_label = _("Quizzes")
    url_prefix = "assessments/quizzes"
    url_namespace = "assessments_quizzes"
    list_display = [
        "title",
        "course",
        "module",
        "is_published",
        LinkColumn("preview", "assessments_admin_preview", label=_("Preview")),
        LinkColumn("results", "assessments:results", label=_("Results")),
    ]
    list_filter = ["course", "is_published"]
    search_fields = ["title"]
    copy_view_enabled = False
    panels = Quiz.panels


class AssessmentsGroup(ModelViewSetGroup):
    menu_label = _("Quizzes")
    menu_icon = "tasks"
    menu_order = 220
    items = [
        QuizViewSet("assessments_quizzes"),
        CategoryViewSet("assessments_categories"),
    ]
