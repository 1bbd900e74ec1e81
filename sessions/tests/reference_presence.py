"""A whole-session presence computation straight from the stored events: the
reference the pipeline's incremental summaries are checked against in tests (the
product reads only the summaries)."""

from collections.abc import Iterable
from datetime import datetime

from django.utils import timezone

from sessions.attendance.sources import AUTHORITATIVE, SessionPresence
from sessions.jitsi.identity import endpoint_identity, parse_identity, user_identity
from sessions.jitsi.room_ends import room_end_from_payload
from sessions.models import ConnectionEvent, Endpoint
from sessions.presence import (
    BY_EVENT,
    BY_RECONCILIATION,
    Interval,
    PresenceEvent,
    Repairs,
    RoomEnd,
    identity_connections,
    merge_intervals,
    repairs_of,
)

PRESENCE_KINDS = [ConnectionEvent.Kind.JOINED, ConnectionEvent.Kind.LEFT]


def event_rows(session_id: int, **filters) -> list[tuple]:
    """(source, kind, participant_key, endpoint_id, user_id, occurred_at) rows."""
    return list(
        ConnectionEvent.objects.filter(
            session_id=session_id, kind__in=PRESENCE_KINDS, **filters
        ).values_list(
            "source", "kind", "participant_key", "endpoint_id", "user_id", "occurred_at"
        )
    )


def room_ends_of(session_ids: Iterable[int]) -> dict[int, list[RoomEnd]]:
    """Each session's room/destroyed events (the only events whose payload is read)."""
    result: dict[int, list[RoomEnd]] = {}
    rows = ConnectionEvent.objects.filter(
        session_id__in=list(session_ids),
        kind=ConnectionEvent.Kind.ROOM_DESTROYED,
        source__in=AUTHORITATIVE,
    ).values_list("session_id", "occurred_at", "payload")
    for session_id, occurred_at, payload in rows:
        end = room_end_from_payload(occurred_at=occurred_at, payload=payload)
        if end is not None:
            result.setdefault(session_id, []).append(end)
    return result


def _codes(endpoint_ids: Iterable[int]) -> dict[int, str]:
    return dict(
        Endpoint.objects.filter(pk__in=set(endpoint_ids)).values_list("pk", "code")
    )


def intervals_from_rows(
    rows: list[tuple],
    room_ends: Iterable[RoomEnd] = (),
    *,
    now: datetime | None = None,
    endpoint_codes: dict[int, str] | None = None,
) -> SessionPresence:
    """Presence per endpoint and per user from the rows: the same rows in any order
    give the same result. ``endpoint_codes`` (id -> code) lets room/destroyed's
    records name an endpoint; it is looked up if omitted and there are room ends."""
    now = now or timezone.now()
    room_ends = list(room_ends)
    users_advisory = False
    if any(row[0] in AUTHORITATIVE for row in rows) or room_ends:
        rows = [row for row in rows if row[0] in AUTHORITATIVE]
    elif rows:
        users_advisory = True
    if endpoint_codes is None:  # needed only to read room/destroyed's records
        endpoint_codes = (
            _codes(row[3] for row in rows if row[3] is not None) if room_ends else {}
        )
    by_code = {code: pk for pk, code in endpoint_codes.items()}
    events: dict[tuple[str, int], list[PresenceEvent]] = {}
    for source, kind, key, endpoint_id, user_id, at in rows:
        reconciled = source == ConnectionEvent.Source.RECONCILIATION
        via = BY_RECONCILIATION if reconciled else BY_EVENT
        event = PresenceEvent(participant_key=key, kind=kind, at=at, via=via)
        if endpoint_id is not None:
            events.setdefault(("endpoint", endpoint_id), []).append(event)
        elif user_id is not None:
            events.setdefault(("user", user_id), []).append(event)
    for end in room_ends:  # someone whose every event was lost, named only here
        for record in end.occupants:
            named = parse_identity(record.identity)
            if named.user_id is not None:
                events.setdefault(("user", named.user_id), [])
            elif named.endpoint_code in by_code:
                events.setdefault(("endpoint", by_code[named.endpoint_code]), [])
    endpoints: dict[int, list[Interval]] = {}
    users: dict[int, list[Interval]] = {}
    repairs = Repairs()
    for (kind, pk), own in events.items():
        if kind == "user":
            identity = user_identity(pk)
        else:
            code = endpoint_codes.get(pk)
            identity = endpoint_identity(code) if code else ""
        found = identity_connections(
            identity=identity, events=own, room_ends=room_ends, now=now
        )
        intervals = merge_intervals(connection.interval for connection in found)
        repairs += repairs_of(found)
        if intervals:
            (users if kind == "user" else endpoints)[pk] = intervals
    return SessionPresence(
        has_video_data=bool(rows) or bool(room_ends),
        endpoints=endpoints,
        users=users,
        users_advisory=users_advisory,
        repairs=repairs,
    )


def presence_by_session(
    *, session_ids: list[int], now: datetime | None = None
) -> dict[int, SessionPresence]:
    """Several sessions' presence from two queries (and one for endpoint codes)."""
    rows: dict[int, list[tuple]] = {session_id: [] for session_id in session_ids}
    events = ConnectionEvent.objects.filter(
        session_id__in=session_ids, kind__in=PRESENCE_KINDS
    ).values_list(
        "session_id",
        "source",
        "kind",
        "participant_key",
        "endpoint_id",
        "user_id",
        "occurred_at",
    )
    for session_id, *row in events:
        rows[session_id].append(tuple(row))
    ends = room_ends_of(session_ids)
    codes = dict(Endpoint.objects.values_list("pk", "code")) if ends else None
    return {
        key: intervals_from_rows(
            value, ends.get(key, ()), now=now, endpoint_codes=codes
        )
        for key, value in rows.items()
    }


def session_presence(
    *, session_id: int, now: datetime | None = None
) -> SessionPresence:
    return presence_by_session(session_ids=[session_id], now=now)[session_id]
