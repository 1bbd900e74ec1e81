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


def session_form_data(hub, **extra) -> dict:
    starts = timezone.localtime() + timedelta(days=3)
    return {
        "title": "Hội nghị tập huấn",
        "starts_at": starts.strftime("%Y-%m-%d %H:%M"),
        "ends_at": (starts + timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"),
        "hub": hub.pk,
        "status": "scheduled",
        "description": "",
        "late_after_minutes": 10,
        "present_percent": 75,
        "session_endpoints-TOTAL_FORMS": 0,
        "session_endpoints-INITIAL_FORMS": 0,
        "session_endpoints-MIN_NUM_FORMS": 0,
        "session_endpoints-MAX_NUM_FORMS": 1000,
        **extra,
    }


def test_one_tick_adds_every_active_endpoint_to_a_new_session(client_for, organiser):
    hub = HubFactory()
    active = [EndpointFactory(capacity=20 + n) for n in range(11)]
    closed = EndpointFactory(is_active=False)

    response = client_for(organiser).post(
        f"{INDEX}new/", session_form_data(hub, add_all_active_endpoints="on")
    )

    assert response.status_code == 302, response.context["form"].errors
    session = LiveSession.objects.get()
    headcounts = {
        row.endpoint_id: row.expected_headcount
        for row in session.session_endpoints.all()
    }
    assert headcounts == {
        hub.pk: hub.capacity,
        **{endpoint.pk: endpoint.capacity for endpoint in active},
    }
    assert closed.pk not in headcounts


def test_without_the_tick_no_endpoint_is_added(client_for, organiser):
    hub = HubFactory()
    EndpointFactory()

    client_for(organiser).post(f"{INDEX}new/", session_form_data(hub))

    session = LiveSession.objects.get()
    assert list(session.session_endpoints.values_list("endpoint_id", flat=True)) == [
        hub.pk
    ]


def test_adding_every_endpoint_keeps_the_headcounts_already_set(organiser):
    from sessions.scheduling import live_session_endpoints_add_all_active
    from sessions.tests.factories import SessionEndpointFactory

    row = SessionEndpointFactory(expected_headcount=7)
    other = EndpointFactory()

    added = live_session_endpoints_add_all_active(session=row.session)

    row.refresh_from_db()
    assert row.expected_headcount == 7
    assert row.session.session_endpoints.filter(endpoint=other).exists()
    assert added == row.session.session_endpoints.count() - 1
