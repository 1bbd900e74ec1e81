"""The one place the pipeline calls the presence computation (``sessions/presence.py``).

Input: ONE identity's joined/left events, the session's room-level events (room
created/destroyed) and ``now``; output: that identity's merged intervals, an open one
(still connected) ending in ``None``. The summaries store open intervals open, so
readers bound them by their own ``now``.
"""

from collections.abc import Sequence
from datetime import datetime
from typing import NamedTuple

from sessions.presence import Interval, merge_intervals, presence_intervals


class EventRow(NamedTuple):
    """What the presence computation reads of a stored connection event (a named
    tuple: thousands are built per fold, and it has ``PresenceEvent``'s fields)."""

    kind: str
    participant_key: str
    at: datetime
    source: str = ""
    payload: dict | None = None


def identity_intervals(
    *, events: Sequence[EventRow], room_events: Sequence[EventRow], now: datetime
) -> list[Interval]:
    """One identity's merged connected intervals (pure)."""
    per_key = presence_intervals(events)
    merged = merge_intervals(i for intervals in per_key.values() for i in intervals)
    # An interval the computation closed at ``now`` is still open: keep it open.
    return [Interval(i.start, None) if i.end == now else i for i in merged]
