"""The demo's data, contributed by each app.

An app puts a ``demo.py`` module beside its models and registers functions with
``@seeder(order)``; ``manage.py seed_demo`` runs them in order. Every seeder must be
idempotent: the demo may be loaded any number of times.
"""

from collections.abc import Callable
from dataclasses import dataclass

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
