"""The panels of a session's live page, contributed by the apps that own them.

The live page (questions to the presenter, polls, ...) knows no app by name: each app
registers a panel in its ``AppConfig.ready`` and the page renders the panels, in
order, for whoever takes part (``sessions.participation``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.http import HttpRequest

from .participation import Participation


@dataclass(frozen=True)
class LivePanel:
    #: Unique name, also the panel's HTML id on the page.
    name: str
    #: Template rendered with the page context plus ``panel`` (the dict below).
    template: str
    #: ``(request, session, participation) -> dict`` for the template.
    context: Callable[[HttpRequest, object, Participation], dict]
    order: int = 100


_panels: dict[str, LivePanel] = {}


def register_live_panel(panel: LivePanel) -> None:
    _panels[panel.name] = panel


def live_panels(
    request: HttpRequest, session, participation: Participation
) -> list[tuple[LivePanel, dict]]:
    """Each registered panel with its context, in order."""
    return [
        (panel, panel.context(request, session, participation))
        for panel in sorted(_panels.values(), key=lambda p: (p.order, p.name))
    ]
