"""Thin views: the recording itself (behind the access check) and the organiser's
actions; the rules are in selectors.py and services.py."""

from pathlib import PurePath

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sessions.models import LiveSession

from . import selectors, services
from .forms import RecordingAddForm
from .models import Recording


def _organiser_only(request: HttpRequest) -> None:
    if not selectors.can_manage_recordings(request.user):
        raise PermissionDenied


@login_required
@require_GET
def recording_open(request: HttpRequest, pk: int) -> HttpResponse:
    """The file, streamed from private storage, or a redirect to the link; only for
    those who may watch the session's recordings (others: not found)."""
    recording = get_object_or_404(Recording.objects.select_related("session"), pk=pk)
    if not selectors.recordings_viewable_by(
        user=request.user, session=recording.session
    ):
        raise Http404
    if recording.link_has_expired(timezone.now()):
        return render(
            request,
            "recordings/recording_expired.html",
            {"recording": recording},
            status=410,
        )
    if not recording.is_file:
        return redirect(recording.url)
    response = FileResponse(
        recording.file.open("rb"),
        as_attachment=request.GET.get("download") is not None,
        filename=f"ban-ghi-{recording.pk}{PurePath(recording.file.name).suffix}",
        content_type=recording.content_type,
    )
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def recording_add(request: HttpRequest, session_id: int) -> HttpResponse:
    _organiser_only(request)
    session = get_object_or_404(LiveSession, pk=session_id)
    form = RecordingAddForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if data.get("file"):
            services.recording_upload_add(
                session=session,
                by=request.user,
                upload=data["file"],
                file_type=data["file_type"],
                title=data["title"],
            )
        else:
            services.recording_link_add(
                session=session,
                by=request.user,
                kind=data["kind"],
                url=data["url"],
                title=data["title"],
            )
        messages.success(request, _("The recording has been added."))
        return redirect("sessions:detail", pk=session.pk)
    return render(
        request,
        "recordings/recording_add.html",
        {
            "session": session,
            "form": form,
            "max_mb": settings.RECORDING_UPLOAD_MAX_MB,
        },
    )


@login_required
@require_POST
def recording_delete(request: HttpRequest, pk: int) -> HttpResponse:
    _organiser_only(request)
    recording = get_object_or_404(Recording, pk=pk)
    session_id = recording.session_id
    services.recording_delete(recording=recording)
    messages.success(request, _("The recording has been removed."))
    return redirect("sessions:detail", pk=session_id)


def _recorder_action(
    request: HttpRequest, session_id: int, action, done: str
) -> HttpResponse:
    _organiser_only(request)
    session = get_object_or_404(LiveSession, pk=session_id)
    try:
        action(session=session, by=request.user)
    except services.RecorderError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, done)
    return redirect("sessions:detail", pk=session.pk)


@login_required
@require_POST
def recorder_start(request: HttpRequest, session_id: int) -> HttpResponse:
    return _recorder_action(
        request, session_id, services.jibri_recording_start, _("Recording has started.")
    )


@login_required
@require_POST
def recorder_stop(request: HttpRequest, session_id: int) -> HttpResponse:
    return _recorder_action(
        request, session_id, services.jibri_recording_stop, _("Recording has stopped.")
    )
