"""Property tests: the order in which events arrive never changes anyone's status."""

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from sessions.attendance.policy import PersonPresence, Policy, attendance_outcome
from sessions.presence import PresenceEvent, presence_intervals
from sessions.tests.reference_presence import intervals_from_rows

START = datetime(2026, 3, 10, 1, 0, tzinfo=UTC)
POLICY = Policy(
    starts_at=START,
    ends_at=START + timedelta(minutes=90),
    now=START + timedelta(minutes=120),
)
NOW = POLICY.now

event = st.builds(
    PresenceEvent,
    participant_key=st.sampled_from(["a", "b"]),
    kind=st.sampled_from(["joined", "left"]),
    at=st.integers(min_value=-20, max_value=110).map(
        lambda m: START + timedelta(minutes=m)
    ),
)


def outcome_of(events, checked_in_minute):
    intervals = [i for v in presence_intervals(events, now=NOW).values() for i in v]
    own = tuple(
        presence_intervals(
            [e for e in events if e.participant_key == "a"], now=NOW
        ).get("a", ())
    )
    checked_in = (
        None
        if checked_in_minute is None
        else START + timedelta(minutes=checked_in_minute)
    )
    return attendance_outcome(
        policy=POLICY,
        person=PersonPresence(
            own=own, checked_in_at=checked_in, endpoint=tuple(intervals)
        ),
    )


@settings(max_examples=200, deadline=None)
@given(
    events=st.lists(event, max_size=12),
    checked_in=st.none() | st.integers(min_value=-30, max_value=100),
    data=st.data(),
)
def test_event_order_never_changes_the_outcome(events, checked_in, data):
    shuffled = data.draw(st.permutations(events))

    assert outcome_of(shuffled, checked_in) == outcome_of(events, checked_in)


row = st.tuples(
    st.sampled_from(["prosody", "iframe", "jaas"]),
    st.sampled_from(["joined", "left"]),
    st.sampled_from(["p1", "p2", "p3"]),
    st.sampled_from([None, 1, 2]),
    st.sampled_from([None, 7]),
    st.integers(min_value=0, max_value=90).map(lambda m: START + timedelta(minutes=m)),
)


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(row, max_size=14), data=st.data())
def test_stored_event_order_never_changes_session_presence(rows, data):
    shuffled = data.draw(st.permutations(rows))

    codes = {1: "one", 2: "two"}
    assert intervals_from_rows(
        list(shuffled), now=NOW, endpoint_codes=codes
    ) == intervals_from_rows(rows, now=NOW, endpoint_codes=codes)


@settings(max_examples=100, deadline=None)
@given(events=st.lists(event, max_size=12))
def test_minutes_present_never_exceed_the_session(events):
    outcome = outcome_of(events, 0)

    assert 0 <= outcome.minutes_present <= 90
