import pytest
from django.urls import reverse

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from sessions.tests.factories import EndpointFactory, OngoingSessionEndpointFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def link(coordinator):
    return OngoingSessionEndpointFactory(
        endpoint=EndpointFactory(coordinators=[coordinator])
    )


@pytest.mark.parametrize(
    ("role", "status"),
    [(None, 302), (Role.TRAINEE, 403), (Role.LECTURER, 403), (Role.ORGANISER, 200)],
)
def test_attendance_index_by_role(client_for, link, role, status):
    user = UserFactory(role=role) if role else None

    assert client_for(user).get(reverse("attendance-index")).status_code == status


def test_coordinator_index_lists_only_sessions_at_their_endpoints(
    client_for, coordinator, link
):
    elsewhere = OngoingSessionEndpointFactory()

    response = client_for(coordinator).get(reverse("attendance-index"))

    assert link.session.title in response.text
    assert elsewhere.session.title not in response.text


@pytest.mark.parametrize(
    ("role", "status"),
    [(None, 302), (Role.TRAINEE, 403), (Role.LECTURER, 403), (Role.ORGANISER, 200)],
)
def test_dashboard_page_by_role(client_for, link, role, status):
    user = UserFactory(role=role) if role else None
    url = reverse("attendance-dashboard", kwargs={"session_id": link.session_id})

    assert client_for(user).get(url).status_code == status


def test_coordinator_dashboard_page_shows_only_their_endpoint(
    client_for, coordinator, link
):
    other = OngoingSessionEndpointFactory(session=link.session)
    url = reverse("attendance-dashboard", kwargs={"session_id": link.session_id})

    response = client_for(coordinator).get(url)

    assert response.status_code == 200
    assert link.endpoint.name in response.text
    assert other.endpoint.name not in response.text


def test_dashboard_page_for_a_coordinator_without_endpoints_here_is_forbidden(
    client_for, link
):
    url = reverse("attendance-dashboard", kwargs={"session_id": link.session_id})
    stranger = UserFactory(role=Role.SITE_COORDINATOR)

    assert client_for(stranger).get(url).status_code == 403
