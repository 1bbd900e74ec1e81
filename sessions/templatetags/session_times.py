from datetime import datetime

from django import template

from sessions.timespans import time_span

register = template.Library()


@register.simple_tag
def session_time_span(starts_at: datetime, ends_at: datetime) -> str:
    """A session's span in Vietnam time (see ``sessions.timespans.time_span``)."""
    return time_span(starts_at, ends_at)
