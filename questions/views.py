"""Asking, voting, moderating and exporting. Views parse the request, call a
service and answer: JSON for the live page's script (``Accept: application/json``),
otherwise a redirect back to the live page with a message (no script needed)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from accounts.spreadsheets import Sheet, csv_response, xlsx_response
from sessions.models import LiveSession
from sessions.participation import session_participation

from . import services
from .access import export_audience
from .forms import AskForm, ModerateForm, QuestionSettingsForm, VoteForm
from .models import Question
from .selectors import MODERATORS, question_export_rows


def _wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _reply(
    request: HttpRequest,
    session_id: int,
    *,
    error: str = "",
    status: int = 400,
    done: str = "",
    data: dict | None = None,
) -> HttpResponse:
    if _wants_json(request):
        if error:
            return JsonResponse({"ok": False, "error": error}, status=status)
        return JsonResponse({"ok": True, **(data or {})})
    if error:
        messages.error(request, error)
    elif done:
        messages.success(request, done)
    return redirect(reverse("sessions:live", args=[session_id]) + "#questions")


def _first_error(form) -> str:
    return next(iter(form.errors.values()))[0]


@login_required
@require_POST
def question_ask(request: HttpRequest, session_id: int) -> HttpResponse:
    session = get_object_or_404(LiveSession, pk=session_id)
    form = AskForm(request.POST)
    if not form.is_valid():
        if session_participation(request.user, session) is None:
            raise PermissionDenied
        return _reply(request, session_id, error=_first_error(form))
    try:
        question = services.question_ask(
            session=session,
            user=request.user,
            text=form.cleaned_data["text"],
            anonymous=form.cleaned_data["anonymous"],
        )
    except services.QuestionRefused as refusal:
        return _reply(request, session_id, error=refusal.message, status=refusal.status)
    return _reply(
        request,
        session_id,
        done=_("Your question has been sent."),
        data={"id": question.pk},
    )


def _question(pk: int) -> Question:
    return get_object_or_404(Question.objects.select_related("session"), pk=pk)


@login_required
@require_POST
def question_vote(request: HttpRequest, pk: int) -> HttpResponse:
    question = _question(pk)
    form = VoteForm(request.POST)
    if not form.is_valid():
        return _reply(request, question.session_id, error=_("Malformed request."))
    try:
        supports = services.question_vote(
            question=question,
            user=request.user,
            supports=form.cleaned_data["supports"],
        )
    except services.QuestionRefused as refusal:
        return _reply(
            request, question.session_id, error=refusal.message, status=refusal.status
        )
    return _reply(
        request, question.session_id, data={"id": question.pk, "voted": supports}
    )


@login_required
@require_POST
def question_moderate(request: HttpRequest, pk: int) -> HttpResponse:
    question = _question(pk)
    form = ModerateForm(request.POST)
    if not form.is_valid():
        if not services.is_moderator(user=request.user, session=question.session):
            raise PermissionDenied
        return _reply(request, question.session_id, error=_("Malformed request."))
    what, value = ModerateForm.ACTIONS[form.cleaned_data["action"]]
    action = {
        "answered": services.question_answered_set,
        "pinned": services.question_pin,
        "hidden": services.question_hide,
    }[what]
    try:
        action(question=question, by=request.user, **{what: value})
    except services.QuestionRefused as refusal:
        return _reply(
            request, question.session_id, error=refusal.message, status=refusal.status
        )
    return _reply(request, question.session_id, data={"id": question.pk})


@login_required
@require_POST
def question_settings(request: HttpRequest, session_id: int) -> HttpResponse:
    session = get_object_or_404(LiveSession, pk=session_id)
    form = QuestionSettingsForm(request.POST)
    form.is_valid()  # a missing checkbox is "off"; nothing else can be wrong
    services.question_settings_update(
        session=session,
        by=request.user,
        allow_anonymous=form.cleaned_data.get("allow_anonymous", False),
    )
    return _reply(request, session_id, done=_("Settings saved."))


@login_required
@require_GET
def question_export(request: HttpRequest, session_id: int) -> HttpResponse:
    session = get_object_or_404(LiveSession, pk=session_id)
    audience = export_audience(request.user, session)
    if audience is None:
        raise PermissionDenied
    with_authors = audience == MODERATORS
    header = [
        _("Asked at"),
        _("Endpoint"),
        _("Author"),
        _("Anonymous"),
        _("Question"),
        _("Votes"),
        _("Answered at"),
    ]
    if with_authors:
        header.append(_("Hidden at"))
    rows = question_export_rows(session_id=session.pk, with_authors=with_authors)
    filename = f"cau-hoi-phien-{session.pk}"
    if request.GET.get("format") == "xlsx":
        return xlsx_response(
            filename=filename,
            sheets=[
                Sheet(
                    title=_("Questions"),
                    header=header,
                    rows=rows,
                    heading=session.title,
                )
            ],
        )
    return csv_response(filename=filename, header=header, rows=rows)
