"""The one place the pipeline calls the presence computation (``sessions/presence.py``).

Input: ONE identity's joined/left events, the session's room-level events (room
created/destroyed, with room/destroyed's ``all_occupants``) and the identity's token
name; output: that identity's merged intervals (an open one, still connected, ending
in ``None``) and how many of them the lost-event repairs made. Folding is not bounded
by the clock (an event stamped a little ahead of this server's clock is kept): the
summaries store open intervals open, and every reader bounds them by its own ``now``.
"""

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import NamedTuple

from sessions.jitsi.room_ends import room_end_from_payload
from sessions.models import ConnectionEvent
from sessions.presence import (
    BY_EVENT,
    BY_RECONCILIATION,
    Interval,
    PresenceEvent,
    Repairs,
    identity_connections,
    merge_intervals,
    repairs_of,
)

#: The ``now`` a fold computes at: after any real event.
FOLD_HORIZON = datetime(9000, 1, 1, tzinfo=UTC)


class EventRow(NamedTuple):
    """What the presence computation reads of a stored connection event (a named
    tuple: thousands are built per fold)."""

    kind: str
    participant_key: str
    at: datetime
    source: str = ""
    payload: dict | None = None


class Folded(NamedTuple):
    intervals: list[Interval]
    repairs: Repairs


def _room_ends(room_events: Sequence[EventRow]):
    ends = []
    for event in room_events:
        if event.kind != ConnectionEvent.Kind.ROOM_DESTROYED:
            continue
        end = room_end_from_payload(occurred_at=event.at, payload=event.payload or {})
        if end is not None:
            ends.append(end)
    return ends


def identity_intervals(
    *,
    identity: str,
    events: Sequence[EventRow],
    room_events: Sequence[EventRow],
    now: datetime = FOLD_HORIZON,
) -> Folded:
    """One identity's merged connected intervals and their repairs (pure)."""
    presence_events = [
        PresenceEvent(
            participant_key=event.participant_key,
            kind=event.kind,
            at=event.at,
            via=(
                BY_RECONCILIATION
                if event.source == ConnectionEvent.Source.RECONCILIATION
                else BY_EVENT
            ),
        )
        for event in events
    ]
    found = identity_connections(
        identity=identity,
        events=presence_events,
        room_ends=_room_ends(room_events),
        now=now,
    )
    return Folded(
        merge_intervals(connection.interval for connection in found),
        repairs_of(found),
    )
