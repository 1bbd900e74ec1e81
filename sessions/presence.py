"""The one presence computation: who was connected, and when, as of ``now``.

Pure functions of the events (no database, no clock): the same events in any order,
any number of times, give the same intervals. Everything that shows or judges
presence (attendance, reports, exports, the dashboard, certificates) goes through
:func:`identity_presence` or :func:`identity_connections`.

The rules, per connection (one ``participant_key``: one device in the room):

* a ``joined`` opens it, a ``left`` closes it; a second join while open, or a leave
  while closed, changes nothing (replays and duplicates are harmless);
* ``room/destroyed`` repairs what was lost: each occupant in its ``all_occupants``
  is a join at ``joined_at`` and a leave at ``left_at`` (an early leaver whose
  ``left`` never arrived is closed when they really left), and any connection still
  open when the room is destroyed is closed then;
* reconciliation's synthetic joins and leaves count like the server's, but at the
  same instant the server's own event wins (it says how it was closed);
* nothing after ``now`` is known: events stamped later are ignored, and an interval
  still open is open *as of now* (``end is None``), never "until the scheduled end".
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

JOINED = "joined"
LEFT = "left"

#: How an interval was opened or closed.
BY_EVENT = "event"  #: the server's own joined/left
BY_ROOM_RECORD = "room_record"  #: room/destroyed's all_occupants
BY_RECONCILIATION = "reconciliation"  #: reconciliation against Prosody's room
BY_ROOM_END = "room_end"  #: still open when the room was destroyed

#: Later than any event: a resumed fold is not bounded by a clock (its readers are).
_HORIZON = datetime.max.replace(tzinfo=UTC)

_VIA_RANK = {BY_EVENT: 0, BY_ROOM_RECORD: 1, BY_RECONCILIATION: 2}
_KIND_RANK = {JOINED: 0, LEFT: 1, BY_ROOM_END: 2}


@dataclass(frozen=True, order=True)
class Interval:
    start: datetime
    end: datetime | None  # None: still connected (as of the ``now`` it was computed at)

    def clipped(
        self, lower: datetime, upper: datetime, *, now: datetime
    ) -> "Interval | None":
        """The part within ``[lower, min(upper, now)]``; an open interval counts to
        ``min(upper, now)``: time that has not happened is never counted."""
        upper = min(upper, now)
        start = max(self.start, lower)
        end = min(self.end or upper, upper)
        return Interval(start, end) if end > start else None

    def seconds(self) -> float:
        assert self.end is not None, "an open interval has no length yet"
        return (self.end - self.start).total_seconds()


@dataclass(frozen=True)
class PresenceEvent:
    """The part of a joined/left event that presence depends on."""

    participant_key: str
    kind: str  # "joined" or "left"
    at: datetime
    #: ``BY_EVENT`` for the server's webhooks, ``BY_RECONCILIATION`` for synthetic ones.
    via: str = BY_EVENT


@dataclass(frozen=True)
class OccupantRecord:
    """One entry of room/destroyed's ``all_occupants``: one whole occupancy."""

    participant_key: str
    #: The token identity (``user:<pk>``, ``endpoint:<code>``) or "" without a token.
    identity: str
    joined_at: datetime | None
    left_at: datetime | None


@dataclass(frozen=True)
class RoomEnd:
    """A room/destroyed event of the session's (main) room."""

    at: datetime
    occupants: tuple[OccupantRecord, ...] = ()


@dataclass(frozen=True)
class Connection:
    """One connection's interval and how it was opened and closed (``closed_by`` is
    None while it is open)."""

    participant_key: str
    start: datetime
    end: datetime | None
    opened_by: str
    closed_by: str | None

    @property
    def interval(self) -> Interval:
        return Interval(self.start, self.end)


@dataclass(frozen=True)
class Repairs:
    """How many intervals were repaired, and how."""

    by_room_record: int = 0
    by_reconciliation: int = 0
    at_room_end: int = 0

    @property
    def total(self) -> int:
        return self.by_room_record + self.by_reconciliation + self.at_room_end

    def as_tuple(self) -> tuple[int, int, int]:
        return (self.by_room_record, self.by_reconciliation, self.at_room_end)

    def __add__(self, other: "Repairs") -> "Repairs":
        return Repairs(
            self.by_room_record + other.by_room_record,
            self.by_reconciliation + other.by_reconciliation,
            self.at_room_end + other.at_room_end,
        )


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


def _ticks(
    events: Iterable[PresenceEvent], records: Iterable[OccupantRecord]
) -> dict[str, set[tuple]]:
    """(at, kind rank, via rank, kind, via) per connection; a set, so duplicates go."""
    ticks: dict[str, set[tuple]] = {}
    for event in events:
        rank = (_KIND_RANK[event.kind], _VIA_RANK[event.via])
        ticks.setdefault(event.participant_key, set()).add(
            (event.at, *rank, event.kind, event.via)
        )
    for record in records:
        mine = ticks.setdefault(record.participant_key, set())
        if record.joined_at is not None:
            mine.add((record.joined_at, 0, 1, JOINED, BY_ROOM_RECORD))
        if record.left_at is not None:
            mine.add((record.left_at, 1, 1, LEFT, BY_ROOM_RECORD))
    return ticks


