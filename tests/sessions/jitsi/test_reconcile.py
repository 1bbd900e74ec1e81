import json
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from sessions.jitsi import payloads
from sessions.jitsi.client import JitsiClient, JitsiEndpoints
from sessions.jitsi.identity import endpoint_email
from sessions.jitsi.reconcile import live_sessions_reconcile, session_reconcile
from sessions.models import ConnectionEvent
from sessions.tests.factories import EndpointFactory, SessionEndpointFactory
from sessions.tests.presence import presence_by_identity

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

    [interval] = presence_by_identity(session)[f"user:{trainee.pk}"]
    assert interval.start == at.replace(microsecond=0)
    assert interval.end is not None


def test_a_lost_join_is_opened_by_reconciliation(session, fake, client):
    endpoint = EndpointFactory(name="Huyện Lộc Bình", code="loc-binh")
    SessionEndpointFactory(session=session, endpoint=endpoint)
    fake.join(
        session.room_name,
        name="Huyện Lộc Bình",
        identity="endpoint:loc-binh",
        email=endpoint_email("loc-binh"),  # the endpoint token's email
    )

    live_sessions_reconcile(client=client)

    event = ConnectionEvent.objects.get()
    assert (event.kind, event.source, event.endpoint) == (
        "joined",
        "reconciliation",
        endpoint,
    )
    assert presence_by_identity(session)["endpoint:loc-binh"][0].end is None


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


def endpoint_joins(session, fake, *, name: str, at=None) -> dict:
    """Lộc Bình's screen joins (with its token) and the webhook says so."""
    path, payload = fake.join(
        session.room_name,
        name=name,
        identity="endpoint:loc-binh",
        email=endpoint_email("loc-binh"),
        at=at,
    )
    deliver(path, payload)
    return payload


@pytest.fixture
def loc_binh(session):
    endpoint = EndpointFactory(name="Huyện Lộc Bình", code="loc-binh")
    SessionEndpointFactory(session=session, endpoint=endpoint)
    return endpoint


def test_an_occupant_is_matched_by_its_token_not_its_display_name(
    session, loc_binh, fake, client
):
    # The hall renamed its screen in Jitsi: the name no longer says "Lộc Bình".
    endpoint_joins(session, fake, name="Phòng họp UBND", at=timezone.now())

    recorded = live_sessions_reconcile(client=client)

    assert recorded == 0
    assert presence_by_identity(session)["endpoint:loc-binh"][0].end is None


def test_a_rejoin_under_the_same_name_is_recorded_again(
    session, loc_binh, fake, client
):
    def occupant_jids():
        return list(fake.rooms[session.room_name])

    fake.join(
        session.room_name,
        name="Huyện Lộc Bình",
        identity="endpoint:loc-binh",
        email=endpoint_email("loc-binh"),
    )  # the join's webhook was lost
    opened = session_reconcile(
        session=session,
        occupants=client.room_occupants(session.room_name),
        now=timezone.now() - timedelta(minutes=20),
    )
    fake.drop_silently(session.room_name, occupant_jids()[0])
    session_reconcile(
        session=session, occupants=[], now=timezone.now() - timedelta(minutes=10)
    )
    fake.join(
        session.room_name,
        name="Huyện Lộc Bình",
        identity="endpoint:loc-binh",
        email=endpoint_email("loc-binh"),
    )  # back, under the same name, and again not reported
    reopened = session_reconcile(
        session=session, occupants=client.room_occupants(session.room_name)
    )

    assert len(opened) == len(reopened) == 1
    intervals = presence_by_identity(session)["endpoint:loc-binh"]
    assert len(intervals) == 2 and intervals[-1].end is None


def test_what_reconciliation_opened_is_closed_when_the_room_is_empty(
    session, loc_binh, fake, client
):
    fake.join(
        session.room_name,
        name="Huyện Lộc Bình",
        identity="endpoint:loc-binh",
        email=endpoint_email("loc-binh"),
    )
    live_sessions_reconcile(client=client)
    for jid in list(fake.rooms[session.room_name]):
        fake.drop_silently(session.room_name, jid)

    live_sessions_reconcile(client=client)

    [interval] = presence_by_identity(session)["endpoint:loc-binh"]
    assert interval.end is not None
    assert ConnectionEvent.objects.filter(
        source="reconciliation", kind="left", payload__reconciled="room empty"
    ).exists()


def test_a_second_device_whose_leave_was_lost_is_closed(session, trainee, fake, client):
    start = timezone.now() - timedelta(minutes=30)
    first = fake.join(
        session.room_name,
        name="Nhung",
        email=trainee.email,
        identity=f"user:{trainee.pk}",
        at=start,
    )
    deliver(*first)
    second = fake.join(
        session.room_name,
        name="Nhung (điện thoại)",
        email=trainee.email,
        identity=f"user:{trainee.pk}",
        at=start + timedelta(minutes=5),
    )
    deliver(*second)
    fake.drop_silently(session.room_name, second[1]["occupant"]["occupant_jid"])

    recorded = live_sessions_reconcile(client=client)

    [left] = ConnectionEvent.objects.filter(source="reconciliation")
    assert (recorded, left.kind) == (1, "left")
    jids = {first[1]["occupant"]["occupant_jid"], second[1]["occupant"]["occupant_jid"]}
    assert left.participant_key in jids  # which device left, /room cannot say
    assert presence_by_identity(session)[f"user:{trainee.pk}"][-1].end is None


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
