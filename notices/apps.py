from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NoticesConfig(AppConfig):
    """Emails that tell people about their sessions, grades and certificates."""

    name = "notices"
    label = "notices"
    verbose_name = _("Email notices")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from accounts import navigation, periodic

        from . import receivers  # noqa: F401 (signal receivers register)
        from .reminders import reminders_send

        # After the lifecycle job, so a session already live is not reminded of.
        periodic.register("session_reminders", reminders_send, order=40)
        navigation.register(
            navigation.NavItem(
                key="notice_preferences",
                label=_("Email notices"),
                description=_("Choose which emails the platform sends you."),
                url_name="notice_preferences",
                order=905,
                show_in_menu=False,
            ),
        )
