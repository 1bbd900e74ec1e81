"""Who may act on which roster: rules as plain functions, used by views, services and
the dashboard consumer alike."""

from accounts.roles import Role, user_roles


def is_organiser(user) -> bool:
    return user.is_authenticated and (
        user.is_superuser or Role.ORGANISER in user_roles(user)
    )


def is_coordinator(user) -> bool:
    return user.is_authenticated and Role.SITE_COORDINATOR in user_roles(user)


def can_manage_endpoint(user, endpoint_id: int) -> bool:
    """Organisers act on every endpoint's roster; a coordinator only on their own."""
    if is_organiser(user):
        return True
    if not is_coordinator(user):
        return False
    return user.coordinated_endpoints.filter(pk=endpoint_id).exists()


def can_watch_session(user) -> bool:
    """Who may open a session's dashboard at all (which endpoints: see selectors)."""
    return is_organiser(user) or is_coordinator(user)
