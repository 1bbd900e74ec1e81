import pytest

from sessions.dashboard.state import dashboard_state, endpoint_rows
from sessions.tests.factories import (
    AttendanceFactory,
    ExpectedAttendeeFactory,
    OngoingSessionEndpointFactory,
    OngoingSessionFactory,
)

pytestmark = pytest.mark.django_db


def test_a_row_counts_expected_checked_in_and_absent():
    link = OngoingSessionEndpointFactory()
    came, marked_absent, _missing = ExpectedAttendeeFactory.create_batch(
        3, session=link.session, endpoint=link.endpoint
    )
    AttendanceFactory(session=link.session, endpoint=link.endpoint, user=came.user)
    AttendanceFactory(
        session=link.session,
        endpoint=link.endpoint,
        user=marked_absent.user,
        status="absent",
        is_manual=True,
    )

    (row,) = endpoint_rows(link.session_id)

    assert (row["expected_people"], row["expected_arrived"], row["absent"]) == (
        3,
        1,
        2,
    )


def test_an_expected_person_who_checked_in_at_another_site_is_not_absent():
    link = OngoingSessionEndpointFactory()
    other = OngoingSessionEndpointFactory(session=link.session)
    expected = ExpectedAttendeeFactory(session=link.session, endpoint=link.endpoint)
    AttendanceFactory(session=link.session, endpoint=other.endpoint, user=expected.user)

    rows = {row["endpoint_id"]: row for row in endpoint_rows(link.session_id)}

    assert rows[link.endpoint_id]["absent"] == 0
    assert rows[other.endpoint_id]["expected_people"] == 0


def test_expected_lists_add_no_query_to_the_snapshot(
    organiser, django_assert_max_num_queries
):
    session = OngoingSessionFactory()
    links = [OngoingSessionEndpointFactory(session=session) for _ in range(12)]
    for link in links:
        for expected in ExpectedAttendeeFactory.create_batch(
            3, session=session, endpoint=link.endpoint
        ):
            AttendanceFactory(
                session=session, endpoint=link.endpoint, user=expected.user
            )

    with django_assert_max_num_queries(9):  # as without expected lists
        state = dashboard_state(session=session, user=organiser)

    assert [row["expected_arrived"] for row in state["endpoints"]] == [3] * 12


def test_a_check_in_elsewhere_also_updates_the_row_that_expected_the_person():
    import time

    from sessions.pipeline.worker import flush_compute

    expected_at = OngoingSessionEndpointFactory()
    checked_in_at = OngoingSessionEndpointFactory(session=expected_at.session)
    expected = ExpectedAttendeeFactory(
        session=expected_at.session, endpoint=expected_at.endpoint
    )
    AttendanceFactory(
        session=expected_at.session,
        endpoint=checked_in_at.endpoint,
        user=expected.user,
    )
    change = {"kind": "checkin", "name": "", "at": time.time(), "key": ""}

    (batch,), _folded = flush_compute(
        {
            expected_at.session_id: {
                checked_in_at.endpoint_id: [{**change, "user_id": expected.user_id}]
            }
        }
    )

    rows = {row["endpoint_id"]: row for row in batch.rows}
    assert set(rows) == {expected_at.endpoint_id, checked_in_at.endpoint_id}
    assert rows[expected_at.endpoint_id]["expected_arrived"] == 1
