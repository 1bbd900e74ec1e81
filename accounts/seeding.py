"""The demo's data, contributed by each app.

An app puts a ``demo.py`` module beside its models and registers functions with
``@seeder(order)``; ``manage.py seed_demo`` runs them in order. Every seeder must be
idempotent: the demo may be loaded any number of times.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.utils.module_loading import autodiscover_modules


@dataclass(frozen=True)
class Seeder:
    order: int
    name: str
    func: Callable[[Callable[[str], None]], None]


_seeders: dict[str, Seeder] = {}


def seeder(order: int):
    def decorator(func):
        name = f"{func.__module__}.{func.__name__}"
        _seeders[name] = Seeder(order=order, name=name, func=func)
        return func

    return decorator


def run_seeders(log: Callable[[str], None]) -> None:
    autodiscover_modules("demo")
    for item in sorted(_seeders.values(), key=lambda s: (s.order, s.name)):
        item.func(log)


def demo_seeding_allowed(*, force: bool = False) -> bool:
    """The demo resets its logins to a published password: never on a real site.

    Allowed with ``DEBUG`` (development), with ``--force`` (an operator who means it),
    or where the settings say so (``PLATFORM_ALLOW_DEMO_DATA``, set only by the test
    settings, whose suites use the demo conference as a fixture).
    """
    return (
        force or settings.DEBUG or getattr(settings, "PLATFORM_ALLOW_DEMO_DATA", False)
    )


DEMO_REFUSAL = (
    "Refusing to load the demo data: DEBUG is off, so this looks like a real site, and "
    "the demo resets its logins to a published password. Pass --force if you mean it."
)
