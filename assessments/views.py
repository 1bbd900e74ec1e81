"""Trainee and lecturer pages. Views parse input, call a service, and render."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from assessments import exports, selectors, services
from assessments.access import is_quiz_staff, review_policy
from assessments.forms import EssayGradeForm
from assessments.models import Attempt, AttemptQuestion, Quiz


def _visible_quiz(request, pk: int) -> Quiz:
    qs = Quiz.objects.select_related("course", "module")
    if not is_quiz_staff(request.user):
        qs = qs.published()
    return get_object_or_404(qs, pk=pk)


def _own_attempt(request, pk: int) -> Attempt:
    """The user's own attempt; anyone else's is a 404, not a hint it exists."""
    return get_object_or_404(
        Attempt.objects.select_related("quiz"), pk=pk, user=request.user
    )


def _require_staff(request) -> None:
    if not is_quiz_staff(request.user):
        raise PermissionDenied


@login_required
def quiz_detail(request, pk: int):
    quiz = _visible_quiz(request, pk)
    attempts = list(selectors.attempts_of_user(user=request.user, quiz=quiz))
    for attempt in attempts:
        services.attempt_close_if_overdue(attempt=attempt)
    result = selectors.quiz_results_for(user=request.user, quiz_ids=[quiz.pk])[quiz.pk]
    open_attempt = next((a for a in attempts if a.is_open), None)
    left = (
        max(0, quiz.attempts_allowed - len(attempts)) if quiz.attempts_allowed else None
    )
    return render(
        request,
        "assessments/quiz.html",
        {
            "quiz": quiz,
            "attempts": attempts,
            "open_attempt": open_attempt,
            "attempts_left": left,
            "result": result,
            "is_open": quiz.is_open(),
        },
    )


@login_required
@require_POST
def attempt_start(request, pk: int):
    quiz = _visible_quiz(request, pk)
    try:
        attempt = services.attempt_start(quiz=quiz, user=request.user)
    except services.AttemptRefused as refused:
        messages.error(request, refused.message)
        return redirect("assessments:quiz", pk=quiz.pk)
    return redirect("assessments:attempt", pk=attempt.pk)


@login_required
def attempt_take(request, pk: int):
    attempt = _own_attempt(request, pk)
    if services.attempt_close_if_overdue(attempt=attempt):
        messages.warning(
            request, _("Time is up: the attempt was submitted with the answers saved.")
        )
    if not attempt.is_open:
        return redirect("assessments:review", pk=attempt.pk)
    return render(
        request,
        "assessments/attempt.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "views": selectors.attempt_items(attempt=attempt),
            "seconds_left": attempt.seconds_left(),
        },
    )


@login_required
@require_POST
def attempt_autosave(request, pk: int):
    attempt = _own_attempt(request, pk)
    try:
        position = int(request.POST.get("question", ""))
    except ValueError:
        return JsonResponse(
            {"saved": False, "error": _("No question given.")}, status=400
        )
    try:
        item = services.attempt_answer_save(
            attempt=attempt,
            user=request.user,
            position=position,
            data=request.POST,
        )
    except services.AttemptRefused as refused:
        status = 400 if refused.code in ("invalid", "not_drawn") else 409
        body = {"saved": False, "error": str(refused.message), "code": refused.code}
        if refused.code in ("submitted", "deadline"):
            # Not a failure to retry: the attempt is closed; the page shows its review.
            body["review_url"] = reverse("assessments:review", args=[attempt.pk])
        return JsonResponse(body, status=status)
    return JsonResponse(
        {
            "saved": True,
            "saved_at": timezone.localtime(item.saved_at).isoformat(),
            "saved_at_display": formats.time_format(
                timezone.localtime(item.saved_at), "H:i:s"
            ),
        }
    )


@login_required
@require_POST
def attempt_submit(request, pk: int):
    attempt = _own_attempt(request, pk)
    try:
        services.attempt_submit(attempt=attempt, user=request.user, data=request.POST)
    except services.AttemptRefused as refused:
        messages.error(request, refused.message)
        return redirect("assessments:attempt", pk=attempt.pk)
    return redirect("assessments:review", pk=attempt.pk)


@login_required
def attempt_review(request, pk: int):
    attempt = get_object_or_404(Attempt.objects.select_related("quiz", "user"), pk=pk)
    if attempt.user_id != request.user.pk and not is_quiz_staff(request.user):
        raise Http404
    if attempt.is_open and attempt.user_id == request.user.pk:
        return redirect("assessments:attempt", pk=attempt.pk)
    policy = review_policy(attempt=attempt, viewer=request.user)
    return render(
        request,
        "assessments/attempt_review.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "policy": policy,
            "views": selectors.attempt_items(attempt=attempt) if policy.allowed else [],
        },
    )


@login_required
def my_results(request):
    attempts = selectors.attempts_of_user(user=request.user).order_by("-started_at")
    return render(request, "assessments/my_results.html", {"attempts": attempts})


@login_required
def grading_queue(request):
    _require_staff(request)
    quiz = None
    if request.GET.get("quiz"):
        quiz = get_object_or_404(Quiz, pk=request.GET["quiz"])
    return render(
        request,
        "assessments/grading_queue.html",
        {
            "quiz": quiz,
            "quizzes": Quiz.objects.order_by("title"),
            "items": selectors.grading_queue(quiz=quiz)[:200],
        },
    )


@login_required
def essay_grade(request, pk: int):
    _require_staff(request)
    item = get_object_or_404(
        AttemptQuestion.objects.select_related("attempt__quiz", "attempt__user"),
        pk=pk,
        attempt__state=Attempt.State.SUBMITTED,
    )
    view = next(
        v for v in selectors.attempt_items(attempt=item.attempt) if v.item.pk == pk
    )
    form = EssayGradeForm(
        request.POST or None,
        points=item.points,
        initial={"score": item.score, "feedback": item.feedback},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.essay_grade(
                item=item,
                grader=request.user,
                score=form.cleaned_data["score"],
                feedback=form.cleaned_data["feedback"],
            )
        except ValidationError as error:
            form.add_error("score", error)
        else:
            messages.success(request, _("The grade is saved."))
            next_item = selectors.grading_queue(quiz=item.attempt.quiz).first()
            if next_item is not None:
                return redirect("assessments:grade", pk=next_item.pk)
            queue = reverse("assessments:grading")
            return redirect(f"{queue}?quiz={item.attempt.quiz_id}")
    return render(
        request,
        "assessments/essay_grade.html",
        {"item": item, "view": view, "form": form, "attempt": item.attempt},
    )


@login_required
def quiz_results(request, pk: int):
    _require_staff(request)
    quiz = get_object_or_404(Quiz, pk=pk)
    return render(
        request,
        "assessments/quiz_results.html",
        {"quiz": quiz, "stats": selectors.quiz_statistics(quiz=quiz)},
    )


@login_required
def quiz_results_export(request, pk: int, fmt: str):
    _require_staff(request)
    quiz = get_object_or_404(Quiz, pk=pk)
    stats = selectors.quiz_statistics(quiz=quiz)
    return exports.results_download(quiz=quiz, stats=stats, fmt=fmt)
