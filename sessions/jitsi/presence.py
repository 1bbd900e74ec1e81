"""Who was connected to a session, and when: connection events -> presence intervals.

Webhooks (Prosody, JaaS) and reconciliation are authoritative. The room page's IFrame
reports are advisory: they count only for a person or endpoint the server never
reported (a Jitsi without event_sync, say).
"""

from ..models import ConnectionEvent, LiveSession
from ..presence import Interval, PresenceEvent, merge_intervals, presence_intervals
from .identity import endpoint_identity, user_identity

SERVER_SOURCES = frozenset(
    {
        ConnectionEvent.Source.PROSODY,
        ConnectionEvent.Source.JAAS,
        ConnectionEvent.Source.RECONCILIATION,
    }
)


def _who(event: ConnectionEvent, endpoint_codes: dict[int, str]) -> str:
    if event.user_id:
        return user_identity(event.user_id)
    if event.endpoint_id:
        return endpoint_identity(endpoint_codes.get(event.endpoint_id, "?"))
    return event.participant_key


def presence_for_session(session: LiveSession) -> dict[str, list[Interval]]:
    """Merged intervals per identity (``user:<pk>``, ``endpoint:<code>``, or the raw
    participant key for someone without a token)."""
    events = list(
        session.connection_events.filter(
            kind__in=[ConnectionEvent.Kind.JOINED, ConnectionEvent.Kind.LEFT]
        ).select_related("endpoint")
    )
    codes = {e.endpoint_id: e.endpoint.code for e in events if e.endpoint_id}
    by_source = {True: [], False: []}
    for event in events:
        by_source[event.source in SERVER_SOURCES].append(event)

    def grouped(rows) -> dict[str, list[Interval]]:
        # Intervals per connection first (a second device's leave must not end the
        # first device's interval), then merged per identity.
        who = {row.participant_key: _who(row, codes) for row in rows}
        per_connection = presence_intervals(
            PresenceEvent(row.participant_key, row.kind, row.occurred_at)
            for row in rows
        )
        result: dict[str, list[Interval]] = {}
        for key, intervals in per_connection.items():
            result.setdefault(who[key], []).extend(intervals)
        return {key: merge_intervals(value) for key, value in result.items()}

    result = grouped(by_source[True])
    for identity, intervals in grouped(by_source[False]).items():
        result.setdefault(identity, intervals)
    return result
