"""Attendance's wiring, called from the app's ready(): navigation, permissions, the
dashboard's receiver of connection events."""

from django.utils.translation import gettext_lazy as _


def attendance_ready() -> None:
    from wagtail import hooks

    from accounts import navigation
    from accounts.panels import DASHBOARD
    from accounts.roles import Role, grant
    from sessions.pipeline.setup import connection_events_recorded
    from sessions.signals import connection_events_recorded as signal

    grant(
        Role.ORGANISER,
        *(f"live_sessions.{a}_attendance" for a in ("add", "change", "view")),
    )
    grant(Role.SITE_COORDINATOR, "live_sessions.view_attendance")
    signal.connect(connection_events_recorded, dispatch_uid="attendance-dashboard")
    from .panels import todays_attendance_panel

    if todays_attendance_panel not in hooks.get_hooks(DASHBOARD):
        hooks.register(DASHBOARD, todays_attendance_panel)
    navigation.register(
        navigation.NavItem(
            key="attendance",
            label=_("Attendance"),
            description=_(
                "Live dashboard, rosters and reports of who attended, at which site."
            ),
            url_name="attendance-index",
            roles=frozenset({Role.ORGANISER, Role.SITE_COORDINATOR}),
            order=45,
        ),
        navigation.NavItem(
            key="my-attendance",
            label=_("My attendance"),
            description=_("The sessions you attended and for how long."),
            url_name="attendance-mine",
            roles=frozenset({Role.TRAINEE}),
            order=60,
        ),
        navigation.NavItem(
            key="checkin",
            label=_("Check in"),
            description=_("Type the code shown on the screen in your room."),
            url_name="checkin",
            roles=frozenset({Role.TRAINEE}),
            order=55,
        ),
    )
