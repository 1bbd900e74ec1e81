"""Whatever Jitsi (or anyone holding the secret) posts, the webhooks answer without a
server error: authenticated bodies of any shape are fuzzed through the test client."""

import json
import time

import pytest
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sessions.jitsi.webhooks import jaas_signature_header

from .conftest import JAAS_SECRET, SECRET

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

#: JSON values of any shape, with the strings a hostile sender would try.
texts = st.text(max_size=40) | st.sampled_from(
    ["\x00", "a\x00b", "x" * 300, "taphuan-abc", "user:²", "endpoint:cao-loc", ""]
)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | texts,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(texts, children, max_size=4)
    ),
    max_leaves=12,
)
event_sync_objects = st.fixed_dictionaries(
    {},
    optional={
        "room_name": json_values,
        "created_at": json_values,
        "destroyed_at": json_values,
        "breakout_room_id": json_values,
        "occupant": st.fixed_dictionaries(
            {},
            optional={
                "occupant_jid": json_values,
                "joined_at": json_values,
                "left_at": json_values,
                "id": json_values,
                "name": json_values,
            },
        )
        | json_values,
    },
)
jaas_objects = st.fixed_dictionaries(
    {},
    optional={
        "eventType": st.sampled_from(
            ["PARTICIPANT_JOINED", "PARTICIPANT_LEFT", "ROOM_CREATED", "RECORDING"]
        )
        | json_values,
        "idempotencyKey": json_values,
        "timestamp": json_values,
        "fqn": json_values,
        "data": st.fixed_dictionaries(
            {},
            optional={
                "participantJid": json_values,
                "participantId": json_values,
                "id": json_values,
                "name": json_values,
            },
        )
        | json_values,
    },
)


def as_body(value) -> bytes:
    return value if isinstance(value, bytes) else json.dumps(value).encode()


bodies = st.binary(max_size=300) | st.just(b"[" * 100_000) | st.just(b'{"a":' * 50_000)


@FUZZ
@given(
    path=st.sampled_from(
        ["room/created", "room/destroyed", "occupant/joined", "occupant/left"]
    ),
    body=event_sync_objects.map(as_body) | bodies,
)
@example(path="occupant/joined", body=b"[" * 100_000)
@example(path="room/created", body=b'{"room_name": "a\\u0000b", "created_at": 1}')
@example(
    path="occupant/joined",
    body=json.dumps(
        {
            "room_name": "taphuan-abc",
            "occupant": {"occupant_jid": "a@b", "joined_at": 1, "id": "user:\u00b2"},
        }
    ).encode(),
)
@example(
    path="occupant/joined",
    body=json.dumps(
        {
            "room_name": "taphuan-abc",
            "occupant": {
                "occupant_jid": "a@b",
                "joined_at": 1,
                "id": "user:" + "9" * 30,
            },
        }
    ).encode(),
)
def test_event_sync_never_answers_a_server_error(path, body):
    scope, action = path.split("/")
    response = Client(raise_request_exception=False).post(
        reverse("jitsi:event_sync", kwargs={"scope": scope, "action": action}),
        body,
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {SECRET}",
    )

    assert response.status_code in (204, 400)


@FUZZ
@given(body=jaas_objects.map(as_body) | bodies)
def test_jaas_never_answers_a_server_error(body):
    signature = jaas_signature_header(JAAS_SECRET, int(time.time()), body)

    response = Client(raise_request_exception=False).post(
        reverse("jitsi:jaas"),
        body,
        content_type="application/json",
        HTTP_X_JAAS_SIGNATURE=signature,
    )

    assert response.status_code in (204, 400)


@FUZZ
@given(signature=st.text(max_size=80))
def test_any_signature_header_is_refused_not_crashed(signature):
    response = Client(raise_request_exception=False).post(
        reverse("jitsi:jaas"),
        b"{}",
        content_type="application/json",
        HTTP_X_JAAS_SIGNATURE=signature.encode("utf-8", "replace").decode("latin-1"),
    )

    assert response.status_code == 401
