from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PollsConfig(AppConfig):
    """Live polls of a session, shown as a panel of the session's live page."""

    name = "polls"
    label = "polls"
    verbose_name = _("Live polls")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from sessions.live_panels import LivePanel, register_live_panel

        from . import live  # noqa: F401 (its coalescer, attached by the ASGI app)
        from .panel import panel_context

        register_live_panel(
            LivePanel(
                name="polls",
                template="polls/includes/live_panel.html",
                context=panel_context,
                order=20,
            )
        )
