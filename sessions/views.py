"""Live session pages: detail, room (personal and endpoint modes), check-in code,
advisory presence, calendars, cancelling. Views parse and render; rules live in
scheduling.py and jitsi/."""

import json
import uuid

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.panels import SESSION_PAGE, collect_panels

from . import scheduling
from .attendance.services import checkin_window
from .jitsi.identity import endpoint_identity, user_identity
from .jitsi.services import connection_events_record
from .jitsi.webhooks import ParsedEvent
from .models import ConnectionEvent, LiveSession
from .participation import session_participation


def _visible_session(request: HttpRequest, pk: int) -> LiveSession:
    return get_object_or_404(scheduling.sessions_visible_to(request.user), pk=pk)


def _ics_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@require_GET
def session_detail(request: HttpRequest, pk: int) -> HttpResponse:
    session = _visible_session(request, pk)
    return render(
        request,
        "sessions/live_session.html",
        {
            "session": session,
            "session_endpoints": session.session_endpoints.select_related("endpoint"),
            "my_endpoints": scheduling.session_endpoints_for(
                user=request.user, session=session
            ),
            "can_cancel": scheduling.is_organiser(request.user)
            and session.status
            in (LiveSession.Status.SCHEDULED, LiveSession.Status.LIVE),
            "calendar_token": scheduling.calendar_token_for(request.user),
            "session_panels": [
                panel.render(request)
                for panel in collect_panels(SESSION_PAGE, session, request=request)
            ],
            "takes_part": session.status != LiveSession.Status.CANCELLED
            and session_participation(request.user, session) is not None,
        },
    )


@login_required
@require_GET
def room_personal(request: HttpRequest, pk: int) -> HttpResponse:
    session = _visible_session(request, pk)
    subject = scheduling.personal_subject(user=request.user, session=session)
    return render(
        request,
        "sessions/live_session_room.html",
        {
            "session": session,
            "mode": "personal",
            "join": scheduling.room_join_for(session=session, subject=subject),
        },
    )


@login_required
@require_GET
def room_endpoint(request: HttpRequest, pk: int, code: str) -> HttpResponse:
    session = _visible_session(request, pk)
    session_endpoint = scheduling.session_endpoint_for(
        user=request.user, session=session, code=code
    )
    if session_endpoint is None:
        raise Http404
    subject = scheduling.endpoint_subject(endpoint=session_endpoint.endpoint)
    return render(
        request,
        "sessions/live_session_room.html",
        {
            "session": session,
            "mode": "endpoint",
            "session_endpoint": session_endpoint,
            "checkin": scheduling.checkin_display(session_endpoint=session_endpoint),
            "join": scheduling.room_join_for(session=session, subject=subject),
        },
    )


@login_required
@require_GET
def checkin_code(request: HttpRequest, pk: int, code: str) -> JsonResponse:
    """The endpoint screen polls this every minute for the new code and QR."""
    session = _visible_session(request, pk)
    session_endpoint = scheduling.session_endpoint_for(
        user=request.user, session=session, code=code
    )
    if session_endpoint is None:
        raise Http404
    display = scheduling.checkin_display(session_endpoint=session_endpoint)
    response = JsonResponse(
        {
            "code": display.code,
            "url": display.url,
            "qr_svg": display.qr_svg,
            "seconds_left": display.seconds_left,
        }
    )
    response["Cache-Control"] = "no-store"
    return response


PRESENCE_KINDS = {
    "joined": ConnectionEvent.Kind.JOINED,
    "left": ConnectionEvent.Kind.LEFT,
}


@login_required
@require_POST
def presence_report(request: HttpRequest, pk: int) -> JsonResponse:
    """The room page's IFrame API events: advisory presence (CSRF-protected)."""
    session = _visible_session(request, pk)
    try:
        data = json.loads(request.body)
        kind = PRESENCE_KINDS[data["event"]]
        beacon = str(uuid.UUID(str(data["beacon_id"])))
        participant = str(data.get("participant_id") or "")[:100]
        code = str(data.get("endpoint") or "")
    except (ValueError, KeyError, TypeError, RecursionError):
        return JsonResponse({"error": _("Malformed presence report.")}, status=400)
    opens, closes = checkin_window(session)
    if not opens <= timezone.now() <= closes:
        return JsonResponse(
            {"error": _("This session is not running; presence is not recorded.")},
            status=409,
        )
    if code:
        session_endpoint = scheduling.session_endpoint_for(
            user=request.user, session=session, code=code
        )
        if session_endpoint is None:
            raise PermissionDenied
        identity = endpoint_identity(session_endpoint.endpoint.code)
        name = session_endpoint.endpoint.name
    else:
        identity = user_identity(request.user.pk)
        name = request.user.full_name or request.user.email
    event = ParsedEvent(
        kind=kind,
        source=ConnectionEvent.Source.IFRAME,
        room_name=session.room_name,
        idempotency_key=f"iframe:{session.pk}:{request.user.pk}:{beacon}",
        occurred_at=timezone.now(),
        participant_key=f"iframe:{identity}:{participant}",
        identity=identity,
        display_name=name,
        payload={"reported_by": request.user.pk, "participant_id": participant},
    )
    stored = connection_events_record(events=[event])
    return JsonResponse({"stored": len(stored)}, status=201 if stored else 200)


@login_required
@require_GET
def session_calendar(request: HttpRequest, pk: int) -> HttpResponse:
    session = _visible_session(request, pk)
    content = scheduling.calendar_for(sessions=[session], name=session.title)
    return _ics_response(content, f"live-session-{session.pk}.ics")


@require_GET
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """A personal feed for calendar apps: the secret token stands in for a login."""
    user_id = scheduling.user_id_for_calendar_token(token)
    user = (
        get_user_model().objects.filter(pk=user_id, is_active=True).first()
        if user_id
        else None
    )
    if user is None:
        raise Http404
    sessions = scheduling.calendar_feed_sessions(user=user)
    content = scheduling.calendar_for(sessions=sessions, name=_("My live sessions"))
    return _ics_response(content, "live-sessions.ics")


@login_required
@require_http_methods(["GET", "POST"])
def session_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    if not scheduling.is_organiser(request.user):
        raise PermissionDenied
    session = get_object_or_404(LiveSession, pk=pk)
    if request.method == "POST":
        scheduling.live_session_cancel(session=session)
        messages.success(request, _("The session has been cancelled."))
        return redirect("sessions:detail", pk=session.pk)
    return render(request, "sessions/live_session_cancel.html", {"session": session})
