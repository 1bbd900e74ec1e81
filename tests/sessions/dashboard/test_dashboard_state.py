import pytest

from sessions.dashboard.groups import endpoint_group, session_group
from sessions.dashboard.state import dashboard_state
from sessions.tests.factories import (
    AttendanceFactory,
    OngoingSessionEndpointFactory,
    OngoingSessionFactory,
)

pytestmark = pytest.mark.django_db


def test_state_of_twelve_endpoints_takes_a_fixed_number_of_queries(
    organiser, django_assert_max_num_queries
):
    session = OngoingSessionFactory()
    links = [OngoingSessionEndpointFactory(session=session) for _ in range(12)]
    for link in links:
        AttendanceFactory.create_batch(2, session=session, endpoint=link.endpoint)

    # Incl. "anything pending to fold?" and the feed's last lines (three).
    with django_assert_max_num_queries(9):
        state = dashboard_state(session=session, user=organiser)

    assert [row["checked_in"] for row in state["endpoints"]] == [2] * 12


def test_check_ins_at_other_sessions_are_not_counted(organiser):
    link = OngoingSessionEndpointFactory()
    elsewhere = OngoingSessionEndpointFactory(endpoint=link.endpoint)
    AttendanceFactory(session=elsewhere.session, endpoint=link.endpoint)

    state = dashboard_state(session=link.session, user=organiser)

    assert state["endpoints"][0]["checked_in"] == 0


def test_group_names_are_valid_channel_group_names():
    names = [session_group(12345), endpoint_group(12345, 678), endpoint_group(1, None)]

    assert all(
        len(name) < 100 and set(name) <= set("abcdefghijklmnopqrstuvwxyz0123456789-_.")
        for name in names
    )
    assert len(set(names)) == 3
