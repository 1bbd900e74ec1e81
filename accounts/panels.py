"""Panels that other apps contribute to pages they do not own.

``accounts`` (the home page, the trainee's dashboard) and ``courses`` (course and module
pages) sit below the apps that know about sessions, quizzes and certificates, so those
apps contribute through Wagtail hooks instead of being imported:

    @hooks.register("dashboard_panels")
    def upcoming_sessions(request) -> Panel | None: ...

    @hooks.register("course_page_panels")
    def course_sessions(page, request) -> Panel | None: ...

    @hooks.register("module_page_panels")
    def module_quiz(page, request) -> Panel | None: ...

    @hooks.register("session_page_panels")
    def session_recordings(session, request) -> Panel | None: ...

A hook returns ``None`` when it has nothing for this viewer.
"""

from dataclasses import dataclass, field

from django.template.loader import render_to_string
from django.utils.safestring import SafeString
from wagtail import hooks

DASHBOARD = "dashboard_panels"
COURSE_PAGE = "course_page_panels"
MODULE_PAGE = "module_page_panels"
#: A live session's page (sessions' detail view), for apps above ``sessions``.
SESSION_PAGE = "session_page_panels"


@dataclass
class Panel:
    template: str
    context: dict = field(default_factory=dict)
    #: Lower comes first.
    order: int = 100

    def render(self, request) -> SafeString:
        return render_to_string(self.template, self.context, request=request)


def collect_panels(hook_name: str, *args, request) -> list[Panel]:
    panels = (fn(*args, request) for fn in hooks.get_hooks(hook_name))
    return sorted((p for p in panels if p is not None), key=lambda p: p.order)
