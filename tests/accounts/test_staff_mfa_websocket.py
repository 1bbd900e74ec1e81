"""The staff-MFA rule holds for WebSockets too (the live attendance dashboard)."""

import pytest
from allauth.mfa.models import Authenticator
from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.test import Client

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from config.asgi import application
from sessions.tests.factories import OngoingSessionEndpointFactory

pytestmark = [pytest.mark.asyncio, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def mfa_required(settings):
    settings.PLATFORM_REQUIRE_STAFF_MFA = True


@sync_to_async
def organiser_and_session(*, with_totp: bool):
    organiser = UserFactory(role=Role.ORGANISER)
    if with_totp:
        Authenticator.objects.create(
            user=organiser, type=Authenticator.Type.TOTP, data={}
        )
    client = Client()
    client.force_login(organiser)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    return cookie, OngoingSessionEndpointFactory().session_id


async def connect(session_id: int, cookie: str) -> tuple[bool, int | None]:
    communicator = WebsocketCommunicator(
        application,
        f"/ws/attendance/{session_id}/",
        headers=[
            (b"origin", b"http://testserver"),
            (b"host", b"testserver"),
            (b"cookie", f"{settings.SESSION_COOKIE_NAME}={cookie}".encode()),
        ],
    )
    connected, code = await communicator.connect()
    await communicator.disconnect()
    return connected, code


async def test_an_organiser_without_totp_cannot_open_the_dashboard_socket(
    mfa_required,
):
    cookie, session_id = await organiser_and_session(with_totp=False)

    connected, code = await connect(session_id, cookie)

    assert (connected, code) == (False, 4403)


async def test_an_organiser_with_totp_opens_the_dashboard_socket(mfa_required):
    cookie, session_id = await organiser_and_session(with_totp=True)

    connected, _ = await connect(session_id, cookie)

    assert connected


async def test_without_the_mfa_rule_an_organiser_opens_the_dashboard_socket():
    cookie, session_id = await organiser_and_session(with_totp=False)

    connected, _ = await connect(session_id, cookie)

    assert connected
