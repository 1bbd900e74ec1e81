import json
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from sessions.jitsi import payloads
from sessions.jitsi.client import JitsiClient, JitsiEndpoints
from sessions.jitsi.presence import presence_for_session
from sessions.jitsi.reconcile import live_sessions_reconcile
from sessions.models import ConnectionEvent
from sessions.tests.factories import EndpointFactory, SessionEndpointFactory

from .conftest import SECRET
from .fake_jitsi import ENDPOINTS, FakeJitsi

pytestmark = pytest.mark.django_db


def deliver(path: str, payload: dict) -> None:
    response = Client().post(
        f"/jitsi/events/{path}",
        json.dumps(payload),
        content_type="application/json",
        headers={"Authorization": f"Bearer {SECRET}"},
    )
    assert response.status_code == 204


@pytest.fixture
def fake() -> FakeJitsi:
    return FakeJitsi()


@pytest.fixture
def client(fake) -> JitsiClient:
    return JitsiClient(JitsiEndpoints(**ENDPOINTS), transport=fake.mock_transport())


def test_a_lost_leave_is_closed_by_reconciliation(session, trainee, fake, client):
    at = timezone.now() - timedelta(minutes=30)
    path, payload = fake.join(
        session.room_name,
        name="Nhung",
        email=trainee.email,
        identity=f"user:{trainee.pk}",
        at=at,
    )
    deliver(path, payload)
    fake.drop_silently(session.room_name, payload["occupant"]["occupant_jid"])

    live_sessions_reconcile(client=client)

    [interval] = presence_for_session(session)[f"user:{trainee.pk}"]
    assert interval.start == at.replace(microsecond=0)
    assert interval.end is not None


def test_a_lost_join_is_opened_by_reconciliation(session, fake, client):
    endpoint = EndpointFactory(name="Huyện Lộc Bình", code="loc-binh")
    SessionEndpointFactory(session=session, endpoint=endpoint)
    fake.join(session.room_name, name="Huyện Lộc Bình", identity="endpoint:loc-binh")

    live_sessions_reconcile(client=client)

    event = ConnectionEvent.objects.get()
    assert (event.kind, event.source, event.endpoint) == (
        "joined",
        "reconciliation",
        endpoint,
    )
    assert presence_for_session(session)["endpoint:loc-binh"][0].end is None


def test_people_the_log_already_knows_are_left_alone(session, trainee, fake, client):
    path, payload = fake.join(
        session.room_name,
        name="Nhung",
        email=trainee.email,
        identity=f"user:{trainee.pk}",
    )
    deliver(path, payload)

    recorded = live_sessions_reconcile(client=client)

    assert recorded == 0
    assert ConnectionEvent.objects.count() == 1


def test_reconciling_twice_records_nothing_more(session, fake, client):
    fake.join(session.room_name, name="Khách")
    live_sessions_reconcile(client=client)

    assert live_sessions_reconcile(client=client) == 0


def test_sessions_that_are_not_live_are_not_polled(fake, client, db):
    from sessions.tests.factories import LiveSessionFactory

    LiveSessionFactory()  # scheduled

    live_sessions_reconcile(client=client)

    assert fake.requests == []


def test_reconcile_command_reports_an_unconfigured_prosody(session):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="not configured"):
        call_command("reconcile_presence")


def test_payloads_module_builds_what_the_fake_posts(fake):
    path, payload = fake.join("hub", name="A")

    assert path == "occupant/joined"
    assert payload["event_name"] == payloads.EVENT_SYNC_NAMES[path]
