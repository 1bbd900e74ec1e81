from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from sessions.attendance import permissions
from sessions.models import LiveSession

from .feed import FEED_SIZE
from .state import dashboard_state


class DashboardView(LoginRequiredMixin, TemplateView):
    """The live dashboard's page: first paint from the server, then the WebSocket."""

    template_name = "sessions/attendance_dashboard.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        if not permissions.can_watch_session(user):
            raise PermissionDenied
        session = get_object_or_404(LiveSession, pk=kwargs["session_id"])
        state = dashboard_state(session=session, user=user)
        if not permissions.is_organiser(user) and not state["endpoints"]:
            raise PermissionDenied
        labels = {
            "connected": _("Connected"),
            "dropped": _("Dropped"),
            "never_joined": _("Never joined"),
            "live": _("Live: updates as they happen"),
            "offline": _("Reconnecting…"),
            "behind": _("Behind: updates are delayed, catching up…"),
            "remote": _("Remote"),
            "feed_empty": _("Check-ins and roster changes appear here as they happen."),
            # What each line of the feed says happened (sessions.dashboard.feed).
            "feed": {
                "checkin": _("checked in"),
                "walkin": _("walk-in added"),
                "mark": _("status changed"),
                "headcount": _("headcount recorded"),
                "merge": _("walk-in merged into an account"),
                "unmerge": _("merge undone"),
                "expected": _("expected list changed"),
                "connected": _("connected"),
                "dropped": _("lost the connection"),
            },
        }
        feed = [
            {**line, "label": labels["feed"].get(line["kind"], "")}
            for line in state["feed"]
        ]
        context.update(
            session=session, state=state, labels=labels, feed=feed, feed_size=FEED_SIZE
        )
        return context
