from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LiveSessionsConfig(AppConfig):
    """Live sessions; the label is not ``sessions`` (django.contrib.sessions has it)."""

    name = "sessions"
    label = "live_sessions"
    verbose_name = _("Live sessions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from accounts import navigation, periodic
        from accounts.roles import Role, grant

        from .jitsi.reconcile import live_sessions_reconcile
        from .lifecycle import connection_events_recorded, sessions_lifecycle_advance
        from .signals import connection_events_recorded as events_recorded

        # Lifecycle first: a session due to go live is reconciled in the same run.
        periodic.register("session_lifecycle", sessions_lifecycle_advance, order=10)
        periodic.register("reconcile_presence", live_sessions_reconcile, order=30)
        events_recorded.connect(
            connection_events_recorded, dispatch_uid="session-lifecycle"
        )
        from .participation_updates import participation_changed
        from .signals import attendance_changed

        attendance_changed.connect(
            participation_changed, dispatch_uid="live-page-participation"
        )
        from .pipeline.repair import presence_pending_repair

        periodic.register("presence_pending", presence_pending_repair, order=32)

        grant(
            Role.ORGANISER,
            *(
                f"live_sessions.{a}_endpoint"
                for a in ("add", "change", "delete", "view")
            ),
        )
        grant(Role.SITE_COORDINATOR, "live_sessions.view_endpoint")
        grant(
            Role.ORGANISER,
            *(
                f"live_sessions.{a}_livesession"
                for a in ("add", "change", "delete", "view")
            ),
        )
        grant(Role.LECTURER, "live_sessions.view_livesession")

        navigation.register(
            navigation.NavItem(
                key="endpoints",
                label=_("Endpoints"),
                description=_(
                    "The hub and the district rooms that join live sessions."
                ),
                url_name="endpoints:index",
                roles=frozenset({Role.ORGANISER, Role.SITE_COORDINATOR}),
                order=40,
            ),
            navigation.NavItem(
                key="live_sessions",
                label=_("Live sessions"),
                description=_(
                    "Schedule live sessions, choose the endpoints, cancel; lecturers "
                    "see the sessions they present."
                ),
                url_name="live_sessions:index",
                roles=frozenset({Role.ORGANISER, Role.LECTURER}),
                order=35,
            ),
        )

        from .attendance.setup import attendance_ready

        attendance_ready()
