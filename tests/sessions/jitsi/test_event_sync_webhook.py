import json
import random
from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from sessions.jitsi import payloads
from sessions.models import ConnectionEvent
from sessions.signals import connection_events_recorded
from sessions.tests.factories import EndpointFactory
from sessions.tests.presence import presence_by_identity

from .conftest import SECRET

pytestmark = pytest.mark.django_db
START = datetime(2026, 11, 27, 1, 0, tzinfo=UTC)


def post(path: str, payload, secret: str | None = SECRET, raw: bytes | None = None):
    headers = payloads.event_sync_headers(secret) if secret else {}
    headers.pop("Content-Type", None)
    body = raw if raw is not None else json.dumps(payload)
    return Client().post(
        f"/jitsi/events/{path}",
        body,
        content_type="application/json",
        headers=headers,
    )


def joined(room, jid, at, identity="", name="Ana", left_at=None):
    path = "occupant/left" if left_at else "occupant/joined"
    occupant = payloads.occupant(
        jid=jid, joined_at=at, left_at=left_at, identity=identity, name=name
    )
    return path, payloads.event_sync_occupant(
        path=path, room=room, muc_domain="muc.meet.jitsi", occupant=occupant, active=1
    )


def test_joined_event_is_stored_with_its_session_and_user(session, trainee):
    path, payload = joined(
        session.room_name, "a@meet.jitsi/x", START, f"user:{trainee.pk}"
    )

    response = post(path, payload)

    assert response.status_code == 204
    event = ConnectionEvent.objects.get()
    assert (event.session, event.user, event.kind, event.source) == (
        session,
        trainee,
        "joined",
        "prosody",
    )
    assert event.occurred_at == START


def test_an_account_that_no_longer_exists_is_stored_without_a_user(session):
    path, payload = joined(session.room_name, "a@meet.jitsi/x", START, "user:999999")

    response = post(path, payload)

    assert response.status_code == 204
    assert ConnectionEvent.objects.get().user_id is None


def test_endpoint_identity_maps_the_event_to_the_endpoint(session):
    endpoint = EndpointFactory(code="cao-loc")
    path, payload = joined(
        session.room_name, "b@meet.jitsi/y", START, "endpoint:cao-loc"
    )

    post(path, payload)

    assert ConnectionEvent.objects.get().endpoint == endpoint


def test_replayed_event_changes_nothing(session):
    path, payload = joined(session.room_name, "a@meet.jitsi/x", START)
    post(path, payload)
    before = list(ConnectionEvent.objects.values())

    response = post(path, payload)

    assert response.status_code == 204
    assert list(ConnectionEvent.objects.values()) == before


def test_shuffled_events_give_the_same_presence_as_in_order(session, trainee):
    identity = f"user:{trainee.pk}"
    events = []
    for index in range(4):
        start = START + timedelta(minutes=20 * index)
        jid = f"dev{index % 2}@meet.jitsi/r{index}"
        events.append(joined(session.room_name, jid, start, identity))
        events.append(
            joined(
                session.room_name,
                jid,
                start,
                identity,
                left_at=start + timedelta(minutes=15),
            )
        )
    for path, payload in events:
        post(path, payload)
    in_order = presence_by_identity(session)
    ConnectionEvent.objects.all().delete()

    random.Random(4).shuffle(events)
    for path, payload in events:
        post(path, payload)

    assert presence_by_identity(session) == in_order
    assert len(in_order[identity]) == 4


def test_missing_secret_gets_401_and_stores_nothing(session):
    path, payload = joined(session.room_name, "a@meet.jitsi/x", START)

    response = post(path, payload, secret=None)

    assert response.status_code == 401
    assert not ConnectionEvent.objects.exists()


def test_wrong_secret_gets_401_and_stores_nothing(session):
    path, payload = joined(session.room_name, "a@meet.jitsi/x", START)

    response = post(path, payload, secret="not-the-secret")

    assert response.status_code == 401
    assert not ConnectionEvent.objects.exists()


def test_no_configured_secret_refuses_every_request(session, settings):
    settings.JITSI_WEBHOOK_SECRET = ""
    path, payload = joined(session.room_name, "a@meet.jitsi/x", START)

    assert post(path, payload, secret="").status_code == 401


def test_malformed_body_gets_400_with_a_reason(session):
    response = post("occupant/joined", None, raw=b"{not json")

    assert response.status_code == 400
    assert "not JSON" in response.json()["error"]
    assert not ConnectionEvent.objects.exists()


def test_occupant_event_without_occupant_gets_400(session):
    response = post("occupant/joined", {"room_name": session.room_name})

    assert response.status_code == 400
    assert response.json()["error"] == "occupant must be an object"


def test_unknown_path_gets_400(session):
    assert post("occupant/kicked", {"room_name": "x"}).status_code == 400


def test_unknown_room_is_accepted_and_recorded_without_a_session(db):
    path, payload = joined("someone-elses-room", "a@meet.jitsi/x", START)

    response = post(path, payload)

    assert response.status_code == 204
    event = ConnectionEvent.objects.get()
    assert event.session is None
    assert event.room_name == "someone-elses-room"


def test_room_created_and_destroyed_are_stored(session):
    for path in ("room/created", "room/destroyed"):
        payload = payloads.event_sync_room(
            path=path,
            room=session.room_name,
            muc_domain="muc.meet.jitsi",
            created_at=START,
            destroyed_at=START + timedelta(hours=2) if "destroyed" in path else None,
        )
        assert post(path, payload).status_code == 204

    kinds = set(ConnectionEvent.objects.values_list("kind", flat=True))
    assert kinds == {"room_created", "room_destroyed"}


def test_get_is_not_allowed(session):
    response = Client().get("/jitsi/events/occupant/joined")

    assert response.status_code == 405


def test_signal_is_sent_after_commit_with_the_new_events(
    session, django_capture_on_commit_callbacks
):
    received = []

    def receiver(sender, session_id, events, **kwargs):
        received.append((session_id, [e.kind for e in events]))

    connection_events_recorded.connect(receiver)
    try:
        path, payload = joined(session.room_name, "a@meet.jitsi/x", START)
        with django_capture_on_commit_callbacks(execute=True):
            post(path, payload)
            post(path, payload)  # a replay sends nothing
    finally:
        connection_events_recorded.disconnect(receiver)

    assert received == [(session.pk, ["joined"])]


def statements(queries: CaptureQueriesContext) -> list[str]:
    """The statements a request ran, without the savepoints around them."""
    return [
        q["sql"].split()[0].upper()
        for q in queries.captured_queries
        if "SAVEPOINT" not in q["sql"].upper()
    ]


def test_webhook_stores_a_known_rooms_event_with_one_insert_and_no_select(
    session, trainee
):
    identity = f"user:{trainee.pk}"
    post(*joined(session.room_name, "a@meet.jitsi/x", START, identity))
    path, payload = joined(session.room_name, "b@meet.jitsi/y", START, identity)

    with CaptureQueriesContext(connection) as queries:
        post(path, payload)

    assert statements(queries) == ["INSERT"]


def test_a_new_persons_first_event_is_stored_with_one_insert_and_no_select(
    session, trainee
):
    post(*joined(session.room_name, "a@meet.jitsi/x", START))  # the room is known
    path, payload = joined(
        session.room_name, "b@meet.jitsi/y", START, f"user:{trainee.pk}"
    )

    with CaptureQueriesContext(connection) as queries:
        post(path, payload)

    assert statements(queries) == ["INSERT"]
    assert ConnectionEvent.objects.get(participant_key__startswith="b@").user == trainee
