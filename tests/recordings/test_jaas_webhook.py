"""JaaS's RECORDING_UPLOADED and TRANSCRIPTION_UPLOADED, through the real webhook
path (signature check included), as 8x8 sends them."""

import time
from datetime import UTC, datetime, timedelta

import pytest
from django.db import IntegrityError
from django.test import Client

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from recordings.models import Recording
from sessions.jitsi import payloads
from sessions.models import ConnectionEvent

from .conftest import JAAS_SECRET

pytestmark = pytest.mark.django_db
APP = "vpaas-magic-cookie-0123456789abcdef0123456789abcdef"
#: A few minutes ago: JaaS's links stay valid for 24 hours from the event.
AT = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=5)
LINK = "https://recordings.8x8.vc/download/abc123?signature=xyz"


def send(payload: dict, *, secret: str = JAAS_SECRET):
    raw, headers = payloads.jaas_request(
        payload=payload, secret=secret, now=int(time.time())
    )
    headers.pop("Content-Type")
    return Client().post(
        "/jitsi/jaas/webhook", raw, content_type="application/json", headers=headers
    )


def uploaded(room: str, *, event_type="RECORDING_UPLOADED", key=None, **data) -> dict:
    return payloads.jaas_event(
        event_type=event_type,
        app_id=APP,
        room=room,
        at=AT,
        idempotency_key=key,
        data={
            "participants": [{"id": "user:1", "name": "Oanh"}],
            "share": True,
            "initiatorId": "user:1",
            "durationSec": 3725,
            "startTimestamp": 1795750000000,
            "endTimestamp": 1795753725000,
            "recordingSessionId": "f0e1d2c3",
            "preAuthenticatedLink": LINK,
            **data,
        },
    )


def test_signed_recording_uploaded_attaches_the_link_to_the_session(
    session, jaas_secret
):
    response = send(uploaded(session.room_name))

    assert response.status_code == 204
    recording = Recording.objects.get()
    assert (recording.session, recording.kind, recording.source, recording.url) == (
        session,
        Recording.Kind.VIDEO,
        Recording.Source.JAAS,
        LINK,
    )


def test_the_attached_recording_keeps_its_duration_and_link_lifetime(
    session, jaas_secret
):
    send(uploaded(session.room_name))

    recording = Recording.objects.get()
    assert recording.duration_seconds == 3725
    assert recording.link_expires_at == AT + timedelta(hours=24)


def test_an_enrolled_trainee_opens_the_attached_recording(
    session, enrolled, jaas_secret, client_for
):
    send(uploaded(session.room_name))
    recording = Recording.objects.get()

    response = client_for(enrolled).get(f"/recordings/{recording.pk}/")

    assert response.status_code == 302
    assert response["Location"] == LINK


def test_a_trainee_not_enrolled_cannot_open_the_attached_recording(
    session, jaas_secret, client_for
):
    send(uploaded(session.room_name))
    recording = Recording.objects.get()
    outsider = UserFactory(role=Role.TRAINEE)

    response = client_for(outsider).get(f"/recordings/{recording.pk}/")

    assert response.status_code == 404


def test_a_replayed_recording_uploaded_attaches_nothing_twice(session, jaas_secret):
    payload = uploaded(session.room_name, key="9e9e7420-562d-4659-8e22-44b9b22aaa49")
    send(payload)

    response = send(payload)

    assert response.status_code == 204
    assert Recording.objects.count() == 1


def test_the_database_refuses_a_second_recording_with_the_same_key(session):
    Recording.objects.create(
        session=session, kind="video", source="jaas", url=LINK, external_key="jaas:k"
    )

    with pytest.raises(IntegrityError):
        Recording.objects.create(
            session=session,
            kind="video",
            source="jaas",
            url=LINK,
            external_key="jaas:k",
        )


def test_transcription_uploaded_attaches_a_transcript(session, jaas_secret):
    send(uploaded(session.room_name, event_type="TRANSCRIPTION_UPLOADED"))

    assert Recording.objects.get().kind == Recording.Kind.TRANSCRIPT


def test_an_unsigned_recording_uploaded_is_refused_and_attaches_nothing(
    session, jaas_secret
):
    response = send(uploaded(session.room_name), secret="whsec_wrong")

    assert response.status_code == 401
    assert not Recording.objects.exists()


def test_a_link_that_is_not_https_is_refused(session, jaas_secret):
    response = send(
        uploaded(session.room_name, preAuthenticatedLink="http://insecure.example/x")
    )

    assert response.status_code == 400
    assert "preAuthenticatedLink" in response.json()["error"]
    assert not Recording.objects.exists()


def test_a_recording_of_a_room_no_session_owns_is_acknowledged_and_dropped(
    db, jaas_secret
):
    response = send(uploaded("not-ours"))

    assert response.status_code == 204
    assert not Recording.objects.exists()


def test_recording_events_are_not_stored_as_connection_events(session, jaas_secret):
    send(uploaded(session.room_name))

    assert not ConnectionEvent.objects.exists()
