from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    default = True
    name = "accounts"
    label = "accounts"
    verbose_name = _("Accounts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import checks, navigation, periodic  # noqa: F401 (checks register)
        from .roles import Role, grant
        from .task_results import task_results_prune

        periodic.register("publish_scheduled", _publish_scheduled, order=10)
        periodic.register("prune_task_results", task_results_prune, order=90)

        for role in (Role.LECTURER, Role.ORGANISER, Role.SITE_COORDINATOR):
            grant(role, "wagtailadmin.access_admin")
        post_migrate.connect(
            _sync_role_groups, dispatch_uid="accounts.role_groups_sync"
        )

        navigation.register(
            navigation.NavItem(
                key="cms",
                label=_("Content management"),
                description=_(
                    "Write and publish course modules, quizzes and sessions."
                ),
                url_name="wagtailadmin_home",
                roles=frozenset({Role.LECTURER, Role.ORGANISER}),
                order=50,
            ),
            navigation.NavItem(
                key="profile",
                label=_("My profile"),
                description=_("Keep your name, agency, position and phone up to date."),
                url_name="profile",
                order=900,
                in_account_menu=True,
            ),
            navigation.NavItem(
                key="security",
                label=_("Two-factor authentication"),
                description=_("Protect your account with an authenticator app."),
                url_name="mfa_index",
                order=910,
                show_in_menu=False,
            ),
            navigation.NavItem(
                key="signup",
                label=_("Sign up"),
                description=_(
                    "Create an account to enrol in courses and check in at sessions."
                ),
                url_name="account_signup",
                anonymous=True,
                order=10,
                show_in_menu=False,
            ),
        )


def _publish_scheduled() -> str:
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("publish_scheduled", stdout=out)
    lines = out.getvalue().strip().splitlines()
    return lines[-1] if lines else ""


def _sync_role_groups(sender, using="default", **kwargs) -> None:
    from .roles import role_groups_sync

    role_groups_sync()


class WagtailUsersConfig(WagtailUsersAppConfig):
    user_viewset = "accounts.viewsets.UserViewSet"
