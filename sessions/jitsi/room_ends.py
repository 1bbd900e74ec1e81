"""Reading a stored room/destroyed event as presence needs it.

Prosody's event_sync sends, with ``room/destroyed``, every occupant the room had since
it was created (``all_occupants``: ``occupant_jid``, ``id``, ``joined_at``,
``left_at``, in seconds). Presence uses it to repair a ``left`` (or a ``joined``) that
never arrived. JaaS's ROOM_DESTROYED carries no occupants: it only ends the room.
A breakout room's end is not the main room's: it is ignored.
"""

from datetime import UTC, datetime

from ..presence import OccupantRecord, RoomEnd


def _seconds(value: object) -> datetime | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return datetime.fromtimestamp(value, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _record(item: object) -> OccupantRecord | None:
    if not isinstance(item, dict):
        return None
    jid = item.get("occupant_jid")
    if not isinstance(jid, str) or not jid:
        return None
    identity = item.get("id")
    return OccupantRecord(
        participant_key=jid[:255],
        identity=identity if isinstance(identity, str) else "",
        joined_at=_seconds(item.get("joined_at")),
        left_at=_seconds(item.get("left_at")),
    )


def room_end_from_payload(*, occurred_at: datetime, payload: object) -> RoomEnd | None:
    """The room's end with its occupancy records, or None for a breakout room."""
    payload = payload if isinstance(payload, dict) else {}
    if payload.get("breakout_room_id") or payload.get("is_breakout") is True:
        return None
    details = payload.get("data")
    if isinstance(details, dict) and details.get("isBreakout") in (True, "true"):
        return None
    occupants = payload.get("all_occupants")
    records = (
        tuple(record for record in map(_record, occupants) if record is not None)
        if isinstance(occupants, list)
        else ()
    )
    return RoomEnd(at=occurred_at, occupants=records)
