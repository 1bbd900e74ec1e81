"""The one place the pipeline calls the presence computation (``sessions/presence.py``).

Input: ONE identity's joined/left events, the session's room-level events (room
created/destroyed) and ``now``; output: that identity's merged intervals, an open one
(still connected) ending in ``None``. The summaries store open intervals open, so
readers bound them by their own ``now``.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sessions.presence import (
    Interval,
    PresenceEvent,
    merge_intervals,
    presence_intervals,
)


@dataclass(frozen=True)
class EventRow:
    """What the presence computation reads of a stored connection event."""

    kind: str
    participant_key: str
    occurred_at: datetime
    source: str = ""
    payload: dict = field(default_factory=dict)


def identity_intervals(
    *, events: Sequence[EventRow], room_events: Sequence[EventRow], now: datetime
) -> list[Interval]:
    """One identity's merged connected intervals (pure)."""
    per_key = presence_intervals(
        PresenceEvent(participant_key=e.participant_key, kind=e.kind, at=e.occurred_at)
        for e in events
    )
    merged = merge_intervals(i for intervals in per_key.values() for i in intervals)
    # An interval the computation closed at ``now`` is still open: keep it open.
    return [Interval(i.start, None) if i.end == now else i for i in merged]
