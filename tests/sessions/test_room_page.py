import jwt
import pytest

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from sessions.jitsi.identity import endpoint_code_from_email
from sessions.models import ConnectionEvent, LiveSession
from sessions.tests.factories import (
    EndpointFactory,
    LiveSessionFactory,
    OngoingSessionFactory,
    SessionEndpointFactory,
)

pytestmark = pytest.mark.django_db
SECRET = "room-page-test-secret-0123456789abcdef"


@pytest.fixture
def jitsi(settings):
    settings.JITSI_DOMAIN = "meet.example.vn"
    settings.JITSI_FLAVOUR = "self-hosted"
    settings.JITSI_APP_ID = "taphuan"
    settings.JITSI_APP_SECRET = SECRET


@pytest.fixture
def session_endpoint(coordinator):
    endpoint = EndpointFactory(name="Huyện Cao Lộc", code="cao-loc")
    endpoint.coordinators.set([coordinator])
    return SessionEndpointFactory(endpoint=endpoint)


def room_token(response) -> dict:
    token = response.context["join"].token
    return jwt.decode(token, SECRET, algorithms=["HS256"], audience="taphuan")


def test_room_page_says_video_is_not_configured_without_jitsi(client_for, trainee):
    session = LiveSessionFactory()

    response = client_for(trainee).get(f"/sessions/{session.pk}/room/")

    assert response.status_code == 200
    assert b'data-room-state="video-not-configured"' in response.content
    assert b"external_api.js" not in response.content


def test_room_page_embeds_the_iframe_api_from_the_configured_domain(
    client_for, trainee, jitsi
):
    session = LiveSessionFactory()

    response = client_for(trainee).get(f"/sessions/{session.pk}/room/")

    assert b"https://meet.example.vn/external_api.js" in response.content
    assert b'id="jitsi-jwt"' in response.content


def test_trainee_token_is_for_this_room_and_not_moderator(client_for, trainee, jitsi):
    session = LiveSessionFactory()

    claims = room_token(client_for(trainee).get(f"/sessions/{session.pk}/room/"))

    assert claims["room"] == session.room_name
    assert claims["context"]["user"]["id"] == f"user:{trainee.pk}"
    assert claims["context"]["user"]["email"] == trainee.email
    assert claims["context"]["user"]["moderator"] is False


def test_presenter_token_is_moderator(client_for, lecturer, jitsi):
    session = LiveSessionFactory(presenter=lecturer)

    claims = room_token(client_for(lecturer).get(f"/sessions/{session.pk}/room/"))

    assert claims["context"]["user"]["moderator"] is True


def test_organiser_token_is_moderator(client_for, organiser, jitsi):
    session = LiveSessionFactory()

    claims = room_token(client_for(organiser).get(f"/sessions/{session.pk}/room/"))

    assert claims["context"]["user"]["moderator"] is True


def test_lecturer_who_does_not_present_cannot_open_the_room(client_for, lecturer):
    session = LiveSessionFactory(presenter=UserFactory(role=Role.LECTURER))

    assert client_for(lecturer).get(f"/sessions/{session.pk}/room/").status_code == 404


def test_anonymous_visitor_is_sent_to_log_in(client_for):
    session = LiveSessionFactory()

    response = client_for(None).get(f"/sessions/{session.pk}/room/")

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_endpoint_page_shows_the_endpoint_name_code_and_qr(
    client_for, coordinator, session_endpoint
):
    session = session_endpoint.session
    response = client_for(coordinator).get(f"/sessions/{session.pk}/room/cao-loc/")

    assert response.status_code == 200
    checkin = response.context["checkin"]
    assert b"Huy\xe1\xbb\x87n Cao L\xe1\xbb\x99c" in response.content
    assert checkin.code.encode() in response.content
    assert b"<svg" in response.content
    assert checkin.url.endswith(f"/checkin/?code={checkin.code}")


def test_endpoint_token_joins_under_the_endpoint_name_without_moderator(
    client_for, coordinator, session_endpoint, jitsi
):
    session = session_endpoint.session
    response = client_for(coordinator).get(f"/sessions/{session.pk}/room/cao-loc/")

    user = room_token(response)["context"]["user"]
    assert (user["id"], user["name"], user["moderator"]) == (
        "endpoint:cao-loc",
        "Huyện Cao Lộc",
        False,
    )


