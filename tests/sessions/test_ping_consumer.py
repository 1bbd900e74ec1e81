import pytest
from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.test import Client

from accounts.tests.factories import UserFactory
from config.asgi import application

pytestmark = [pytest.mark.asyncio, pytest.mark.django_db(transaction=True)]


@sync_to_async
def session_cookie_for_new_user() -> tuple[int, str]:
    user = UserFactory()
    client = Client()
    client.force_login(user)
    return user.pk, client.cookies[settings.SESSION_COOKIE_NAME].value


def headers(cookie: str | None = None) -> list[tuple[bytes, bytes]]:
    items = [(b"origin", b"http://testserver"), (b"host", b"testserver")]
    if cookie:
        items.append((b"cookie", f"{settings.SESSION_COOKIE_NAME}={cookie}".encode()))
    return items


async def test_anonymous_connection_is_refused():
    communicator = WebsocketCommunicator(application, "/ws/ping/", headers=headers())

    connected, code = await communicator.connect()

    assert not connected
    assert code == 4401


async def test_authenticated_ping_gets_a_pong():
    user_id, cookie = await session_cookie_for_new_user()
    communicator = WebsocketCommunicator(
        application, "/ws/ping/", headers=headers(cookie)
    )

    connected, _ = await communicator.connect()
    await communicator.send_json_to({"type": "ping"})
    reply = await communicator.receive_json_from()
    await communicator.disconnect()

    assert connected
    assert reply == {"type": "pong", "user": user_id}


async def test_foreign_origin_is_refused():
    _, cookie = await session_cookie_for_new_user()
    communicator = WebsocketCommunicator(
        application,
        "/ws/ping/",
        headers=[(b"origin", b"https://evil.example"), *headers(cookie)[1:]],
    )

    connected, _ = await communicator.connect()

    assert not connected
