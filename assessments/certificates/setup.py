"""Wiring done once at start-up (called from AssessmentsConfig.ready)."""

from django.utils.translation import gettext_lazy as _


def certificates_ready() -> None:
    from accounts import navigation
    from accounts.roles import Role, grant

    from . import receivers  # noqa: F401  (connects the signal receivers)

    grant(
        Role.ORGANISER,
        *(
            f"assessments.{a}_certificationrule"
            for a in ("add", "change", "delete", "view")
        ),
        *(
            f"assessments.{a}_certificatetemplate"
            for a in ("add", "change", "delete", "view")
        ),
        "assessments.view_certificate",
    )
    navigation.register(
        navigation.NavItem(
            key="certificates",
            label=_("Certificates"),
            description=_("Certificates per course: issue, revoke, reissue, download."),
            url_name="certificates:courses",
            roles=frozenset({Role.ORGANISER}),
            order=60,
        ),
        navigation.NavItem(
            key="verify-certificate",
            label=_("Verify a certificate"),
            description=_("Check a certificate's code."),
            url_name="certificates:verify_form",
            anonymous=True,
            order=90,
        ),
    )
