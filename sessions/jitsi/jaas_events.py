"""JaaS events other apps act on (recordings, transcripts), without ``sessions``
importing them: an app registers a handler per event type in its ``ready()``; the
webhook receiver (receive.py) authenticates, then hands the parsed envelope over.

A handler raises ``WebhookError`` for a malformed ``data`` (the sender gets a 400)
and must be idempotent on ``envelope.idempotency_key`` (JaaS retries).
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from .webhooks import WebhookError
from .webhooks import _load_object as load_object
from .webhooks import _seconds as seconds
from .webhooks import _text as text


@dataclass(frozen=True)
class JaasEnvelope:
    event_type: str
    idempotency_key: str
    #: JaaS's meeting session (``sessionId``), not a live session of this platform.
    meeting_session_id: str
    room_name: str
    occurred_at: datetime
    data: dict = field(default_factory=dict)


Handler = Callable[[JaasEnvelope], None]
_handlers: dict[str, list[Handler]] = {}


def register(event_type: str, handler: Handler) -> None:
    handlers = _handlers.setdefault(event_type, [])
    if handler not in handlers:
        handlers.append(handler)


def jaas_envelope_parse(data: dict) -> JaasEnvelope:
    timestamp = data.get("timestamp")
    if isinstance(timestamp, bool) or not isinstance(timestamp, int | float):
        raise WebhookError(400, "timestamp must be epoch milliseconds")
    room_name = text(data, "fqn", required=True).rsplit("/", 1)[-1].lower()
    if not room_name:
        raise WebhookError(400, "fqn has no room")
    details = data.get("data") or {}
    if not isinstance(details, dict):
        raise WebhookError(400, "data must be an object")
    return JaasEnvelope(
        event_type=text(data, "eventType", required=True),
        idempotency_key=text(data, "idempotencyKey", required=True)[:128],
        meeting_session_id=text(data, "sessionId")[:100],
        room_name=room_name,
        occurred_at=seconds(timestamp / 1000, "timestamp"),
        data=details,
    )


def jaas_event_dispatch(body: bytes) -> bool:
    """Run the handlers registered for this event; False if there are none."""
    data = load_object(body)
    event_type = text(data, "eventType", required=True)
    handlers = _handlers.get(event_type)
    if not handlers:
        return False
    envelope = jaas_envelope_parse(data)
    for handler in handlers:
        handler(envelope)
    return True
