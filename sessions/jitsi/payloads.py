"""The payloads Jitsi sends, built as the senders build them.

Used by ``simulate_session`` (the demo without a Jitsi server) and by the test suite's
fake Jitsi, so both speak exactly what Prosody's event_sync and JaaS post.
"""

import json
import uuid
from datetime import datetime

from .webhooks import jaas_signature_header

#: event_sync path (after ``{api_prefix}/events/``) -> its ``event_name``.
EVENT_SYNC_NAMES = {
    "room/created": "muc-room-created",
    "room/destroyed": "muc-room-destroyed",
    "occupant/joined": "muc-occupant-joined",
    "occupant/left": "muc-occupant-left",
}


def occupant(
    *,
    jid: str,
    joined_at: datetime,
    left_at: datetime | None = None,
    identity: str = "",
    name: str = "",
    email: str = "",
) -> dict:
    data = {"occupant_jid": jid, "joined_at": int(joined_at.timestamp())}
    if identity:  # only with a JWT
        data.update({"id": identity, "name": name, "email": email})
    if left_at is not None:
        data["left_at"] = int(left_at.timestamp())
    return data


def event_sync_occupant(
    *, path: str, room: str, muc_domain: str, occupant: dict, active: int
) -> dict:
    return {
        "event_name": EVENT_SYNC_NAMES[path],
        "room_name": room,
        "room_jid": f"{room}@{muc_domain}",
        "is_breakout": False,
        "active_occupants_count": active,
        "occupant": occupant,
    }


def event_sync_room(
    *,
    path: str,
    room: str,
    muc_domain: str,
    created_at: datetime,
    destroyed_at: datetime | None = None,
    all_occupants: list[dict] | None = None,
) -> dict:
    data = {
        "event_name": EVENT_SYNC_NAMES[path],
        "room_name": room,
        "room_jid": f"{room}@{muc_domain}",
        "is_breakout": False,
        "created_at": int(created_at.timestamp()),
    }
    if destroyed_at is not None:
        data["destroyed_at"] = int(destroyed_at.timestamp())
        data["all_occupants"] = all_occupants or []
    return data


def event_sync_headers(secret: str) -> dict:
    return {
        "Content-Type": "application/json",
        "User-Agent": "Prosody (simulated)",
        "Authorization": f"Bearer {secret}",
    }


def jaas_event(
    *,
    event_type: str,
    app_id: str,
    room: str,
    at: datetime,
    data: dict,
    idempotency_key: str | None = None,
) -> dict:
    return {
        "idempotencyKey": idempotency_key or str(uuid.uuid4()),
        "customerId": app_id.removeprefix("vpaas-magic-cookie-"),
        "appId": app_id,
        "eventType": event_type,
        "sessionId": str(uuid.uuid4()),
        "timestamp": int(at.timestamp() * 1000),
        "fqn": f"{app_id}/{room}",
        "data": data,
    }


def jaas_request(*, payload: dict, secret: str, now: int) -> tuple[bytes, dict]:
    """The raw body and the headers JaaS sends with it (signed)."""
    body = json.dumps(payload, separators=(",", ":")).encode()
    headers = {
        "Content-Type": "application/json",
        "X-Jaas-Signature": jaas_signature_header(secret, now, body),
    }
    return body, headers
