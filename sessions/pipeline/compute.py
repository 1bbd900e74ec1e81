"""The one place the pipeline calls the presence computation (``sessions/presence.py``).

Input: ONE identity's joined/left events, the session's room-level events (room
created/destroyed, with room/destroyed's ``all_occupants``) and the identity's token
name, or only its new events and the fold kept from before; output: the identity's
``Fold`` (its merged intervals, an open one ending in ``None``, and how many of them
the lost-event repairs made), stored as JSON on its summary. Folding is not bounded
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
    Fold,
    Interval,
    PresenceEvent,
    Repairs,
    fold_resume,
    identity_fold,
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


def _room_ends(room_events: Sequence[EventRow]):
    ends = []
    for event in room_events:
        if event.kind != ConnectionEvent.Kind.ROOM_DESTROYED:
            continue
        end = room_end_from_payload(occurred_at=event.at, payload=event.payload or {})
        if end is not None:
            ends.append(end)
    return ends


def _presence_events(events: Sequence[EventRow]) -> list[PresenceEvent]:
    return [
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


def fold_whole(
    *, identity: str, events: Sequence[EventRow], room_events: Sequence[EventRow]
) -> Fold:
    """One identity's fold from all its events (and the session's room events)."""
    return identity_fold(
        identity=identity,
        events=_presence_events(events),
        room_ends=_room_ends(room_events),
        now=FOLD_HORIZON,
    )


def fold_later(fold: Fold, events: Sequence[EventRow]) -> Fold | None:
    """``fold`` gone on with new events, or None: recompute it whole."""
    return fold_resume(fold, _presence_events(events))


def _when(value: datetime) -> str:
    return value.isoformat()


def _tick(stored: list) -> tuple:
    return (datetime.fromisoformat(stored[0]), *stored[1:])


def fold_dump(fold: Fold) -> dict:
    """A fold as JSON for ``PresenceSummary.fold``."""
    return {
        "open": {
            key: [_when(start), via, [_when(last[0]), *last[1:]]]
            for key, (start, via, last) in fold.open.items()
        },
        "closed": [[_when(i.start), _when(i.end)] for i in fold.closed],
        "repairs": list(fold.closed_repairs.as_tuple()),
        "settled_at": _when(fold.settled_at) if fold.settled_at else None,
        "room_ended": fold.room_ended,
    }


def fold_load(stored: dict) -> Fold:
    return Fold(
        open={
            key: (datetime.fromisoformat(start), via, _tick(last))
            for key, (start, via, last) in stored["open"].items()
        },
        closed=tuple(
            Interval(datetime.fromisoformat(start), datetime.fromisoformat(end))
            for start, end in stored["closed"]
        ),
        closed_repairs=Repairs(*stored["repairs"]),
        settled_at=(
            datetime.fromisoformat(stored["settled_at"])
            if stored["settled_at"]
            else None
        ),
        room_ended=stored["room_ended"],
    )
