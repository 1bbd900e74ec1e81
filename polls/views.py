"""Pages of a session's polls: the participants' page, the moderators' page, the
answer endpoint and the export. Each parses, calls a service and renders."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from accounts.spreadsheets import csv_response, xlsx_response
from sessions.attendance.permissions import is_organiser
from sessions.models import LiveSession
from sessions.participation import Participation, session_participation

from . import services
from .export import answers_sheet, results_sheet
from .forms import ActionForm, PollForm
from .models import Poll
from .panel import panel_context


def _taking_part(request: HttpRequest, pk: int) -> tuple[LiveSession, Participation]:
    session = get_object_or_404(LiveSession.objects.select_related("hub"), pk=pk)
    taking_part = session_participation(request.user, session)
    if taking_part is None:
        raise PermissionDenied(
            _("Check in at your site first to take part in this session's polls.")
        )
    return session, taking_part


def _moderating(request: HttpRequest, pk: int) -> LiveSession:
    session, taking_part = _taking_part(request, pk)
    if not taking_part.moderates:
        raise PermissionDenied(
            _("Only the presenter and organisers run this session's polls.")
        )
    return session


@login_required
@require_GET
def session_polls(request: HttpRequest, pk: int) -> HttpResponse:
    """The participants' page: the polls panel alone, phone first. Someone not
    taking part is told how to (checking in), with a 403."""
    session = get_object_or_404(LiveSession.objects.select_related("hub"), pk=pk)
    taking_part = session_participation(request.user, session)
    if taking_part is None:
        return render(
            request, "polls/not_taking_part.html", {"session": session}, status=403
        )
    panel = panel_context(request, session, taking_part)
    return render(
        request, "polls/session_polls.html", {"session": session, "panel": panel}
    )


@login_required
@require_POST
def poll_answer(request: HttpRequest, pk: int, poll_id: int) -> JsonResponse:
    """Answers the panel's script: 200 counted, 409 already answered, 400 refused."""
    poll = get_object_or_404(Poll.objects.select_related("session"), pk=poll_id)
    if poll.session_id != pk:
        return JsonResponse({"error": _("No such poll in this session.")}, status=404)
    try:
        choice_ids = [int(value) for value in request.POST.getlist("choice")]
    except ValueError:
        return JsonResponse(
            {"error": _("Choose among this poll's choices.")}, status=400
        )
    try:
        answer = services.poll_answer(
            poll=poll, user=request.user, choice_ids=choice_ids
        )
    except PermissionDenied as error:
        return JsonResponse({"error": str(error)}, status=403)
    except ValidationError as error:
        code = getattr(error, "code", None)
        status = 409 if code == "already_answered" else 400
        return JsonResponse({"error": " ".join(error.messages)}, status=status)
    return JsonResponse(
        {"answered": sorted(answer.choices.values_list("pk", flat=True))}
    )


def _act(request: HttpRequest, session: LiveSession) -> None:
    form = ActionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("That action is not available."))
        return
    poll = get_object_or_404(Poll, pk=form.cleaned_data["poll"], session=session)
    action = form.cleaned_data["action"]
    by = request.user
    if action == "launch":
        services.poll_launch(poll=poll, by=by)
        messages.success(request, _("The poll is open: participants see it now."))
    elif action == "close":
        services.poll_close(poll=poll, by=by)
        messages.success(request, _("The poll is closed."))
    else:
        visible = action == "show"
        services.poll_results_show(poll=poll, by=by, visible=visible)
        messages.success(
            request,
            _("Participants see the results.")
            if visible
            else _("The results are kept for the organisers."),
        )


@login_required
def polls_manage(request: HttpRequest, pk: int) -> HttpResponse:
    """The moderators' page: prepare, launch, close, show results, watch them."""
    session = _moderating(request, pk)
    form = PollForm()
    if request.method == "POST":
        try:
            if request.POST.get("action") in ActionForm.ACTIONS:
                _act(request, session)
                return redirect("polls:manage", pk=session.pk)
            form = PollForm(request.POST)
            if form.is_valid():
                launch = "launch" in request.POST
                services.poll_create(
                    session=session,
                    by=request.user,
                    question=form.cleaned_data["question"],
                    kind=form.cleaned_data["kind"],
                    choices=form.choice_lines(),
                    results_visible=form.cleaned_data["results_visible"],
                    launch=launch,
                )
                messages.success(
                    request,
                    _("The poll is open: participants see it now.")
                    if launch
                    else _("The poll is saved as a draft."),
                )
                return redirect("polls:manage", pk=session.pk)
        except ValidationError as error:
            if form.is_bound:
                form.add_error(None, error)
            else:
                for message in error.messages:
                    messages.error(request, message)
                return redirect("polls:manage", pk=session.pk)
    panel = panel_context(
        request, session, session_participation(request.user, session)
    )
    context = {
        "session": session,
        "form": form,
        "polls": Poll.objects.of_session(session.pk).prefetch_related("choices"),
        "panel": panel,
        "is_live": session.status == LiveSession.Status.LIVE,
        "can_export_people": is_organiser(request.user),
    }
    return render(
        request, "polls/poll_manage.html", context, status=400 if form.errors else 200
    )


@login_required
@require_GET
def polls_export(request: HttpRequest, pk: int) -> HttpResponse:
    """The session's poll results (``?format=csv`` or ``xlsx``); the workbook adds who
    answered what for organisers."""
    session = _moderating(request, pk)
    filename = f"tham-do-phien-{session.pk}"
    results = results_sheet(session)
    if request.GET.get("format") == "xlsx":
        sheets = [results]
        if is_organiser(request.user):
            sheets.append(answers_sheet(session))
        return xlsx_response(filename=filename, sheets=sheets)
    return csv_response(filename=filename, header=results.header, rows=results.rows)
