from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sessions.attendance.policy import (
    ABSENT,
    EXCUSED,
    LATE,
    LEFT_EARLY,
    PENDING,
    PRESENT,
    PersonPresence,
    Policy,
    attendance_outcome,
    outages,
)
from sessions.presence import Interval

START = datetime(2026, 3, 10, 1, 0, tzinfo=UTC)
POLICY = Policy(
    starts_at=START,
    ends_at=START + timedelta(minutes=100),
    now=START + timedelta(minutes=200),  # after the end: the whole session counts
    late_after_minutes=10,
    present_percent=75,
)


def at(minutes: float) -> datetime:
    return START + timedelta(minutes=minutes)


def span(start: float, end: float | None) -> Interval:
    return Interval(at(start), None if end is None else at(end))


def test_whole_session_on_own_device_is_present():
    outcome = attendance_outcome(
        policy=POLICY, person=PersonPresence(own=(span(0, 100),))
    )

    assert outcome.status == PRESENT
    assert outcome.minutes_present == 100


def test_drops_and_rejoins_are_merged_and_summed():
    person = PersonPresence(own=(span(0, 30), span(28, 50), span(60, 100)))

    outcome = attendance_outcome(policy=POLICY, person=person)

    assert outcome.minutes_present == 90
    assert outcome.status == PRESENT


def test_a_rejoin_after_a_long_drop_counts_only_the_time_connected():
    person = PersonPresence(own=(span(0, 40), span(70, 100)))

    outcome = attendance_outcome(policy=POLICY, person=person)

    assert outcome.minutes_present == 70
    assert outcome.status == ABSENT


def test_arriving_after_the_late_threshold_is_late():
    outcome = attendance_outcome(
        policy=POLICY, person=PersonPresence(own=(span(15, 100),))
    )

    assert outcome.status == LATE
    assert outcome.arrived_at == at(15)


def test_arriving_within_the_late_threshold_is_present():
    outcome = attendance_outcome(
        policy=POLICY, person=PersonPresence(own=(span(9, 100),))
    )

    assert outcome.status == PRESENT


def test_leaving_early_below_the_threshold_is_left_early():
    outcome = attendance_outcome(
        policy=POLICY, person=PersonPresence(own=(span(0, 50),))
    )

    assert outcome.status == LEFT_EARLY
    assert outcome.minutes_present == 50


def test_nothing_recorded_is_absent():
    outcome = attendance_outcome(policy=POLICY, person=PersonPresence())

    assert outcome.status == ABSENT
    assert outcome.minutes_present == 0


def test_once_the_session_is_over_an_open_interval_counts_to_its_end():
    outcome = attendance_outcome(
        policy=POLICY, person=PersonPresence(own=(span(-5, None),))
    )

    assert outcome.minutes_present == 100


def test_checked_in_person_is_credited_with_the_endpoint_connection_from_check_in():
    person = PersonPresence(checked_in_at=at(20), endpoint=(span(-10, 100),))

    outcome = attendance_outcome(policy=POLICY, person=person)

    assert outcome.minutes_present == 80
    assert outcome.status == LATE


def test_endpoint_outage_is_not_charged_to_the_people_in_the_room():
    # The room checked in at the start; the district's link dropped for 30 minutes.
    person = PersonPresence(checked_in_at=at(0), endpoint=(span(0, 40), span(70, 100)))

    outcome = attendance_outcome(policy=POLICY, person=person)

    assert outcome.minutes_present == 70
    assert outcome.excused_minutes == 30
    assert outcome.status == PRESENT


def test_the_same_drop_on_a_personal_device_is_charged():
    person = PersonPresence(own=(span(0, 40), span(70, 100)))

    assert attendance_outcome(policy=POLICY, person=person).status == ABSENT


def test_a_site_outage_is_its_late_start_drops_and_never_back():
    gaps = outages(policy=POLICY, intervals=[span(5, 40), span(70, 90)])

    assert gaps == [span(0, 5), span(40, 70), span(90, 100)]


def test_a_site_that_comes_up_late_does_not_make_its_people_late():
    person = PersonPresence(checked_in_at=at(0), endpoint=(span(25, 100),))

    outcome = attendance_outcome(policy=POLICY, person=person)

    assert (outcome.status, outcome.arrived_at) == (PRESENT, at(0))
    assert (outcome.minutes_present, outcome.excused_minutes) == (75, 25)


def test_a_site_whose_link_never_comes_back_does_not_make_its_people_absent():
    person = PersonPresence(checked_in_at=at(0), endpoint=(span(0, 40),))

    outcome = attendance_outcome(policy=POLICY, person=person)

    assert outcome.status == PRESENT
    assert (outcome.minutes_present, outcome.excused_minutes) == (40, 60)


def test_outage_minutes_covered_by_an_own_device_are_not_excused_twice():
    person = PersonPresence(
        own=(span(40, 60),), checked_in_at=at(0), endpoint=(span(0, 40), span(70, 100))
    )

    outcome = attendance_outcome(policy=POLICY, person=person)

    assert (outcome.minutes_present, outcome.excused_minutes) == (90, 10)


def test_outage_before_the_check_in_is_not_excused():
    person = PersonPresence(checked_in_at=at(50), endpoint=(span(0, 20), span(60, 100)))

    outcome = attendance_outcome(policy=POLICY, person=person)

    assert (outcome.minutes_present, outcome.excused_minutes) == (40, 10)
    assert outcome.status == ABSENT


def test_without_video_data_a_checked_in_person_is_credited_from_check_in():
    person = PersonPresence(checked_in_at=at(5), endpoint=None)

    outcome = attendance_outcome(policy=POLICY, person=person)

    assert outcome.minutes_present == 95
    assert outcome.status == PRESENT


def test_without_video_data_a_check_in_is_credited_only_up_to_now():
    running = replace(POLICY, now=at(61))
    person = PersonPresence(checked_in_at=at(60), endpoint=None)

    assert attendance_outcome(policy=running, person=person).minutes_present == 1


def test_an_open_interval_counts_only_up_to_now_while_the_session_runs():
    running = replace(POLICY, now=at(30))

    outcome = attendance_outcome(
        policy=running, person=PersonPresence(own=(span(0, None),))
    )

    assert outcome.minutes_present == 30
    assert outcome.status == PRESENT


def test_before_the_start_everyone_is_pending():
    early = replace(POLICY, now=at(-5))
    person = PersonPresence(checked_in_at=at(-10), endpoint=(span(-20, None),))

    outcome = attendance_outcome(policy=early, person=person)

    assert (outcome.status, outcome.minutes_present) == (PENDING, 0)


def test_checked_in_at_a_site_that_never_joined_is_excused_not_credited():
    person = PersonPresence(checked_in_at=at(0), endpoint=())

    outcome = attendance_outcome(policy=POLICY, person=person)

    assert (outcome.minutes_present, outcome.excused_minutes) == (0, 100)


def test_manual_status_wins_over_the_computed_one():
    person = PersonPresence(own=(span(0, 100),), manual_status=LEFT_EARLY)

    outcome = attendance_outcome(policy=POLICY, person=person)

    assert outcome.status == LEFT_EARLY
    assert outcome.minutes_present == 100


def test_excused_person_is_excused_whatever_was_recorded():
    outcome = attendance_outcome(
        policy=POLICY, person=PersonPresence(manual_status=EXCUSED)
    )

    assert outcome.status == EXCUSED