#: An open connection: (start, how it was opened, its last tick).
Opened = tuple[datetime, str, tuple]


def _run(
    ticks_by_key: dict[str, set[tuple]],
    barriers: set[tuple],
    now: datetime,
    opened_before: dict[str, Opened] | None = None,
) -> tuple[list[Connection], dict[str, Opened]]:
    """Each connection's ticks in order (from where ``opened_before`` left it):
    the connections closed, and those still open."""
    closed: list[Connection] = []
    still_open: dict[str, Opened] = {}
    for key, ticks in ticks_by_key.items():
        opened = opened_before.get(key) if opened_before else None
        for tick in sorted(ticks | barriers):
            if tick[0] > now:
                break
            opened, ended = _advance(key, opened, tick)
            if ended is not None:
                closed.append(ended)
        if opened is not None:
            still_open[key] = opened
    return closed, still_open


def connections(
    events: Iterable[PresenceEvent],
    room_ends: Iterable[RoomEnd] = (),
    *,
    now: datetime,
    records: Iterable[OccupantRecord] | None = None,
) -> list[Connection]:
    """Every connection's intervals, as of ``now``, with how each began and ended.

    ``records`` are the room/destroyed occupancies to use (default: all of those in
    ``room_ends``); every room end closes whatever is open at that moment.
    """
    room_ends = [end for end in room_ends if end.at <= now]
    if records is None:
        records = [record for end in room_ends for record in end.occupants]
    barriers = {(end.at, 2, 0, BY_ROOM_END, BY_ROOM_END) for end in room_ends}
    closed, still_open = _run(_ticks(events, records), barriers, now)
    result = closed + [
        Connection(key, start, None, via, None)
        for key, (start, via, _last) in still_open.items()
    ]
    return sorted(result, key=lambda c: (c.participant_key, c.start))


def _advance(
    key: str, opened: Opened | None, tick: tuple
) -> tuple[Opened | None, Connection | None]:
    """One connection's state after one tick (sorted order): the only place the
    rules above are applied, by a whole computation and by a resumed one alike."""
    at, _kind_rank, _via_rank, kind, via = tick
    if kind == JOINED:
        return ((opened[0], opened[1], tick) if opened else (at, via, tick)), None
    if opened is not None and at > opened[0]:  # a leave, or the room's end
        return None, Connection(key, opened[0], at, opened[1], via)
    return None, None


def identity_connections(
    *,
    identity: str,
    events: Iterable[PresenceEvent],
    room_ends: Iterable[RoomEnd],
    now: datetime,
) -> list[Connection]:
    """One identity's connections (any number of devices) as of ``now``.

    ``events`` are that identity's own joined/left events (every connection of it);
    ``room_ends`` are the session's room/destroyed events, whoever they name: the
    occupancies they record for ``identity`` (or for one of its connections) are
    used, and each closes whatever of this identity is open when the room ends.
    """
    events = list(events)
    room_ends = [end for end in room_ends if end.at <= now]
    records = _identity_records(identity, events, room_ends)
    return connections(events, room_ends, now=now, records=records)


def _identity_records(
    identity: str, events: list[PresenceEvent], room_ends: list[RoomEnd]
) -> list[OccupantRecord]:
    """The room records of ``identity``: named by its token, or one of its keys."""
    keys = {event.participant_key for event in events}
    return [
        record
        for end in room_ends
        for record in end.occupants
        if (identity and record.identity == identity) or record.participant_key in keys
    ]


@dataclass(frozen=True)
class Fold:
    """One identity's connections computed up to a point, kept so that later
    events go on from there without the earlier ones being read again.

    A later event goes on from the fold only where the whole computation would
    have put it last: after its own connection's last tick if that connection is
    open, after every tick folded (``settled_at``) otherwise. Anything else (an
    event older than that, a room's end) needs the whole computation again, and so
    does every event after a room's end: its records may name a connection that
    has no event yet.
    """

    open: dict[str, Opened]
    #: Merged intervals of the connections already closed.
    closed: tuple[Interval, ...]
    closed_repairs: Repairs
    #: The latest tick folded (events, room records, room ends).
    settled_at: datetime | None
    room_ended: bool = False

    def open_connections(self) -> list[Connection]:
        return [
            Connection(key, start, None, via, None)
            for key, (start, via, _last) in self.open.items()
        ]

    def intervals(self) -> list[Interval]:
        """The identity's merged intervals, as ``identity_presence`` gives them."""
        return merge_intervals(
            [*self.closed, *(c.interval for c in self.open_connections())]
        )

    def repairs(self) -> Repairs:
        return self.closed_repairs + repairs_of(self.open_connections())


