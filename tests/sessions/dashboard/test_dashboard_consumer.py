import asyncio

import pytest
from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.test import Client

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from config.asgi import application
from sessions import checkin_codes
from sessions.attendance.services import attendance_check_in, headcount_record
from sessions.models import ConnectionEvent
from sessions.pipeline import worker
from sessions.signals import connection_events_recorded
from sessions.tests.factories import EndpointFactory, OngoingSessionEndpointFactory

pytestmark = [pytest.mark.asyncio, pytest.mark.django_db(transaction=True)]


def headers(cookie: str | None = None) -> list[tuple[bytes, bytes]]:
    items = [(b"origin", b"http://testserver"), (b"host", b"testserver")]
    if cookie:
        items.append((b"cookie", f"{settings.SESSION_COOKIE_NAME}={cookie}".encode()))
    return items


def cookie_for(user) -> str:
    client = Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


@sync_to_async
def two_sites():
    coordinator = UserFactory(role=Role.SITE_COORDINATOR)
    mine = OngoingSessionEndpointFactory(
        endpoint=EndpointFactory(coordinators=[coordinator])
    )
    theirs = OngoingSessionEndpointFactory(session=mine.session)
    return coordinator, mine, theirs


@sync_to_async
def user_cookie(role):
    return cookie_for(UserFactory(role=role))


@sync_to_async
def check_in_someone(link):
    code = checkin_codes.current_code(link.checkin_secret)
    return attendance_check_in(user=UserFactory(), code=code)


async def connect(session_id: int, cookie: str | None):
    communicator = WebsocketCommunicator(
        application, f"/ws/attendance/{session_id}/", headers=headers(cookie)
    )
    connected, code = await communicator.connect()
    return communicator, connected, code


async def test_organiser_gets_the_state_then_an_update_for_a_check_in():
    _, mine, theirs = await two_sites()
    communicator, connected, _ = await connect(
        mine.session_id, await user_cookie(Role.ORGANISER)
    )
    state = await communicator.receive_json_from()

    await check_in_someone(theirs)
    update = await communicator.receive_json_from(timeout=2)
    await communicator.disconnect()

    assert connected
    assert state["type"] == "state" and len(state["endpoints"]) == 2
    assert update["type"] == "updates"
    [row] = update["endpoints"]
    assert (row["endpoint_id"], row["checked_in"]) == (theirs.endpoint_id, 1)
    assert [change["kind"] for change in update["changes"]] == ["checkin"]


async def test_coordinator_receives_only_their_endpoints_updates():
    coordinator, mine, theirs = await two_sites()
    communicator, connected, _ = await connect(
        mine.session_id, await sync_to_async(cookie_for)(coordinator)
    )
    state = await communicator.receive_json_from()

    await check_in_someone(theirs)
    nothing = await communicator.receive_nothing(timeout=0.3)
    await check_in_someone(mine)
    update = await communicator.receive_json_from(timeout=2)
    await communicator.disconnect()

    assert connected
    assert [row["endpoint_id"] for row in state["endpoints"]] == [mine.endpoint_id]
    assert state["remote"] is None
    assert nothing
    assert [row["endpoint_id"] for row in update["endpoints"]] == [mine.endpoint_id]


async def test_coordinator_of_no_endpoint_in_the_session_is_refused():
    _, mine, _ = await two_sites()
    _, connected, code = await connect(
        mine.session_id, await user_cookie(Role.SITE_COORDINATOR)
    )

    assert not connected
    assert code == 4403


async def test_trainee_is_refused():
    _, mine, _ = await two_sites()
    _, connected, code = await connect(mine.session_id, await user_cookie(Role.TRAINEE))

    assert not connected
    assert code == 4403


async def test_anonymous_visitor_is_refused():
    _, mine, _ = await two_sites()
    _, connected, code = await connect(mine.session_id, None)

    assert not connected
    assert code == 4401


async def test_reconnecting_catches_up_from_the_server_state():
    coordinator, mine, _ = await two_sites()
    cookie = await sync_to_async(cookie_for)(coordinator)
    first, _, _ = await connect(mine.session_id, cookie)
    await first.receive_json_from()
    await first.disconnect()

    await check_in_someone(mine)  # missed while disconnected
    await sync_to_async(headcount_record)(
        by=coordinator, session_endpoint=mine, count=9
    )
    second, _, _ = await connect(mine.session_id, cookie)
    state = await second.receive_json_from()
    await second.disconnect()

    [row] = state["endpoints"]
    assert (row["checked_in"], row["headcount"]) == (1, 9)


async def test_connection_events_update_the_endpoint_connection_state():
    _, mine, _ = await two_sites()
    communicator, _, _ = await connect(
        mine.session_id, await user_cookie(Role.ORGANISER)
    )
    await communicator.receive_json_from()

    @sync_to_async
    def record():
        session = mine.session
        event = ConnectionEvent.objects.create(
            session=session,
            room_name=session.room_name,
            kind="joined",
            source="prosody",
            idempotency_key="dashboard-test-1",
            participant_key="room@x",
            endpoint=mine.endpoint,
            occurred_at=session.starts_at,
        )
        connection_events_recorded.send(
            sender=ConnectionEvent, session_id=session.pk, events=[event]
        )

    await record()
    update = await communicator.receive_json_from(timeout=2)
    await communicator.disconnect()

    assert update["endpoints"][0]["connection"] == "connected"


async def test_update_arrives_within_a_second():
    _, mine, _ = await two_sites()
    communicator, _, _ = await connect(
        mine.session_id, await user_cookie(Role.ORGANISER)
    )
    await communicator.receive_json_from()
    loop = asyncio.get_running_loop()

    started = loop.time()
    await check_in_someone(mine)
    await communicator.receive_json_from(timeout=1)
    await communicator.disconnect()

    assert loop.time() - started < 1


async def test_a_burst_of_check_ins_arrives_as_one_message_with_every_change(
    monkeypatch,
):
    monkeypatch.setattr(worker, "WINDOW", 1.5)
    _, mine, theirs = await two_sites()
    communicator, _, _ = await connect(
        mine.session_id, await user_cookie(Role.ORGANISER)
    )
    await communicator.receive_json_from()

    @sync_to_async
    def burst():
        for link in (mine, mine, theirs):
            code = checkin_codes.current_code(link.checkin_secret)
            attendance_check_in(user=UserFactory(), code=code)

    await burst()
    update = await communicator.receive_json_from(timeout=4)
    await communicator.disconnect()

    counts = {row["endpoint_id"]: row["checked_in"] for row in update["endpoints"]}
    assert counts == {mine.endpoint_id: 2, theirs.endpoint_id: 1}
    assert len(update["changes"]) == 3