def test_endpoint_token_carries_an_email_that_names_the_endpoint(
    client_for, coordinator, session_endpoint, jitsi
):
    # Jitsi puts the token's email in the presence Prosody's /room reports, which is
    # how reconciliation knows the endpoint whatever name the hall gives its screen.
    session = session_endpoint.session
    response = client_for(coordinator).get(f"/sessions/{session.pk}/room/cao-loc/")

    email = room_token(response)["context"]["user"]["email"]
    assert endpoint_code_from_email(email) == "cao-loc"


def test_coordinator_of_another_endpoint_cannot_open_this_endpoint_page(
    client_for, session_endpoint
):
    other = UserFactory(role=Role.SITE_COORDINATOR)
    session = session_endpoint.session

    response = client_for(other).get(f"/sessions/{session.pk}/room/cao-loc/")

    assert response.status_code == 404


def test_trainee_cannot_open_an_endpoint_page(client_for, trainee, session_endpoint):
    session = session_endpoint.session

    response = client_for(trainee).get(f"/sessions/{session.pk}/room/cao-loc/")

    assert response.status_code == 404


def test_checkin_code_endpoint_returns_the_current_code_and_qr(
    client_for, organiser, session_endpoint
):
    session = session_endpoint.session

    response = client_for(organiser).get(
        f"/sessions/{session.pk}/room/cao-loc/checkin-code/"
    )

    data = response.json()
    assert len(data["code"]) == 6
    assert data["qr_svg"].startswith("<svg")
    assert 0 < data["seconds_left"] <= 60
    assert response["Cache-Control"] == "no-store"


def test_checkin_code_is_refused_to_a_trainee(client_for, trainee, session_endpoint):
    session = session_endpoint.session

    response = client_for(trainee).get(
        f"/sessions/{session.pk}/room/cao-loc/checkin-code/"
    )

    assert response.status_code == 404


def test_cancelled_session_room_says_so(client_for, organiser):
    session = LiveSessionFactory(status=LiveSession.Status.CANCELLED)

    response = client_for(organiser).get(f"/sessions/{session.pk}/room/")

    assert b'data-room-state="cancelled"' in response.content


def presence(client, session, **data):
    body = {"event": "joined", "beacon_id": "6f1c2f0e-8d47-4d8e-9c39-4d8c4f3f0b11"}
    return client.post(
        f"/sessions/{session.pk}/presence/",
        {**body, **data},
        content_type="application/json",
    )


def test_presence_report_stores_an_advisory_iframe_event(client_for, trainee):
    session = OngoingSessionFactory()

    response = presence(client_for(trainee), session, participant_id="abcd")

    assert response.status_code == 201
    event = ConnectionEvent.objects.get()
    assert (event.source, event.kind, event.user, event.session) == (
        "iframe",
        "joined",
        trainee,
        session,
    )


def test_repeated_presence_report_is_stored_once(client_for, trainee):
    session = OngoingSessionFactory()
    client = client_for(trainee)

    presence(client, session)
    response = presence(client, session)

    assert response.status_code == 200
    assert ConnectionEvent.objects.count() == 1


def test_presence_report_from_endpoint_mode_names_the_endpoint(
    client_for, coordinator, session_endpoint
):
    session_endpoint.session = OngoingSessionFactory()
    session_endpoint.save()

    presence(client_for(coordinator), session_endpoint.session, endpoint="cao-loc")

    assert ConnectionEvent.objects.get().endpoint == session_endpoint.endpoint


def test_presence_report_needs_a_csrf_token(trainee):
    from django.test import Client

    session = OngoingSessionFactory()
    client = Client(enforce_csrf_checks=True)
    client.force_login(trainee)

    assert presence(client, session).status_code == 403


def test_malformed_presence_report_gets_400(client_for, trainee):
    session = OngoingSessionFactory()

    response = presence(client_for(trainee), session, event="dancing")

    assert response.status_code == 400


def test_anonymous_presence_report_is_refused(client_for):
    session = OngoingSessionFactory()

    assert presence(client_for(None), session).status_code == 302
    assert not ConnectionEvent.objects.exists()


def test_presence_outside_the_session_is_not_recorded(client_for, trainee):
    session = LiveSessionFactory()  # tomorrow

    response = presence(client_for(trainee), session)

    assert response.status_code == 409
    assert not ConnectionEvent.objects.exists()
