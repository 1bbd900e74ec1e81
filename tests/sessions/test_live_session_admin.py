from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from sessions.models import LiveSession
from sessions.tests.factories import EndpointFactory, HubFactory, LiveSessionFactory

pytestmark = pytest.mark.django_db
INDEX = "/cms/live-sessions/"


def test_organiser_schedules_a_session_with_endpoints_inline(client_for, organiser):
    hub = HubFactory()
    first, second = EndpointFactory(), EndpointFactory()
    presenter = UserFactory(role=Role.LECTURER)
    starts = timezone.localtime() + timedelta(days=3)
    data = {
        "title": "Kỹ năng trả lời phỏng vấn",
        "starts_at": starts.strftime("%Y-%m-%d %H:%M"),
        "ends_at": (starts + timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"),
        "presenter": presenter.pk,
        "hub": hub.pk,
        "status": "scheduled",
        "description": "",
        "late_after_minutes": 10,
        "present_percent": 75,
        "session_endpoints-TOTAL_FORMS": 2,
        "session_endpoints-INITIAL_FORMS": 0,
        "session_endpoints-MIN_NUM_FORMS": 0,
        "session_endpoints-MAX_NUM_FORMS": 1000,
        "session_endpoints-0-endpoint": first.pk,
        "session_endpoints-0-expected_headcount": 30,
        "session_endpoints-0-ORDER": 1,
        "session_endpoints-1-endpoint": second.pk,
        "session_endpoints-1-expected_headcount": 12,
        "session_endpoints-1-ORDER": 2,
    }

    response = client_for(organiser).post(f"{INDEX}new/", data)

    assert response.status_code == 302, response.context["form"].errors
    session = LiveSession.objects.get()
    headcounts = {
        row.endpoint_id: row.expected_headcount
        for row in session.session_endpoints.all()
    }
    assert headcounts == {first.pk: 30, second.pk: 12, hub.pk: hub.capacity}


def test_lecturer_lists_only_the_sessions_they_present(client_for, lecturer):
    LiveSessionFactory(title="Buổi của tôi", presenter=lecturer)
    LiveSessionFactory(title="Buổi của người khác")

    response = client_for(lecturer).get(INDEX)

    assert response.status_code == 200
    assert "Buổi của tôi".encode() in response.content
    assert "Buổi của người khác".encode() not in response.content


def test_lecturer_cannot_edit_a_session(client_for, lecturer):
    session = LiveSessionFactory(presenter=lecturer)

    response = client_for(lecturer).get(f"{INDEX}edit/{session.pk}/")

    assert response.status_code in (302, 403)


def test_lecturer_cannot_inspect_someone_elses_session(client_for, lecturer):
    session = LiveSessionFactory()

    response = client_for(lecturer).get(f"{INDEX}inspect/{session.pk}/")

    assert response.status_code in (302, 403, 404)


@pytest.mark.parametrize("role", [Role.TRAINEE, Role.SITE_COORDINATOR])
def test_other_roles_cannot_open_the_session_admin(client_for, role):
    response = client_for(UserFactory(role=role)).get(INDEX)

    assert response.status_code in (302, 403)


def test_edit_page_offers_cancelling_the_session(client_for, organiser):
    session = LiveSessionFactory()

    response = client_for(organiser).get(f"{INDEX}edit/{session.pk}/")

    assert f"/sessions/{session.pk}/cancel/".encode() in response.content
