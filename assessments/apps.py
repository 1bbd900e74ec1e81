from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    name = "assessments"
    label = "assessments"
    verbose_name = _("Assessments")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from accounts import navigation, periodic
        from accounts.roles import Role, grant

        from .services import attempts_close_overdue

        periodic.register("close_overdue_attempts", attempts_close_overdue, order=40)

        models = [
            "questioncategory",
            "quiz",
            "singlechoicequestion",
            "multiplechoicequestion",
            "truefalsequestion",
            "shortanswerquestion",
            "orderingquestion",
            "essayquestion",
        ]
        for role in (Role.LECTURER, Role.ORGANISER):
            grant(
                role,
                "wagtailadmin.access_admin",
                *(
                    f"assessments.{action}_{model}"
                    for model in models
                    for action in ("add", "change", "delete", "view")
                ),
            )
        staff = frozenset({Role.LECTURER, Role.ORGANISER})
        navigation.register(
            navigation.NavItem(
                key="my-quiz-results",
                label=_("My quiz results"),
                description=_("Your quiz attempts, scores and reviews."),
                url_name="assessments:mine",
                roles=frozenset({Role.TRAINEE}),
                order=60,
            ),
            navigation.NavItem(
                key="grading-queue",
                label=_("Grading queue"),
                description=_("Essays waiting for a lecturer's grade, oldest first."),
                url_name="assessments:grading",
                roles=staff,
                order=61,
            ),
        )

        from .certificates.setup import certificates_ready

        certificates_ready()
