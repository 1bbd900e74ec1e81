"""From stored connection events to presence intervals: which events count.

Webhook sources (Prosody's event_sync, JaaS) and the reconciliation are authoritative;
the room page's own events are advisory and count only for a session no authoritative
source reported on.
"""

from dataclasses import dataclass

from sessions.models import ConnectionEvent
from sessions.presence import (
    Interval,
    PresenceEvent,
    merge_intervals,
    presence_intervals,
)

AUTHORITATIVE = frozenset(
    {
        ConnectionEvent.Source.PROSODY,
        ConnectionEvent.Source.JAAS,
        ConnectionEvent.Source.RECONCILIATION,
    }
)


@dataclass(frozen=True)
class SessionPresence:
    #: Whether any video event was recorded for the session at all.
    has_video_data: bool
    #: endpoint_id -> the endpoint's merged connected intervals.
    endpoints: dict[int, list[Interval]]
    #: user_id -> the user's own merged connected intervals (not via an endpoint).
    users: dict[int, list[Interval]]


def event_rows(session_id: int, **filters) -> list[tuple]:
    return list(
        ConnectionEvent.objects.filter(
            session_id=session_id,
            kind__in=[ConnectionEvent.Kind.JOINED, ConnectionEvent.Kind.LEFT],
            **filters,
        ).values_list(
            "source", "kind", "participant_key", "endpoint_id", "user_id", "occurred_at"
        )
    )


def intervals_from_rows(rows: list[tuple]) -> SessionPresence:
    """Pure: the same rows in any order give the same result."""
    if any(row[0] in AUTHORITATIVE for row in rows):
        rows = [row for row in rows if row[0] in AUTHORITATIVE]
    by_endpoint: dict[int, list[PresenceEvent]] = {}
    by_user: dict[int, list[PresenceEvent]] = {}
    for _source, kind, key, endpoint_id, user_id, at in rows:
        event = PresenceEvent(participant_key=key, kind=kind, at=at)
        if endpoint_id is not None:
            by_endpoint.setdefault(endpoint_id, []).append(event)
        elif user_id is not None:
            by_user.setdefault(user_id, []).append(event)

    def merged(events: list[PresenceEvent]) -> list[Interval]:
        per_key = presence_intervals(events)
        return merge_intervals(i for intervals in per_key.values() for i in intervals)

    return SessionPresence(
        has_video_data=bool(rows),
        endpoints={key: merged(events) for key, events in by_endpoint.items()},
        users={key: merged(events) for key, events in by_user.items()},
    )


def presence_by_session(*, session_ids: list[int]) -> dict[int, SessionPresence]:
    """Several sessions' presence from one query."""
    rows: dict[int, list[tuple]] = {session_id: [] for session_id in session_ids}
    events = ConnectionEvent.objects.filter(
        session_id__in=session_ids,
        kind__in=[ConnectionEvent.Kind.JOINED, ConnectionEvent.Kind.LEFT],
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
    return {key: intervals_from_rows(value) for key, value in rows.items()}


def session_presence(*, session_id: int) -> SessionPresence:
    return intervals_from_rows(event_rows(session_id))


def endpoint_presence(*, session_id: int, endpoint_id: int) -> list[Interval]:
    rows = event_rows(session_id, endpoint_id=endpoint_id)
    return intervals_from_rows(rows).endpoints.get(endpoint_id, [])
