import pytest

from sessions.jitsi.identity import Identity, parse_identity
from sessions.models import ConnectionEvent

from .test_event_sync_webhook import START, joined, post


def test_a_user_identity_names_the_user():
    assert parse_identity("user:42") == Identity(user_id=42)


def test_an_endpoint_identity_names_the_endpoint():
    assert parse_identity("endpoint:cao-loc") == Identity(endpoint_code="cao-loc")


@pytest.mark.parametrize(
    "value",
    ["user:²", "user:٣", "user:4²", "user:", "user:-1", "user: 7", "user:1e3", None, 7],
    ids=[
        "superscript two",
        "arabic-indic digit",
        "digit then superscript",
        "empty",
        "negative",
        "space",
        "exponent",
        "none",
        "number",
    ],
)
def test_anything_but_ascii_digits_names_nobody(value):
    assert parse_identity(value) == Identity()


def test_a_number_too_large_for_a_primary_key_names_nobody():
    assert parse_identity("user:" + "9" * 40) == Identity()


@pytest.mark.django_db
def test_a_webhook_naming_user_superscript_two_is_stored_without_a_user(session):
    path, payload = joined(
        session.room_name, "a@meet.jitsi/x", START, identity="user:²"
    )

    response = post(path, payload)

    assert response.status_code == 204
    assert ConnectionEvent.objects.get().user is None
