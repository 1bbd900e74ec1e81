"""A fold resumed with later events equals the whole computation over every event.

The pipeline keeps each identity's :class:`Fold` and goes on from it as events
arrive in time order; anything it cannot go on from exactly (an older event, a
room's end) is recomputed whole. These properties hold the two paths together.
"""

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from sessions.presence import (
    BY_EVENT,
    BY_RECONCILIATION,
    JOINED,
    LEFT,
    OccupantRecord,
    PresenceEvent,
    RoomEnd,
    fold_resume,
    identity_connections,
    identity_fold,
    merge_intervals,
    repairs_of,
)

T0 = datetime(2019, 10, 17, 1, 0, tzinfo=UTC)
LATER = T0 + timedelta(days=1)
IDENTITY = "endpoint:cao-loc"

events = st.lists(
    st.builds(
        PresenceEvent,
        participant_key=st.sampled_from(["a", "b", "c"]),
        kind=st.sampled_from([JOINED, LEFT]),
        at=st.integers(0, 40).map(lambda m: T0 + timedelta(minutes=m)),
        via=st.sampled_from([BY_EVENT, BY_RECONCILIATION]),
    ),
    max_size=25,
)
room_ends = st.lists(
    st.builds(
        RoomEnd,
        at=st.integers(0, 40).map(lambda m: T0 + timedelta(minutes=m)),
        occupants=st.lists(
            st.builds(
                OccupantRecord,
                participant_key=st.sampled_from(["a", "b", "z"]),
                identity=st.sampled_from([IDENTITY, ""]),
                joined_at=st.integers(0, 40).map(lambda m: T0 + timedelta(minutes=m)),
                left_at=st.none()
                | st.integers(0, 40).map(lambda m: T0 + timedelta(minutes=m)),
            ),
            max_size=2,
        ).map(tuple),
    ),
    max_size=2,
)


def whole(all_events, ends):
    found = identity_connections(
        identity=IDENTITY, events=all_events, room_ends=ends, now=LATER
    )
    return merge_intervals(c.interval for c in found), repairs_of(found)


@settings(max_examples=600, deadline=None)
@given(
    events=events,
    ends=room_ends,
    cut=st.integers(0, 25),
    late=st.sets(st.integers(0, 24), max_size=3),
    dup=st.booleans(),
)
def test_a_resumed_fold_equals_the_whole_computation(events, ends, cut, late, dup):
    """Later events, some of them older ones arriving late, some twice."""
    ordered = sorted(events, key=lambda e: e.at)
    before, after = ordered[:cut], ordered[cut:]
    after = [e for i, e in enumerate(before) if i in late] + after
    before = [e for i, e in enumerate(before) if i not in late]
    if dup:
        after = after + after[:2]
    fold = identity_fold(identity=IDENTITY, events=before, room_ends=ends, now=LATER)

    resumed = fold_resume(fold, after)

    if resumed is not None:
        assert (resumed.intervals(), resumed.repairs()) == whole(before + after, ends)


@settings(max_examples=200, deadline=None)
@given(events=events, cut=st.integers(0, 25))
def test_events_later_than_everything_folded_always_resume(events, cut):
    ordered = sorted(events, key=lambda e: e.at)
    before = ordered[:cut]
    fold = identity_fold(identity=IDENTITY, events=before, room_ends=[], now=LATER)
    horizon = fold.settled_at or T0
    after = [
        PresenceEvent(
            e.participant_key,
            e.kind,
            horizon + (e.at - T0) + timedelta(minutes=1),
            e.via,
        )
        for e in ordered[cut:]
    ]

    resumed = fold_resume(fold, after)

    assert resumed is not None
    assert (resumed.intervals(), resumed.repairs()) == whole(before + after, [])


def test_an_event_older_than_the_fold_is_refused():
    fold = identity_fold(
        identity=IDENTITY,
        events=[
            PresenceEvent("a", JOINED, T0),
            PresenceEvent("a", LEFT, T0 + timedelta(minutes=30)),
        ],
        room_ends=[],
        now=LATER,
    )

    late_leave = PresenceEvent("a", LEFT, T0 + timedelta(minutes=10))

    assert fold_resume(fold, [late_leave]) is None


def test_a_leave_of_an_open_connection_resumes_even_at_a_folded_instant():
    fold = identity_fold(
        identity=IDENTITY,
        events=[
            PresenceEvent("a", JOINED, T0),
            PresenceEvent("b", JOINED, T0 + timedelta(minutes=5)),
        ],
        room_ends=[],
        now=LATER,
    )

    resumed = fold_resume(fold, [PresenceEvent("a", LEFT, T0 + timedelta(minutes=5))])

    assert resumed is not None
    assert resumed.closed[0].end == T0 + timedelta(minutes=5)


def test_nothing_resumes_after_a_rooms_end():
    """Its records may name a connection whose events are still to come."""
    record = OccupantRecord("a", "", T0, T0 + timedelta(minutes=3))
    fold = identity_fold(
        identity=IDENTITY,
        events=[],
        room_ends=[RoomEnd(T0 + timedelta(minutes=4), (record,))],
        now=LATER,
    )

    later_join = PresenceEvent("a", JOINED, T0 + timedelta(minutes=10))

    assert fold_resume(fold, [later_join]) is None
