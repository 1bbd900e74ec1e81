import pytest
from django.urls import reverse

from sessions.tests.factories import EndpointFactory, OngoingSessionEndpointFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def link(coordinator):
    return OngoingSessionEndpointFactory(
        endpoint=EndpointFactory(coordinators=[coordinator])
    )


def test_coordinator_home_links_today_roster_of_their_room(
    client_for, coordinator, link
):
    roster = reverse(
        "attendance-roster",
        kwargs={"session_id": link.session_id, "endpoint_id": link.endpoint_id},
    )

    response = client_for(coordinator).get(reverse("home"))

    assert 'data-panel="attendance-today"' in response.text
    assert roster in response.text


def test_organiser_home_links_today_dashboard(client_for, organiser, link):
    response = client_for(organiser).get(reverse("home"))

    assert (
        reverse("attendance-dashboard", kwargs={"session_id": link.session_id})
        in response.text
    )


def test_trainee_home_has_no_attendance_panel(client_for, trainee, link):
    response = client_for(trainee).get(reverse("home"))

    assert 'data-panel="attendance-today"' not in response.text
