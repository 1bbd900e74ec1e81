"""Pushing changes to the dashboards: one snapshot per change, sent to the session's
group (organisers) and the endpoint's group (its coordinators)."""

from datetime import datetime

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.utils import timezone

from .groups import endpoint_group, session_group
from .state import endpoint_row, remote_row


def endpoint_changed(
    session_id: int,
    endpoint_id: int | None,
    at: datetime | None = None,
    *,
    change: dict | None = None,
) -> None:
    """Send the endpoint's new row; ``at`` is when the change began (the dashboard
    benchmark measures the delay from it)."""
    layer = get_channel_layer()
    if layer is None:
        return
    row = (
        remote_row(session_id)
        if endpoint_id is None
        else endpoint_row(session_id, endpoint_id)
    )
    if row is None:
        return
    message = {
        "type": "attendance.endpoint",
        "row": row,
        "remote": endpoint_id is None,
        "at": (at or timezone.now()).timestamp(),
        "change": change or {},
    }
    async_to_sync(layer.group_send)(session_group(session_id), message)
    if endpoint_id is not None:
        async_to_sync(layer.group_send)(
            endpoint_group(session_id, endpoint_id), message
        )


def connection_events_recorded(sender, *, session_id, events, **kwargs) -> None:
    """Receiver: the endpoints named in new connection events have a new state."""
    endpoint_ids = {event.endpoint_id for event in events if event.endpoint_id}
    for endpoint_id in sorted(endpoint_ids):
        endpoint_changed(session_id, endpoint_id)
