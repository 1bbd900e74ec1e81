import time
from datetime import UTC, datetime

import pytest
from django.test import Client

from sessions.jitsi import payloads
from sessions.models import ConnectionEvent

from .conftest import JAAS_SECRET

pytestmark = pytest.mark.django_db
APP = "vpaas-magic-cookie-0123456789abcdef0123456789abcdef"
AT = datetime(2026, 11, 27, 1, 0, tzinfo=UTC)


def send(payload: dict, *, secret=JAAS_SECRET, now=None, body=None):
    raw, headers = payloads.jaas_request(
        payload=payload, secret=secret, now=now or int(time.time())
    )
    headers.pop("Content-Type")
    return Client().post(
        "/jitsi/jaas/webhook",
        body if body is not None else raw,
        content_type="application/json",
        headers=headers,
    )


def participant_joined(room: str, identity: str = "", key: str | None = None) -> dict:
    return payloads.jaas_event(
        event_type="PARTICIPANT_JOINED",
        app_id=APP,
        room=room,
        at=AT,
        idempotency_key=key,
        data={
            "conference": f"{room}@conference.{APP}.8x8.vc",
            "isBreakout": False,
            "moderator": False,
            "name": "Ana",
            "id": identity,
            "email": "",
            "participantId": "abcd1234",
            "participantJid": "fc1ea14a@8x8.vc",
        },
    )


def test_signed_participant_joined_is_stored(session, trainee):
    response = send(participant_joined(session.room_name, f"user:{trainee.pk}"))

    assert response.status_code == 204
    event = ConnectionEvent.objects.get()
    assert (event.session, event.user, event.kind, event.source) == (
        session,
        trainee,
        "joined",
        "jaas",
    )
    assert event.occurred_at == AT
    assert event.participant_key == "fc1ea14a@8x8.vc"


def test_replayed_idempotency_key_stores_nothing_new(session):
    payload = participant_joined(session.room_name, key="9e9e7420-562d")
    send(payload)

    response = send(payload)

    assert response.status_code == 204
    assert ConnectionEvent.objects.count() == 1


def test_bad_signature_gets_401_and_stores_nothing(session):
    response = send(participant_joined(session.room_name), secret="whsec_wrong")

    assert response.status_code == 401
    assert not ConnectionEvent.objects.exists()


def test_stale_signature_gets_401(session):
    response = send(participant_joined(session.room_name), now=int(time.time()) - 3600)

    assert response.status_code == 401
    assert "tolerance" in response.json()["error"]


def test_missing_signature_gets_401(session):
    response = Client().post(
        "/jitsi/jaas/webhook", b"{}", content_type="application/json"
    )

    assert response.status_code == 401


def test_event_types_not_kept_are_acknowledged_and_not_stored(session):
    payload = payloads.jaas_event(
        event_type="RECORDING_STARTED",
        app_id=APP,
        room=session.room_name,
        at=AT,
        data={},
    )

    assert send(payload).status_code == 204
    assert not ConnectionEvent.objects.exists()


def test_signed_but_malformed_body_gets_400(session):
    payload = participant_joined(session.room_name)
    del payload["timestamp"]

    response = send(payload)

    assert response.status_code == 400
    assert "timestamp" in response.json()["error"]


def test_unknown_room_is_accepted_and_recorded(db):
    assert send(participant_joined("not-ours")).status_code == 204
    assert ConnectionEvent.objects.get().session is None
