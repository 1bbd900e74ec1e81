"""Receiving one webhook request: authenticate, parse, store; answer a status.

Shared by the Django views (views.py) and the ASGI fast path (asgi.py), so both
apply exactly the same rules.
"""

import time

from django.conf import settings

from .jaas_events import jaas_event_dispatch
from .services import connection_events_record
from .webhooks import (
    ParsedEvent,
    WebhookError,
    bearer_is_valid,
    jaas_signature_verify,
    parse_event_sync,
    parse_jaas,
)

#: (status, JSON body or None for an empty 204)
Answer = tuple[int, dict | None]


def event_sync_accept(
    *, path: str, authorization: str | None, body: bytes
) -> ParsedEvent | Answer:
    """The request's event, or the refusal to answer (no database: authentication
    and parsing only)."""
    if not bearer_is_valid(authorization, settings.JITSI_WEBHOOK_SECRET):
        return 401, {"error": "missing or wrong bearer secret"}
    try:
        return parse_event_sync(path, body)
    except WebhookError as error:
        return error.status, {"error": error.reason}


def event_sync_receive(*, path: str, authorization: str | None, body: bytes) -> Answer:
    accepted = event_sync_accept(path=path, authorization=authorization, body=body)
    if not isinstance(accepted, ParsedEvent):
        return accepted
    connection_events_record(events=[accepted])
    return 204, None


def jaas_receive(*, signature: str | None, body: bytes) -> Answer:
    try:
        jaas_signature_verify(
            header=signature,
            body=body,
            secret=settings.JITSI_JAAS_WEBHOOK_SECRET,
            now=time.time(),
            tolerance=settings.JITSI_WEBHOOK_TOLERANCE_SECONDS,
        )
        event = parse_jaas(body)
        if event is None:
            # Not a connection event: another app may act on it (recordings).
            jaas_event_dispatch(body)
    except WebhookError as error:
        return error.status, {"error": error.reason}
    if event is not None:
        connection_events_record(events=[event])
    return 204, None
