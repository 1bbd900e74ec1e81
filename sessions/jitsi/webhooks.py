"""Parsing and authenticating what Jitsi posts: Prosody's event_sync and JaaS webhooks.

Pure functions: bytes and headers in, ``ParsedEvent`` out (or ``WebhookError``), so
the request path stays short and every rule is testable without a server.
"""

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime

from ..models import ConnectionEvent

Kind = ConnectionEvent.Kind
Source = ConnectionEvent.Source

#: event_sync's four paths (after ``api_prefix``/events/) and what each reports.
EVENT_SYNC_KINDS = {
    "room/created": Kind.ROOM_CREATED,
    "room/destroyed": Kind.ROOM_DESTROYED,
    "occupant/joined": Kind.JOINED,
    "occupant/left": Kind.LEFT,
}
#: JaaS event types stored; the others (recording, SIP, usage...) are acknowledged.
JAAS_KINDS = {
    "ROOM_CREATED": Kind.ROOM_CREATED,
    "ROOM_DESTROYED": Kind.ROOM_DESTROYED,
    "PARTICIPANT_JOINED": Kind.JOINED,
    "PARTICIPANT_LEFT": Kind.LEFT,
}
MAX_BODY_BYTES = 256 * 1024


class WebhookError(Exception):
    """A request refused: ``status`` 400 (malformed) or 401 (not authenticated)."""

    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass(frozen=True)
class ParsedEvent:
    kind: str
    source: str
    room_name: str
    idempotency_key: str
    occurred_at: datetime
    participant_key: str = ""
    #: The token's ``context.user.id`` as the sender echoed it (may be empty).
    identity: str = ""
    display_name: str = ""
    payload: dict = field(default_factory=dict)


def bearer_is_valid(header: str | None, secret: str) -> bool:
    """``Authorization: Bearer <secret>`` in constant time; no secret, no entry."""
    if not secret or not header:
        return False
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer":
        return False
    return hmac.compare_digest(token.strip().encode(), secret.encode())


def jaas_signature(secret: str, timestamp: int | str, body: bytes) -> str:
    """base64(HMAC-SHA256(secret incl. ``whsec_``, ``"{t}." + body``))."""
    message = f"{timestamp}.".encode() + body
    digest = hmac.new(secret.encode(), message, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def jaas_signature_header(secret: str, timestamp: int, body: bytes) -> str:
    return f"t={timestamp},v1={jaas_signature(secret, timestamp, body)}"


def jaas_signature_verify(
    *, header: str | None, body: bytes, secret: str, now: float, tolerance: int
) -> None:
    """Raise ``WebhookError(401)`` unless a ``v1`` signature matches and is recent."""
    if not secret:
        raise WebhookError(401, "webhook secret not configured")
    if not header:
        raise WebhookError(401, "missing X-Jaas-Signature")
    timestamp = None
    candidates = []
    for part in header.split(","):
        name, _, value = part.strip().partition("=")
        if name == "t":
            timestamp = value
        elif name == "v1":
            candidates.append(value)
    if timestamp is None or not timestamp.isdigit() or not candidates:
        raise WebhookError(401, "malformed X-Jaas-Signature")
    expected = jaas_signature(secret, timestamp, body).encode()
    matched = False
    for candidate in candidates:
        matched |= hmac.compare_digest(expected, candidate.encode())
    if not matched:
        raise WebhookError(401, "signature mismatch")
    if abs(now - int(timestamp)) > tolerance:
        raise WebhookError(401, "signature timestamp outside the tolerance window")


def _load_object(body: bytes) -> dict:
    if len(body) > MAX_BODY_BYTES:
        raise WebhookError(400, "body too large")
    if b"\\u0000" in body:
        # PostgreSQL's text and jsonb cannot hold NUL; no real event carries one.
        raise WebhookError(400, "body contains a NUL character")
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as error:
        raise WebhookError(400, f"body is not JSON: {error}") from None
    except RecursionError:  # "[[[[..." nested deeper than the parser goes
        raise WebhookError(400, "body is nested too deeply") from None
    if not isinstance(data, dict):
        raise WebhookError(400, "body is not a JSON object")
    return data


def _seconds(value: object, name: str) -> datetime:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise WebhookError(400, f"{name} must be a number of seconds")
    try:
        return datetime.fromtimestamp(value, tz=UTC)
    except (OverflowError, OSError, ValueError):
        raise WebhookError(400, f"{name} is out of range") from None


def _text(data: dict, name: str, *, required: bool = False) -> str:
    value = data.get(name)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value):
        raise WebhookError(400, f"{name} must be a non-empty string")
    return value


