"""The ASGI fast path answers webhooks like the Django views do."""

import asyncio
import json
from datetime import UTC, datetime

import httpx
import pytest

from sessions.jitsi import batching, payloads
from sessions.jitsi.asgi import JitsiWebhookFastPath
from sessions.models import ConnectionEvent

from .conftest import SECRET

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.asyncio]
AT = datetime(2026, 11, 27, 1, 0, tzinfo=UTC)


async def django_app(scope, receive, send):
    await send({"type": "http.response.start", "status": 299, "headers": []})
    await send({"type": "http.response.body", "body": b"django"})


def joined_payload(room: str, jid: str = "a@meet.jitsi/x") -> bytes:
    occupant = payloads.occupant(jid=jid, joined_at=AT)
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


def post(client, room: str, jid: str):
    return client.post(
        "/jitsi/events/occupant/joined",
        content=joined_payload(room, jid),
        headers=payloads.event_sync_headers(SECRET),
    )


async def test_concurrent_events_are_stored_together_each_once(
    client, session, monkeypatch
):
    batches = []
    record = batching.connection_events_record

    def recording(*, events):
        batches.append(len(events))
        return record(events=events)

    monkeypatch.setattr(batching, "connection_events_record", recording)
    jids = [f"p{n}@meet.jitsi/x" for n in range(20)]

    responses = await asyncio.gather(
        *(post(client, session.room_name, jid) for jid in jids + jids[:5])
    )

    assert {response.status_code for response in responses} == {204}
    assert await ConnectionEvent.objects.filter(session=session).acount() == 20
    assert max(batches) > 1


async def test_an_event_the_database_refuses_is_answered_503_not_500(
    client, session, monkeypatch
):
    def refusing(*, events):
        raise RuntimeError("database unreachable")

    monkeypatch.setattr(batching, "connection_events_record", refusing)

    response = await post(client, session.room_name, "a@meet.jitsi/x")

    assert response.status_code == 503


async def test_one_bad_event_in_a_batch_fails_only_its_own_request(
    client, session, monkeypatch
):
    record = batching.connection_events_record

    def refusing_one(*, events):
        if any(event.participant_key.startswith("bad") for event in events):
            raise RuntimeError("this event cannot be stored")
        return record(events=events)

    monkeypatch.setattr(batching, "connection_events_record", refusing_one)
    jids = ["bad@meet.jitsi/x"] + [f"p{n}@meet.jitsi/x" for n in range(10)]

    responses = await asyncio.gather(
        *(post(client, session.room_name, jid) for jid in jids)
    )

    assert [r.status_code for r in responses] == [503] + [204] * 10
    assert await ConnectionEvent.objects.filter(session=session).acount() == 10


async def test_a_database_out_of_reach_fails_the_batch_at_once(
    client, session, monkeypatch
):
    from django.db import OperationalError

    calls = []

    def unreachable(*, events):
        calls.append(len(events))
        raise OperationalError("connection refused")

    monkeypatch.setattr(batching, "connection_events_record", unreachable)
    jids = [f"p{n}@meet.jitsi/x" for n in range(10)]

    responses = await asyncio.gather(
        *(post(client, session.room_name, jid) for jid in jids)
    )

    assert {r.status_code for r in responses} == {503}
    assert len(calls) < len(jids)  # never one attempt per event
