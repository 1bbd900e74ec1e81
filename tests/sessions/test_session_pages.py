from datetime import timedelta

import icalendar
import pytest
from django.utils import timezone

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from sessions.models import LiveSession
from sessions.scheduling import calendar_token_for
from sessions.tests.factories import (
    EndpointFactory,
    LiveSessionFactory,
    SessionEndpointFactory,
)

pytestmark = pytest.mark.django_db


def test_trainee_sees_a_session_page_with_join_and_calendar_links(client_for, trainee):
    session = LiveSessionFactory(title="Kỹ năng phát ngôn")

    response = client_for(trainee).get(f"/sessions/{session.pk}/")

    assert response.status_code == 200
    assert f"/sessions/{session.pk}/room/".encode() in response.content
    assert f"/sessions/{session.pk}/calendar.ics".encode() in response.content


def test_trainee_does_not_see_a_cancelled_session(client_for, trainee):
    session = LiveSessionFactory(status=LiveSession.Status.CANCELLED)

    assert client_for(trainee).get(f"/sessions/{session.pk}/").status_code == 404


def test_anonymous_visitor_cannot_see_a_session(client_for):
    session = LiveSessionFactory()

    assert client_for(None).get(f"/sessions/{session.pk}/").status_code == 302


def test_coordinator_sees_sessions_of_their_endpoints_only(client_for, coordinator):
    mine = EndpointFactory(coordinators=[coordinator])
    theirs = SessionEndpointFactory(endpoint=mine).session
    other = LiveSessionFactory()
    client = client_for(coordinator)

    assert client.get(f"/sessions/{theirs.pk}/").status_code == 200
    assert client.get(f"/sessions/{other.pk}/").status_code == 404


def test_session_ics_has_the_session_as_an_event(client_for, trainee):
    session = LiveSessionFactory(title="Xử lý khủng hoảng truyền thông")

    response = client_for(trainee).get(f"/sessions/{session.pk}/calendar.ics")

    assert response["Content-Type"].startswith("text/calendar")
    event = icalendar.Calendar.from_ical(response.content).walk("VEVENT")[0]
    assert str(event["summary"]) == "Xử lý khủng hoảng truyền thông"
    assert event.decoded("dtstart") == session.starts_at.replace(microsecond=0)
    assert event.decoded("dtend") == session.ends_at.replace(microsecond=0)


def test_calendar_feed_lists_the_users_sessions_without_a_login(client_for, lecturer):
    mine = LiveSessionFactory(presenter=lecturer, title="Của tôi")
    LiveSessionFactory(title="Không phải của tôi")
    token = calendar_token_for(lecturer)

    response = client_for(None).get(f"/sessions/calendar/{token}.ics")

    titles = [
        str(e["summary"])
        for e in icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    ]
    assert titles == [mine.title]


def test_calendar_feed_with_a_forged_token_is_404(client_for, trainee):
    token = calendar_token_for(trainee)
    forged = token.split(".")[0] + ".AAAAAAAA"

    assert client_for(None).get(f"/sessions/calendar/{forged}.ics").status_code == 404


def test_organiser_cancels_a_session(client_for, organiser):
    session = LiveSessionFactory()

    response = client_for(organiser).post(f"/sessions/{session.pk}/cancel/")

    session.refresh_from_db()
    assert response.status_code == 302
    assert session.status == LiveSession.Status.CANCELLED


@pytest.mark.parametrize("role", [Role.TRAINEE, Role.LECTURER, Role.SITE_COORDINATOR])
def test_only_organisers_may_cancel(client_for, role):
    session = LiveSessionFactory()

    response = client_for(UserFactory(role=role)).post(
        f"/sessions/{session.pk}/cancel/"
    )

    session.refresh_from_db()
    assert response.status_code == 403
    assert session.status == LiveSession.Status.SCHEDULED


def test_trainee_dashboard_lists_upcoming_sessions(client_for, trainee):
    LiveSessionFactory(title="Sắp diễn ra")
    LiveSessionFactory(title="Đã huỷ", status=LiveSession.Status.CANCELLED)
    LiveSessionFactory(
        title="Đã qua",
        starts_at=timezone.now() - timedelta(days=2),
        ends_at=timezone.now() - timedelta(days=2, hours=-2),
    )

    response = client_for(trainee).get("/")

    assert "Sắp diễn ra".encode() in response.content
    assert "Đã huỷ".encode() not in response.content
    assert "Đã qua".encode() not in response.content


def test_coordinator_dashboard_links_each_endpoint_screen(client_for, coordinator):
    endpoint = EndpointFactory(code="loc-binh", coordinators=[coordinator])
    session = SessionEndpointFactory(endpoint=endpoint).session

    response = client_for(coordinator).get("/")

    assert f"/sessions/{session.pk}/room/loc-binh/".encode() in response.content


def test_organiser_dashboard_shows_video_not_configured(client_for, organiser):
    response = client_for(organiser).get("/")

    assert b'data-panel="video-status"' in response.content
    assert b'data-service="prosody" data-healthy="false"' in response.content


def test_trainee_dashboard_has_no_video_status(client_for, trainee):
    assert b'data-panel="video-status"' not in client_for(trainee).get("/").content


def test_anonymous_home_page_has_no_session_panels(client_for):
    assert b'data-panel="upcoming-sessions"' not in client_for(None).get("/").content