def _latest(ticks_by_key: dict[str, set[tuple]], barriers, now) -> datetime | None:
    times = [t[0] for ticks in ticks_by_key.values() for t in ticks if t[0] <= now]
    times += [b[0] for b in barriers if b[0] <= now]
    return max(times, default=None)


def identity_fold(
    *,
    identity: str,
    events: Iterable[PresenceEvent],
    room_ends: Iterable[RoomEnd],
    now: datetime,
) -> Fold:
    """The whole computation of ``identity_connections``, kept as a :class:`Fold`."""
    events = list(events)
    room_ends = [end for end in room_ends if end.at <= now]
    ticks = _ticks(events, _identity_records(identity, events, room_ends))
    barriers = {(end.at, 2, 0, BY_ROOM_END, BY_ROOM_END) for end in room_ends}
    closed, still_open = _run(ticks, barriers, now)
    return Fold(
        open=still_open,
        closed=tuple(merge_intervals(c.interval for c in closed)),
        closed_repairs=repairs_of(closed),
        settled_at=_latest(ticks, barriers, now),
        room_ended=bool(room_ends),
    )


def fold_resume(fold: Fold, events: Iterable[PresenceEvent]) -> Fold | None:
    """``fold`` with later joined/left events of the same identity, or ``None`` if
    one of them is not later (then only the whole computation is right).

    Equal to the whole computation over every event: each connection's ticks are
    applied in the same order by the same step (``_advance``).
    """
    if fold.room_ended:
        return None
    ticks = _ticks(events, ())
    for key, mine in ticks.items():
        first = min(mine)
        opened = fold.open.get(key)
        if opened is not None:
            if first <= opened[2]:
                return None
        elif fold.settled_at is not None and first[0] <= fold.settled_at:
            return None
    closed, still_open = _run(ticks, set(), _HORIZON, fold.open)
    untouched = {k: v for k, v in fold.open.items() if k not in ticks}
    latest = _latest(ticks, (), _HORIZON)
    return Fold(
        open={**untouched, **still_open},
        closed=tuple(merge_intervals([*fold.closed, *(c.interval for c in closed)])),
        closed_repairs=fold.closed_repairs + repairs_of(closed),
        settled_at=max(filter(None, (fold.settled_at, latest)), default=None),
    )


def identity_presence(
    *,
    identity: str,
    events: Iterable[PresenceEvent],
    room_ends: Iterable[RoomEnd],
    now: datetime,
) -> list[Interval]:
    """THE entry point: one identity's merged connected intervals as of ``now``.

    Takes that identity's own joined/left events, the session's room-level events
    (room/destroyed with its ``all_occupants``) and ``now``; returns the union of the
    intervals of all its connections, sorted, non-overlapping. The last one is open
    (``end is None``) while the identity is still connected. Work is bounded by the
    identity's own events plus the session's (few) room events.
    """
    found = identity_connections(
        identity=identity, events=events, room_ends=room_ends, now=now
    )
    return merge_intervals(connection.interval for connection in found)


def presence_intervals(
    events: Iterable[PresenceEvent],
    room_ends: Iterable[RoomEnd] = (),
    *,
    now: datetime,
) -> dict[str, list[Interval]]:
    """Each connection's merged intervals as of ``now`` (by participant key)."""
    result: dict[str, list[Interval]] = {}
    for connection in connections(events, room_ends, now=now):
        result.setdefault(connection.participant_key, []).append(connection.interval)
    return {key: merge_intervals(value) for key, value in result.items()}


def repairs_of(found: Iterable[Connection]) -> Repairs:
    """Count the intervals that the lost-event repairs opened or closed."""
    by_record = by_reconciliation = at_room_end = 0
    for connection in found:
        if BY_ROOM_RECORD in (connection.opened_by, connection.closed_by):
            by_record += 1
        elif BY_RECONCILIATION in (connection.opened_by, connection.closed_by):
            by_reconciliation += 1
        elif connection.closed_by == BY_ROOM_END:
            at_room_end += 1
    return Repairs(by_record, by_reconciliation, at_room_end)


def site_outages(
    intervals: Iterable[Interval],
    *,
    starts_at: datetime,
    ends_at: datetime,
    now: datetime,
) -> list[Interval]:
    """A site's outage: the part of the session so far (``[starts_at, min(ends_at,
    now)]``) its link was not up: a late start, a drop, or never back."""
    upper = min(ends_at, now)
    if upper <= starts_at:
        return []
    connected = merge_intervals(
        clipped
        for interval in intervals
        if (clipped := interval.clipped(starts_at, upper, now=now)) is not None
    )
    gaps, cursor = [], starts_at
    for interval in connected:
        if interval.start > cursor:
            gaps.append(Interval(cursor, interval.start))
        cursor = max(cursor, interval.end)
    if cursor < upper:
        gaps.append(Interval(cursor, upper))
    return gaps


def total_seconds(intervals: Iterable[Interval]) -> float:
    return sum(interval.seconds() for interval in intervals)
