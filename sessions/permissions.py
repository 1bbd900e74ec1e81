from wagtail.permission_policies import ModelPermissionPolicy

from .models import Endpoint


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
