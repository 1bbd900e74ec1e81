import random
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from sessions.presence import (
    Interval,
    PresenceEvent,
    merge_intervals,
    presence_intervals,
)

T0 = datetime(2019, 10, 17, 1, 0, tzinfo=UTC)
NOW = T0 + timedelta(hours=4)


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def test_join_and_leave_make_one_interval():
    events = [PresenceEvent("a", "joined", at(0)), PresenceEvent("a", "left", at(30))]

    assert presence_intervals(events, now=NOW) == {"a": [Interval(at(0), at(30))]}


def test_drop_and_rejoin_make_two_intervals():
    events = [
        PresenceEvent("a", "joined", at(0)),
        PresenceEvent("a", "left", at(10)),
        PresenceEvent("a", "joined", at(20)),
        PresenceEvent("a", "left", at(30)),
    ]

    assert presence_intervals(events, now=NOW)["a"] == [
        Interval(at(0), at(10)),
        Interval(at(20), at(30)),
    ]


def test_a_join_without_leave_stays_open():
    assert presence_intervals([PresenceEvent("a", "joined", at(5))], now=NOW) == {
        "a": [Interval(at(5), None)]
    }


def test_a_leave_without_join_is_ignored():
    assert presence_intervals([PresenceEvent("a", "left", at(5))], now=NOW) == {}


def test_touching_intervals_merge():
    merged = merge_intervals([Interval(at(0), at(10)), Interval(at(10), at(20))])

    assert merged == [Interval(at(0), at(20))]


event_lists = st.lists(
    st.builds(
        PresenceEvent,
        participant_key=st.sampled_from(["a", "b", "c"]),
        kind=st.sampled_from(["joined", "left"]),
        at=st.integers(min_value=0, max_value=120).map(at),
    ),
    max_size=30,
)


@given(event_lists, st.randoms(use_true_random=False))
def test_arrival_order_never_changes_the_intervals(events, rnd: random.Random):
    shuffled = list(events)
    rnd.shuffle(shuffled)

    assert presence_intervals(shuffled, now=NOW) == presence_intervals(events, now=NOW)


@given(event_lists)
def test_intervals_never_overlap(events):
    for intervals in presence_intervals(events, now=NOW).values():
        for earlier, later in zip(intervals, intervals[1:], strict=False):
            assert earlier.end is not None and earlier.end < later.start
