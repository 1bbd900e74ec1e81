"""Pages where an organiser ends a running session early (after confirming) or
extends it. The rules are in ``lifecycle.py``."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views import View

from .attendance import permissions
from .attendance.forms import ExtendForm
from .lifecycle import session_end_early, session_extend
from .models import LiveSession


class _OrganiserSessionView(LoginRequiredMixin, View):
    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not permissions.is_organiser(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def _session(self, session_id: int) -> LiveSession:
        return get_object_or_404(LiveSession, pk=session_id)

    def _back(self, session: LiveSession):
        return redirect("attendance-session-report", session_id=session.pk)


class SessionEndView(_OrganiserSessionView):
    """Confirm, then end the session now."""

    template_name = "sessions/live_session_end.html"

    def get(self, request, session_id: int):
        session = self._session(session_id)
        return render(request, self.template_name, {"session": session})

    def post(self, request, session_id: int):
        session = self._session(session_id)
        try:
            session_end_early(session=session, by=request.user)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("The session has ended."))
        return self._back(session)


class SessionExtendView(_OrganiserSessionView):
    """Move a running session's end later."""

    template_name = "sessions/live_session_extend.html"

    def _render(self, session, form, status=200):
        return render(
            request=self.request,
            template_name=self.template_name,
            context={"session": session, "form": form},
            status=status,
        )

    def get(self, request, session_id: int):
        session = self._session(session_id)
        initial = timezone.localtime(session.ends_at).strftime("%Y-%m-%dT%H:%M")
        return self._render(session, ExtendForm(initial={"new_ends_at": initial}))

    def post(self, request, session_id: int):
        session = self._session(session_id)
        form = ExtendForm(request.POST)
        if not form.is_valid():
            return self._render(session, form, status=400)
        try:
            session_extend(
                session=session,
                by=request.user,
                new_ends_at=form.cleaned_data["new_ends_at"],
            )
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                for field, errors in error.error_dict.items():
                    for item in errors:
                        form.add_error(field, item)
            else:
                form.add_error(None, error)
            return self._render(session, form, status=400)
        messages.success(request, _("The session has been extended."))
        return self._back(session)
