"""Property tests of the one presence computation against a reference written here.

The reference knows what really happened (each device's true occupancies) and counts
the minutes someone was connected one minute at a time: no intervals, no sorting, no
merging. The computation sees only what Jitsi sent: the events shuffled, some sent
twice, and some ``left`` events lost when ``room/destroyed`` carries them.
"""

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from sessions.attendance.policy import PersonPresence, Policy, attendance_outcome
from sessions.presence import (
    BY_RECONCILIATION,
    JOINED,
    LEFT,
    OccupantRecord,
    PresenceEvent,
    RoomEnd,
    identity_presence,
    total_seconds,
)

T0 = datetime(2019, 10, 17, 1, 0, tzinfo=UTC)
START, END = 30, 270  # the session: minutes 30 to 270 of the day's room
IDENTITY = "user:7"


def at(minute: int) -> datetime:
    return T0 + timedelta(minutes=minute)


@dataclass(frozen=True)
class Occupancy:
    device: str
    joined: int
    left: int | None  # None: still in the room


@st.composite
def true_occupancies(draw) -> list[Occupancy]:
    """What really happened: each device's non-overlapping stays in the room."""
    result = []
    for device in draw(st.lists(st.sampled_from("abc"), unique=True, max_size=3)):
        stamps = sorted(
            draw(st.lists(st.integers(0, 300), unique=True, min_size=1, max_size=8))
        )
        still_in = draw(st.booleans()) and len(stamps) % 2 == 1
        if not still_in and len(stamps) % 2 == 1:
            stamps = stamps[:-1]
        pairs = list(zip(stamps[::2], stamps[1::2], strict=False))
        result += [Occupancy(device, joined, left) for joined, left in pairs]
        if still_in:
            result.append(Occupancy(device, stamps[-1], None))
    return result


def reference_minutes(occupancies: list[Occupancy], now: int) -> int:
    """Minutes of the session so far during which any device was in the room."""
    counted = 0
    for minute in range(START, min(END, now)):
        if any(
            o.joined <= minute and (o.left is None or minute < o.left)
            for o in occupancies
        ):
            counted += 1
    return counted


def computed_minutes(events, room_ends, now: int) -> float:
    intervals = identity_presence(
        identity=IDENTITY, events=events, room_ends=room_ends, now=at(now)
    )
    clipped = [i.clipped(at(START), at(END), now=at(now)) for i in intervals]
    return total_seconds(i for i in clipped if i is not None) / 60


@st.composite
def what_jitsi_sent(draw):
    """(occupancies, events, room ends, now): shuffled, duplicated, lossy."""
    occupancies = draw(true_occupancies())
    now = draw(st.integers(0, 420))
    last = max((o.left or 0 for o in occupancies), default=0)
    everyone_left = all(o.left is not None for o in occupancies)
    destroyed = None
    if everyone_left and draw(st.booleans()):
        destroyed = draw(st.integers(last, 400))
    room_ends = []
    if destroyed is not None:
        records = tuple(
            OccupantRecord(
                f"{o.device}@meet.jitsi/x", IDENTITY, at(o.joined), at(o.left)
            )
            for o in occupancies
        )
        room_ends.append(RoomEnd(at(destroyed), records))
    events = []
    repairable = destroyed is not None and destroyed <= now
    for o in occupancies:
        key = f"{o.device}@meet.jitsi/x"
        events.append(PresenceEvent(key, JOINED, at(o.joined)))
        if o.left is not None and not (repairable and draw(st.booleans())):
            events.append(PresenceEvent(key, LEFT, at(o.left)))  # else: lost
    events += draw(st.lists(st.sampled_from(events), max_size=5)) if events else []
    shuffled = draw(st.permutations(events))
    return occupancies, shuffled, room_ends, now


@settings(max_examples=400, deadline=None)
@given(what_jitsi_sent())
def test_computed_minutes_equal_the_reference_whatever_was_lost_or_repeated(sent):
    occupancies, events, room_ends, now = sent

    assert computed_minutes(events, room_ends, now) == reference_minutes(
        occupancies, now
    )


@settings(max_examples=200, deadline=None)
@given(what_jitsi_sent(), st.integers(0, 20))
def test_the_policy_credits_the_reference_minutes_and_never_more_than_elapsed(
    sent, checked_in_at
):
    occupancies, events, room_ends, now = sent
    own = identity_presence(
        identity=IDENTITY, events=events, room_ends=room_ends, now=at(now)
    )
    policy = Policy(starts_at=at(START), ends_at=at(END), now=at(now))

    outcome = attendance_outcome(policy=policy, person=PersonPresence(own=tuple(own)))

    elapsed = max(0, min(END, now) - START)
    assert outcome.minutes_present == reference_minutes(occupancies, now)
    assert outcome.minutes_present + outcome.excused_minutes <= elapsed


any_event = st.builds(
    PresenceEvent,
    participant_key=st.sampled_from(["a", "b", "c"]),
    kind=st.sampled_from([JOINED, LEFT]),
    at=st.integers(-30, 450).map(at),
    via=st.sampled_from(["event", BY_RECONCILIATION]),
)
any_record = st.builds(
    OccupantRecord,
    participant_key=st.sampled_from(["a", "b", "z"]),
    identity=st.sampled_from([IDENTITY, "user:8", ""]),
    joined_at=st.none() | st.integers(-30, 450).map(at),
    left_at=st.none() | st.integers(-30, 450).map(at),
)
any_room_end = st.builds(
    RoomEnd,
    at=st.integers(-30, 450).map(at),
    occupants=st.lists(any_record, max_size=4).map(tuple),
)


@settings(max_examples=300, deadline=None)
@given(
    events=st.lists(any_event, max_size=16),
    room_ends=st.lists(any_room_end, max_size=2),
    now=st.integers(-40, 460),
    checked_in_at=st.none() | st.integers(-40, 300),
    rnd=st.randoms(use_true_random=False),
)
def test_no_stream_of_events_ever_counts_time_that_has_not_happened(
    events, room_ends, now, checked_in_at, rnd: random.Random
):
    own = identity_presence(
        identity=IDENTITY, events=events, room_ends=room_ends, now=at(now)
    )
    site = identity_presence(
        identity="endpoint:x", events=events, room_ends=room_ends, now=at(now)
    )
    person = PersonPresence(
        own=tuple(own),
        checked_in_at=None if checked_in_at is None else at(checked_in_at),
        endpoint=tuple(site),
    )
    policy = Policy(starts_at=at(START), ends_at=at(END), now=at(now))

    outcome = attendance_outcome(policy=policy, person=person)

    elapsed = max(0, min(END, now) - START)
    assert 0 <= outcome.minutes_present <= elapsed
    assert 0 <= outcome.minutes_present + outcome.excused_minutes <= elapsed
    assert all(i.start <= at(now) for i in own)
    assert all(i.end is None or i.end <= at(now) for i in own)
    shuffled = list(events) * 2
    rnd.shuffle(shuffled)
    assert (
        identity_presence(
            identity=IDENTITY, events=shuffled, room_ends=room_ends, now=at(now)
        )
        == own
    )
