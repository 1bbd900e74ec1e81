"""Wiring done once at start-up (called from AssessmentsConfig.ready)."""

from django.utils.translation import gettext_lazy as _


def organiser_image_permissions(sender=None, **kwargs) -> None:
    """Organisers upload and choose images (a template's signature and seal) in the
    root collection; Wagtail checks image permissions per collection, not per group."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import Collection, GroupCollectionPermission

    from accounts.roles import Role

    root = Collection.get_first_root_node()
    if root is None:
        return
    group, _created = Group.objects.get_or_create(name=Role.ORGANISER.value)
    for codename in ("add_image", "choose_image"):
        permission = Permission.objects.filter(
            content_type__app_label="wagtailimages", codename=codename
        ).first()
        if permission is not None:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=permission
            )


def certificates_ready() -> None:
    from django.db.models.signals import post_migrate

    from accounts import navigation
    from accounts.roles import Role, grant

    from . import receivers  # noqa: F401  (connects the signal receivers)

    post_migrate.connect(
        organiser_image_permissions, dispatch_uid="certificates.organiser_images"
    )

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
