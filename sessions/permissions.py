from wagtail.permission_policies import ModelPermissionPolicy

from accounts.roles import Role, user_roles

from .models import Endpoint, LiveSession


class EndpointPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, narrowed to the endpoints a user may see.

    A Site coordinator holds the model permission but acts only on the endpoints they
    coordinate; an Organiser acts on all of them.
    """

    def __init__(self):
        super().__init__(Endpoint)

    def user_has_permission_for_instance(self, user, action, instance) -> bool:
        return (
            self.user_has_permission(user, action)
            and Endpoint.objects.visible_to(user).filter(pk=instance.pk).exists()
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return Endpoint.objects.none()
        return Endpoint.objects.visible_to(user)


class LiveSessionPermissionPolicy(ModelPermissionPolicy):
    """Organisers act on every session; a Lecturer only sees the ones they present."""

    def __init__(self):
        super().__init__(LiveSession)

    def _own(self, user):
        if user.is_superuser or Role.ORGANISER in user_roles(user):
            return LiveSession.objects.all()
        return LiveSession.objects.filter(presenter=user)

    def user_has_permission_for_instance(self, user, action, instance) -> bool:
        return (
            self.user_has_permission(user, action)
            and self._own(user).filter(pk=instance.pk).exists()
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return LiveSession.objects.none()
        return self._own(user)
