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
    #: Listed under the account menu (beside "Log out") rather than in the main bar.
    in_account_menu: bool = False
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


#: Main-bar entries shown directly on a wide screen; the rest go under "More", so the
#: header stays one row at 1280 px whatever the role (an organiser has eight).
PRIMARY_COUNT = 4


@dataclass(frozen=True)
class Menu:
    """The header's menu for one user, split the way the header shows it."""

    primary: list[NavItem]
    more: list[NavItem]
    account: list[NavItem]


def menu_for(user, primary_count: int = PRIMARY_COUNT) -> Menu:
    """Split the user's menu entries into the bar, "More" and the account menu."""
    shown = [item for item in items_for(user) if item.show_in_menu]
    bar = [item for item in shown if not item.in_account_menu]
    return Menu(
        primary=bar[:primary_count],
        more=bar[primary_count:],
        account=[item for item in shown if item.in_account_menu],
    )


def navigation(request) -> dict[str, Callable[[], Iterable[NavItem]]]:
    """Context processor: ``nav_items`` and ``nav_menu`` computed lazily, only if a
    template asks."""
    user = getattr(request, "user", None)
    if user is None:
        return {}
    cache: list[NavItem] = []

    def nav_items() -> list[NavItem]:
        if not cache:
            cache.extend(items_for(user))
        return cache

    def nav_menu() -> Menu:
        return menu_for(user)

    return {"nav_items": nav_items, "nav_menu": nav_menu}
