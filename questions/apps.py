from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuestionsConfig(AppConfig):
    """Questions to the presenter: a panel of the session's live page."""

    name = "questions"
    label = "questions"
    verbose_name = _("Questions to the presenter")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from sessions.live_panels import LivePanel, register_live_panel
        from sessions.reports.sections import ReportSection, register_report_section

        from . import broadcast  # noqa: F401 (its coalescer, attached by the ASGI app)
        from .panels import live_panel_context, report_section_context

        register_live_panel(
            LivePanel(
                name="questions",
                template="questions/includes/live_panel.html",
                context=live_panel_context,
                order=10,
            )
        )
        register_report_section(
            ReportSection(
                name="questions",
                template="questions/includes/report_section.html",
                context=report_section_context,
                order=10,
            )
        )
