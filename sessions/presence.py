"""Presence intervals from connection events: a pure function, the same whatever order
the events arrived in."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, order=True)
class Interval:
    start: datetime
    end: datetime | None  # None: still connected

    def clipped(self, lower: datetime, upper: datetime) -> "Interval | None":
        start = max(self.start, lower)
        end = min(self.end or upper, upper)
        return Interval(start, end) if end > start else None

    def seconds(self) -> float:
        assert self.end is not None, "an open interval has no length yet"
        return (self.end - self.start).total_seconds()


@dataclass(frozen=True)
class PresenceEvent:
    """The part of a connection event that presence depends on."""

    participant_key: str
    kind: str  # "joined" or "left"
    at: datetime


def merge_intervals(intervals: Iterable[Interval]) -> list[Interval]:
    """Union of intervals: overlapping or touching ones become one."""
    merged: list[Interval] = []
    for interval in sorted(intervals, key=lambda i: i.start):
        if merged and (merged[-1].end is None or interval.start <= merged[-1].end):
            last = merged[-1]
            end = (
                None
                if last.end is None or interval.end is None
                else max(last.end, interval.end)
            )
            merged[-1] = Interval(last.start, end)
        else:
            merged.append(interval)
    return merged


def presence_intervals(events: Iterable[PresenceEvent]) -> dict[str, list[Interval]]:
    """Each participant's merged connected intervals.

    Events are sorted by time (joins before leaves at the same instant), so the result
    does not depend on arrival order. A leave with no open join is ignored (its join was
    lost, and nothing says when it began); a join with no leave stays open.
    """
    ordered = sorted(
        events, key=lambda e: (e.participant_key, e.at, e.kind != "joined")
    )
    result: dict[str, list[Interval]] = {}
    open_since: dict[str, datetime] = {}
    for event in ordered:
        intervals = result.setdefault(event.participant_key, [])
        if event.kind == "joined":
            open_since.setdefault(event.participant_key, event.at)
        elif event.kind == "left" and event.participant_key in open_since:
            intervals.append(Interval(open_since.pop(event.participant_key), event.at))
    for key, start in open_since.items():
        result[key].append(Interval(start, None))
    return {key: merge_intervals(value) for key, value in result.items() if value}
