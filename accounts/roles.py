"""The platform's roles. Each is a Django group, created by a data migration."""

from django.contrib.auth.models import AnonymousUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    TRAINEE = "Trainee", _("Trainee")
    LECTURER = "Lecturer", _("Lecturer")
    ORGANISER = "Organiser", _("Organiser")
    SITE_COORDINATOR = "Site coordinator", _("Site coordinator")


#: Roles whose holders may be required to use two-factor authentication.
STAFF_ROLES = frozenset({Role.LECTURER, Role.ORGANISER})


def user_roles(user) -> frozenset[Role]:
    """The roles a user holds, cached on the user object for the request."""
    if user is None or isinstance(user, AnonymousUser) or not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_platform_roles", None)
    if cached is None:
        names = {group.name for group in user.groups.all()}
        cached = frozenset(role for role in Role if role.value in names)
        user._platform_roles = cached
    return cached


def user_has_role(user, *roles: Role) -> bool:
    held = user_roles(user)
    return any(role in held for role in roles)


#: Model permissions per role, as "app_label.codename"; apps add theirs in ready().
_grants: dict[Role, set[str]] = {role: set() for role in Role}


def grant(role: Role, *permissions: str) -> None:
    _grants[role].update(permissions)


def role_groups_sync() -> None:
    """Make sure each role's group exists and holds the permissions apps granted it.

    Runs after every migrate (and after the test runner's flush), so a fresh or emptied
    database always has working roles. Permissions an administrator added by hand stay.
    """
    from django.contrib.auth.models import Group, Permission

    for role in Role:
        group, _ = Group.objects.get_or_create(name=role.value)
        wanted = _grants[role]
        if not wanted:
            continue
        query = models.Q()
        for dotted in wanted:
            app_label, codename = dotted.split(".", 1)
            query |= models.Q(content_type__app_label=app_label, codename=codename)
        group.permissions.add(*Permission.objects.filter(query))
