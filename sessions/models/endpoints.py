from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel

from accounts.roles import Role, user_roles


class EndpointQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def hubs(self):
        return self.filter(kind=Endpoint.Kind.HUB)

    def visible_to(self, user):
        """Organisers see every endpoint; a coordinator only their own; others none."""
        if not user.is_authenticated:
            return self.none()
        if user.is_superuser or Role.ORGANISER in user_roles(user):
            return self
        if Role.SITE_COORDINATOR in user_roles(user):
            return self.filter(coordinators=user)
        return self.none()


class Endpoint(ClusterableModel):
    """A place that joins live sessions: the hub, or a room in a district or commune.

    Endpoints are data that organisers edit (local government changes shape, as it did
    on 1 July 2025), never constants in code. Clusterable so the admin edits the
    agencies it serves inline.
    """

    class Kind(models.TextChoices):
        HUB = "hub", _("Hub")
        SITE = "site", _("Endpoint site")

    name = models.CharField(_("name"), max_length=200)
    code = models.SlugField(
        _("code"),
        max_length=40,
        unique=True,
        help_text=_("A short identifier, used in room and check-in links."),
    )
    kind = models.CharField(
        _("kind"), max_length=10, choices=Kind.choices, default=Kind.SITE
    )
    address = models.CharField(_("address"), max_length=300, blank=True)
    capacity = models.PositiveIntegerField(
        _("usual capacity"),
        default=0,
        help_text=_("How many people the room usually seats."),
    )
    coordinators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("coordinators"),
        related_name="coordinated_endpoints",
        blank=True,
        limit_choices_to=Q(groups__name=Role.SITE_COORDINATOR),
    )
    is_active = models.BooleanField(_("active"), default=True)
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    objects = EndpointQuerySet.as_manager()

    class Meta:
        verbose_name = _("endpoint")
        verbose_name_plural = _("endpoints")
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name

    @property
    def is_hub(self) -> bool:
        return self.kind == self.Kind.HUB
