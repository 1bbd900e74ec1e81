"""The session's live page: for whoever takes part, refused to everyone else."""

import pytest
from django.urls import reverse

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from sessions import checkin_codes
from sessions.models import Attendance
from sessions.tests.factories import (
    EndpointFactory,
    OngoingSessionEndpointFactory,
    SessionEndpointFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    return OngoingSessionEndpointFactory(endpoint__name="Huyện Cao Lộc")


def live_url(site) -> str:
    return reverse("sessions:live", args=[site.session_id])


def checked_in(site) -> object:
    user = UserFactory(role=Role.TRAINEE)
    Attendance.objects.create(session=site.session, user=user, endpoint=site.endpoint)
    return user


def test_an_anonymous_visitor_is_sent_to_log_in(client, site):
    response = client.get(live_url(site))

    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_a_trainee_checked_in_at_a_site_sees_the_page_with_their_site(client_for, site):
    response = client_for(checked_in(site)).get(live_url(site))

    assert response.status_code == 200
    assert "Bạn tham gia tại Huyện Cao Lộc." in response.content.decode()


def test_the_page_renders_the_questions_panel(client_for, site):
    response = client_for(checked_in(site)).get(live_url(site))

    assert b'id="questions"' in response.content


def test_a_trainee_who_has_not_checked_in_is_refused_in_the_platforms_layout(
    client_for, site
):
    response = client_for(UserFactory(role=Role.TRAINEE)).get(live_url(site))

    assert response.status_code == 403
    assert b"site-header" in response.content


def test_the_coordinator_of_a_site_of_the_session_sees_the_page(client_for, site):
    coordinator = UserFactory(role=Role.SITE_COORDINATOR)
    site.endpoint.coordinators.add(coordinator)

    assert client_for(coordinator).get(live_url(site)).status_code == 200


def test_a_coordinator_of_another_sessions_site_is_refused(client_for, site):
    coordinator = UserFactory(role=Role.SITE_COORDINATOR)
    SessionEndpointFactory(endpoint=EndpointFactory(coordinators=[coordinator]))

    assert client_for(coordinator).get(live_url(site)).status_code == 403


def test_a_lecturer_who_does_not_present_is_refused(client_for, site):
    assert (
        client_for(UserFactory(role=Role.LECTURER)).get(live_url(site)).status_code
        == 403
    )


def test_the_presenter_sees_the_moderators_controls(client_for, site, lecturer):
    site.session.presenter = lecturer
    site.session.save(update_fields=["presenter"])

    response = client_for(lecturer).get(live_url(site))

    assert response.status_code == 200
    assert b"data-qa-settings" in response.content


def test_an_organiser_sees_the_page(client_for, site, organiser):
    assert client_for(organiser).get(live_url(site)).status_code == 200


def test_the_checkin_confirmation_leads_to_the_live_page(client_for, site):
    code = checkin_codes.current_code(site.checkin_secret)

    response = client_for(UserFactory(role=Role.TRAINEE)).post(
        reverse("checkin"), {"code": code}
    )

    assert live_url(site) in response.content.decode()


def test_the_session_page_links_to_the_live_page_for_a_participant(client_for, site):
    response = client_for(checked_in(site)).get(
        reverse("sessions:detail", args=[site.session_id])
    )

    assert live_url(site) in response.content.decode()


def test_the_session_page_has_no_live_page_link_for_who_does_not_take_part(
    client_for, site
):
    response = client_for(UserFactory(role=Role.TRAINEE)).get(
        reverse("sessions:detail", args=[site.session_id])
    )

    assert live_url(site) not in response.content.decode()
