"""Wagtail admin: the question bank (one listing, "add" per type), categories, quizzes.

Wagtail has no polymorphic inline, so each question type gets its own ModelViewSet
(forms from the type's ``panels``) and the bank is one listing over the base model
that links each row to its type's editor.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from assessments.models import QUESTION_TYPES, QuestionCategory, Quiz


def question_namespace(model) -> str:
    return f"assessments_{model._meta.model_name}"


class QuestionTypeViewSet(ModelViewSet):
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
    list_display = ["title", "course", "module", "is_published"]
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
