"""Consumers forward the pipeline's ready messages without touching the database,
say when they are behind, and resync from the database when something was lost."""

import time

import pytest
from asgiref.sync import sync_to_async
from channels.layers import get_channel_layer
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.db.backends.utils import CursorWrapper
from django.test import Client

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from config.asgi import application
from sessions.dashboard.consumers import AttendanceDashboardConsumer
from sessions.dashboard.state import endpoint_rows
from sessions.pipeline import fanout
from sessions.tests.factories import AttendanceFactory, OngoingSessionEndpointFactory

pytestmark = [pytest.mark.asyncio, pytest.mark.django_db(transaction=True)]


@sync_to_async
def organiser_watching():
    link = OngoingSessionEndpointFactory()
    client = Client()
    client.force_login(UserFactory(role=Role.ORGANISER))
    return link, client.cookies[settings.SESSION_COOKIE_NAME].value


async def dashboard(link, cookie) -> WebsocketCommunicator:
    communicator = WebsocketCommunicator(
        application,
        f"/ws/attendance/{link.session_id}/",
        headers=[
            (b"origin", b"http://testserver"),
            (b"host", b"testserver"),
            (b"cookie", f"{settings.SESSION_COOKIE_NAME}={cookie}".encode()),
        ],
    )
    connected, _ = await communicator.connect()
    assert connected
    assert (await communicator.receive_json_from())["type"] == "state"
    return communicator


async def ready_messages(link, count: int) -> list[tuple[str, dict]]:
    rows = await sync_to_async(endpoint_rows)(link.session_id, [link.endpoint_id])
    batch = fanout.SessionChanges(
        link.session_id,
        rows,
        None,
        [{"kind": "checkin", "name": "An", "at": time.time(), "endpoint_id": 1}],
    )
    return [fanout.messages(batch)[0] for _ in range(count)]


@pytest.fixture
def queries(monkeypatch):
    """Every SQL statement run, in any thread."""
    seen: list[str] = []
    real = CursorWrapper._execute_with_wrappers

    def counting(self, sql, *args, **kwargs):
        seen.append(sql)
        return real(self, sql, *args, **kwargs)

    monkeypatch.setattr(CursorWrapper, "_execute_with_wrappers", counting)
    return seen


async def test_forwarding_twenty_updates_runs_no_query(queries):
    link, cookie = await organiser_watching()
    communicator = await dashboard(link, cookie)
    messages = await ready_messages(link, 20)
    layer = get_channel_layer()

    queries.clear()
    for group, message in messages:
        await layer.group_send(group, message)
    received = [await communicator.receive_json_from(timeout=2) for _ in messages]
    await communicator.disconnect()

    assert [m["type"] for m in received] == ["updates"] * 20
    assert received[0]["endpoints"][0]["endpoint_id"] == link.endpoint_id
    assert queries == []


async def test_an_update_that_arrives_late_shows_the_dashboard_is_behind():
    link, cookie = await organiser_watching()
    communicator = await dashboard(link, cookie)
    [(group, late), (_, fresh)] = await ready_messages(link, 2)
    late["sent"] -= AttendanceDashboardConsumer.lag_after + 5
    layer = get_channel_layer()

    await layer.group_send(group, late)
    behind = await communicator.receive_json_from(timeout=2)
    update = await communicator.receive_json_from(timeout=2)
    await layer.group_send(group, fresh)
    caught_up = await communicator.receive_json_from(timeout=2)
    await communicator.disconnect()

    assert behind == {"type": "status", "behind": True}
    assert update["type"] == "updates"
    assert caught_up == {"type": "status", "behind": False}


async def test_a_lost_update_is_replaced_by_a_fresh_snapshot():
    link, cookie = await organiser_watching()
    communicator = await dashboard(link, cookie)
    first, _lost, third = await ready_messages(link, 3)
    await sync_to_async(AttendanceFactory)(session=link.session, endpoint=link.endpoint)
    layer = get_channel_layer()

    await layer.group_send(*first)
    update = await communicator.receive_json_from(timeout=2)
    await layer.group_send(*third)  # the second never arrived
    snapshot = await communicator.receive_json_from(timeout=2)
    await communicator.disconnect()

    assert update["type"] == "updates"
    assert snapshot["type"] == "state"
    assert snapshot["endpoints"][0]["checked_in"] == 1


async def test_a_channel_layer_that_stops_delivering_shows_behind_then_resyncs(
    monkeypatch,
):
    monkeypatch.setattr(AttendanceDashboardConsumer, "probe_every", 0.2)
    link, cookie = await organiser_watching()
    layer = get_channel_layer()
    real_send = layer.send

    async def down(channel, message):
        raise ConnectionError("Redis is down")

    monkeypatch.setattr(layer, "send", down)
    communicator = await dashboard(link, cookie)
    behind = await communicator.receive_json_from(timeout=2)
    await sync_to_async(AttendanceFactory)(session=link.session, endpoint=link.endpoint)
    monkeypatch.setattr(layer, "send", real_send)
    snapshot = await communicator.receive_json_from(timeout=2)
    recovered = await communicator.receive_json_from(timeout=2)
    await communicator.disconnect()

    assert behind == {"type": "status", "behind": True}
    assert snapshot["type"] == "state"
    assert snapshot["endpoints"][0]["checked_in"] == 1
    assert recovered == {"type": "status", "behind": False}


async def test_reconnecting_dashboard_receives_a_fresh_snapshot():
    link, cookie = await organiser_watching()
    first = await dashboard(link, cookie)
    await first.disconnect()
    await sync_to_async(AttendanceFactory)(session=link.session, endpoint=link.endpoint)

    second = WebsocketCommunicator(
        application,
        f"/ws/attendance/{link.session_id}/",
        headers=[
            (b"origin", b"http://testserver"),
            (b"host", b"testserver"),
            (b"cookie", f"{settings.SESSION_COOKIE_NAME}={cookie}".encode()),
        ],
    )
    await second.connect()
    snapshot = await second.receive_json_from(timeout=2)
    await second.disconnect()

    assert snapshot["type"] == "state"
    assert snapshot["endpoints"][0]["checked_in"] == 1
