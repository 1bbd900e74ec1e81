"""Background work of live sessions (django-tasks; the immediate backend in dev)."""

from django_tasks import task

from .jitsi.reconcile import live_sessions_reconcile


@task()
def reconcile_live_sessions() -> int:
    """Close or open presence intervals that Jitsi's webhooks missed."""
    return live_sessions_reconcile()