def _derived_key(prefix: str, *parts: object) -> str:
    """event_sync sends no key: the same event's content always gives the same one."""
    text = json.dumps(parts, separators=(",", ":"), default=str)
    return f"{prefix}:{hashlib.sha256(text.encode()).hexdigest()}"


def parse_event_sync(path: str, body: bytes) -> ParsedEvent:
    kind = EVENT_SYNC_KINDS.get(path)
    if kind is None:
        raise WebhookError(400, f"unknown event path {path!r}")
    data = _load_object(body)
    room_name = _text(data, "room_name", required=True).lower()
    breakout = data.get("breakout_room_id") or ""
    if kind in (Kind.JOINED, Kind.LEFT):
        occupant = data.get("occupant")
        if not isinstance(occupant, dict):
            raise WebhookError(400, "occupant must be an object")
        jid = _text(occupant, "occupant_jid", required=True)
        stamp = "joined_at" if kind == Kind.JOINED else "left_at"
        occurred_at = _seconds(occupant.get(stamp), f"occupant.{stamp}")
        return ParsedEvent(
            kind=kind,
            source=Source.PROSODY,
            room_name=room_name,
            idempotency_key=_derived_key(
                "es", kind, room_name, breakout, jid, occupant.get(stamp)
            ),
            occurred_at=occurred_at,
            participant_key=jid,
            identity=_text(occupant, "id"),
            display_name=_text(occupant, "name")[:255],
            payload=data,
        )
    stamp = "created_at" if kind == Kind.ROOM_CREATED else "destroyed_at"
    return ParsedEvent(
        kind=kind,
        source=Source.PROSODY,
        room_name=room_name,
        idempotency_key=_derived_key("es", kind, room_name, breakout, data.get(stamp)),
        occurred_at=_seconds(data.get(stamp), stamp),
        payload=data,
    )


def parse_jaas(body: bytes) -> ParsedEvent | None:
    """The event to store, or ``None`` for an event type this platform does not keep."""
    data = _load_object(body)
    event_type = _text(data, "eventType", required=True)
    key = _text(data, "idempotencyKey", required=True)
    timestamp = data.get("timestamp")
    if isinstance(timestamp, bool) or not isinstance(timestamp, int | float):
        raise WebhookError(400, "timestamp must be epoch milliseconds")
    kind = JAAS_KINDS.get(event_type)
    if kind is None:
        return None
    fqn = _text(data, "fqn", required=True)
    room_name = fqn.rsplit("/", 1)[-1].lower()
    if not room_name:
        raise WebhookError(400, "fqn has no room")
    details = data.get("data") or {}
    if not isinstance(details, dict):
        raise WebhookError(400, "data must be an object")
    participant = ""
    if kind in (Kind.JOINED, Kind.LEFT):
        participant = _text(details, "participantJid") or _text(
            details, "participantId"
        )
        if not participant:
            raise WebhookError(400, "data.participantJid or participantId is required")
    return ParsedEvent(
        kind=kind,
        source=Source.JAAS,
        room_name=room_name,
        idempotency_key=f"jaas:{key}"[:128],
        occurred_at=_seconds(timestamp / 1000, "timestamp"),
        participant_key=participant,
        identity=_text(details, "id"),
        display_name=_text(details, "name")[:255],
        payload=data,
    )
