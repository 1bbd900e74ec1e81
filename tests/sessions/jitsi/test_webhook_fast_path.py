"""The ASGI fast path answers webhooks like the Django views do."""

import json
from datetime import UTC, datetime

import httpx
import pytest

from sessions.jitsi import payloads
from sessions.jitsi.asgi import JitsiWebhookFastPath
from sessions.models import ConnectionEvent

from .conftest import SECRET

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.asyncio]
AT = datetime(2026, 11, 27, 1, 0, tzinfo=UTC)


async def django_app(scope, receive, send):
    await send({"type": "http.response.start", "status": 299, "headers": []})
    await send({"type": "http.response.body", "body": b"django"})


def joined_payload(room: str) -> bytes:
    occupant = payloads.occupant(jid="a@meet.jitsi/x", joined_at=AT)
    return json.dumps(
        payloads.event_sync_occupant(
            path="occupant/joined",
            room=room,
            muc_domain="muc.meet.jitsi",
            occupant=occupant,
            active=1,
        )
    ).encode()


@pytest.fixture
def client():
    transport = httpx.ASGITransport(app=JitsiWebhookFastPath(django_app))
    return httpx.AsyncClient(transport=transport, base_url="http://django:8000")


async def test_event_sync_post_is_stored_without_reaching_django(client, session):
    response = await client.post(
        "/jitsi/events/occupant/joined",
        content=joined_payload(session.room_name),
        headers=payloads.event_sync_headers(SECRET),
    )

    assert response.status_code == 204
    assert await ConnectionEvent.objects.filter(session=session).acount() == 1


async def test_wrong_secret_is_refused_on_the_fast_path(client, session):
    response = await client.post(
        "/jitsi/events/occupant/joined",
        content=joined_payload(session.room_name),
        headers=payloads.event_sync_headers("wrong"),
    )

    assert response.status_code == 401
    assert not await ConnectionEvent.objects.aexists()


async def test_malformed_body_gets_400_on_the_fast_path(client, session):
    response = await client.post(
        "/jitsi/events/occupant/joined",
        content=b"[1, 2",
        headers=payloads.event_sync_headers(SECRET),
    )

    assert response.status_code == 400
    assert "not JSON" in response.json()["error"]


async def test_other_requests_go_to_django(client, db):
    response = await client.get("/jitsi/events/occupant/joined")

    assert (response.status_code, response.text) == (299, "django")
