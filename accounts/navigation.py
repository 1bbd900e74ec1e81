"""What each role can do: one registry feeds both the navigation bar and the home page.

Apps register their entries in ``AppConfig.ready()``, so ``accounts`` stays below the
apps that contribute to it.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.urls import NoReverseMatch, reverse

from .roles import Role, user_roles


@dataclass(frozen=True)
class NavItem:
    key: str
    label: str
    description: str
    url_name: str
    #: Which signed-in users see it: ``None`` means all of them.
    roles: frozenset[Role] | None = None
    order: int = 100
    #: Shown to visitors who are not signed in (and then only to them).
    anonymous: bool = False
    show_in_menu: bool = True
    url_kwargs: dict = field(default_factory=dict)

    def visible_to(self, user) -> bool:
        if not user.is_authenticated or self.anonymous:
            return self.anonymous and not user.is_authenticated
        if user.is_superuser and self.roles:
            return True
        if self.roles is None:
            return True
        return bool(self.roles & user_roles(user))

    def url(self) -> str:
        try:
            return reverse(self.url_name, kwargs=self.url_kwargs)
        except NoReverseMatch:
            return self.url_name


_registry: dict[str, NavItem] = {}


def register(*items: NavItem) -> None:
    for item in items:
        _registry[item.key] = item


def items_for(user) -> list[NavItem]:
    return sorted(
        (item for item in _registry.values() if item.visible_to(user)),
        key=lambda item: (item.order, item.key),
    )


def navigation(request) -> dict[str, Callable[[], Iterable[NavItem]]]:
    """Context processor: ``nav_items`` computed lazily, only if a template asks."""
    user = getattr(request, "user", None)
    if user is None:
        return {}
    cache: list[NavItem] = []

    def nav_items() -> list[NavItem]:
        if not cache:
            cache.extend(items_for(user))
        return cache

    return {"nav_items": nav_items}
