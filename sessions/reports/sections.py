"""Sections other apps add to a session's report (questions to the presenter, polls),
so the report knows no app by name: each registers a section in its
``AppConfig.ready``; the report renders, in order, those whose context is not
``None`` for the person reading it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.http import HttpRequest


@dataclass(frozen=True)
class ReportSection:
    name: str
    #: Rendered with the report's context plus ``section`` (the dict below).
    template: str
    #: ``(request, session) -> dict | None``; ``None``: not shown to this reader.
    context: Callable[[HttpRequest, object], dict | None]
    order: int = 100


_sections: dict[str, ReportSection] = {}


def register_report_section(section: ReportSection) -> None:
    _sections[section.name] = section


def report_sections(request: HttpRequest, session) -> list[tuple[ReportSection, dict]]:
    """Each registered section this reader sees, with its context, in order."""
    shown = []
    for section in sorted(_sections.values(), key=lambda s: (s.order, s.name)):
        context = section.context(request, session)
        if context is not None:
            shown.append((section, context))
    return shown
