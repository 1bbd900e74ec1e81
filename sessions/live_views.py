"""The session's live page: what participants do besides watching (questions to the
presenter, polls), from the panels the other apps register (``live_panels.py``)."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from .live_panels import live_panels
from .models import LiveSession
from .participation import session_participation


@login_required
@require_GET
def live_page(request: HttpRequest, pk: int) -> HttpResponse:
    session = get_object_or_404(
        LiveSession.objects.select_related("hub", "presenter"), pk=pk
    )
    participation = session_participation(request.user, session)
    if participation is None:
        raise PermissionDenied
    return render(
        request,
        "sessions/live_page.html",
        {
            "session": session,
            "participation": participation,
            "panels": live_panels(request, session, participation),
        },
    )
