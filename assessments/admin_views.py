"""Admin pages beyond the viewsets: bank listing, preview, import/export, regrade."""

from __future__ import annotations

import random

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from assessments import services
from assessments.access import is_quiz_staff
from assessments.choice_keys import ChoiceKeys
from assessments.forms import ExportForm, ImportForm
from assessments.models import (
    QUESTION_TYPES,
    AttemptQuestion,
    Question,
    QuestionCategory,
    Quiz,
)
from assessments.selectors import AttemptItemView, choices_by_question
from assessments.services.attempts import draw_questions
from assessments.viewsets import question_namespace


def _staff(request) -> None:
    if not is_quiz_staff(request.user):
        raise PermissionDenied


def question_bank(request):
    _staff(request)
    questions = Question.objects.non_polymorphic().select_related(
        "polymorphic_ctype", "category__course"
    )
    category_id = request.GET.get("category")
    if category_id:
        questions = questions.filter(category_id=category_id)
    rows = []
    for q in questions.order_by("category__name", "pk")[:500]:
        ct = q.polymorphic_ctype
        rows.append(
            {
                "question": q,
                "type": ct.model_class()._meta.verbose_name,
                "edit_url": reverse(
                    f"{question_namespace(ct.model_class())}:edit", args=[q.pk]
                ),
            }
        )
    add_links = [
        (model._meta.verbose_name, reverse(f"{question_namespace(model)}:add"))
        for model in QUESTION_TYPES
    ]
    return render(
        request,
        "assessments/admin/question_bank.html",
        {
            "rows": rows,
            "add_links": add_links,
            "categories": QuestionCategory.objects.select_related("course"),
            "category_id": category_id,
        },
    )


@require_POST
def question_regrade(request, pk: int):
    _staff(request)
    question = get_object_or_404(Question, pk=pk)
    changed = services.question_regrade(question=question, by=request.user)
    messages.success(
        request,
        _("Regraded: %(n)s attempts changed.") % {"n": changed},
    )
    return redirect("assessments_admin_bank")


def quiz_preview(request, pk: int):
    """The quiz as a trainee sees it: a fresh draw, inputs live, nothing saved."""
    _staff(request)
    quiz = get_object_or_404(Quiz, pk=pk)
    rng = random.SystemRandom()
    ids = draw_questions(quiz, rng)
    questions = {q.pk: q for q in Question.objects.filter(pk__in=ids)}
    choices = choices_by_question(ids)
    views = []
    for position, qid in enumerate(ids, start=1):
        by_id = {c.pk: c for c in choices.get(qid, [])}
        order = questions[qid].display_order(
            list(by_id),
            rng,
            quiz_shuffles=quiz.shuffle_choices and questions[qid].shuffle_answers,
        )
        keys = ChoiceKeys.fresh(order, rng)
        for choice_id in order:
            by_id[choice_id].token = keys.token(choice_id)
        item = AttemptQuestion(
            question_id=qid, position=position, points=questions[qid].points
        )
        views.append(
            AttemptItemView(
                item=item,
                question=questions[qid],
                choices=[by_id[i] for i in order],
            )
        )
    return render(
        request, "assessments/quiz_preview.html", {"quiz": quiz, "views": views}
    )


def bank_import(request):
    _staff(request)
    form = ImportForm(request.POST or None, request.FILES or None)
    report = None
    if request.method == "POST" and form.is_valid():
        report = services.questions_import(
            category=form.cleaned_data["category"],
            content=form.cleaned_data["file"].read(),
            fmt=form.cleaned_data["format"],
            use_file_categories=form.cleaned_data["use_file_categories"],
        )
    return render(
        request, "assessments/admin/bank_import.html", {"form": form, "report": report}
    )


def bank_export(request):
    _staff(request)
    form = ExportForm(request.GET or None)
    if request.GET and form.is_valid():
        fmt = form.cleaned_data["format"]
        body, skipped = services.questions_export(
            category=form.cleaned_data["category"], fmt=fmt
        )
        for title, reason in skipped:
            messages.warning(request, f"{title}: {reason}")
        extension = "gift.txt" if fmt == "gift" else "xml"
        response = HttpResponse(body, content_type="text/plain; charset=utf-8")
        category_id = form.cleaned_data["category"].pk
        response["Content-Disposition"] = (
            f'attachment; filename="questions-{category_id}.{extension}"'
        )
        return response
    return render(request, "assessments/admin/bank_export.html", {"form": form})
