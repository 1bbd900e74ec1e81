"""Several events stored in one statement: only the new ones, each once, named."""

from datetime import UTC, datetime, timedelta

import pytest

from accounts.tests.factories import UserFactory
from sessions.jitsi.services import connection_events_record
from sessions.jitsi.webhooks import ParsedEvent
from sessions.models import ConnectionEvent
from sessions.signals import connection_events_recorded

pytestmark = pytest.mark.django_db
START = datetime(2026, 11, 27, 1, 0, tzinfo=UTC)


def joined(session, n: int, identity: str = "") -> ParsedEvent:
    return ParsedEvent(
        kind="joined",
        source="prosody",
        room_name=session.room_name,
        idempotency_key=f"key-{n}",
        occurred_at=START + timedelta(seconds=n),
        participant_key=f"p{n}@meet.jitsi/x",
        identity=identity,
    )


def test_only_the_new_events_are_stored_and_returned_with_their_ids(session):
    connection_events_record(events=[joined(session, 1), joined(session, 2)])

    stored = connection_events_record(
        events=[joined(session, n) for n in (1, 2, 3, 4, 3)]
    )

    assert sorted(row.idempotency_key for row in stored) == ["key-3", "key-4"]
    assert {row.pk for row in stored} == set(
        ConnectionEvent.objects.filter(
            idempotency_key__in=["key-3", "key-4"]
        ).values_list("pk", flat=True)
    )
    assert ConnectionEvent.objects.count() == 4


def test_the_signal_names_only_the_new_events_of_a_batch(
    session, django_capture_on_commit_callbacks
):
    connection_events_record(events=[joined(session, 1)])
    received = []

    def receiver(sender, session_id, events, **kwargs):
        received.append(sorted(event.idempotency_key for event in events))

    connection_events_recorded.connect(receiver)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            connection_events_record(events=[joined(session, n) for n in (1, 2, 3)])
    finally:
        connection_events_recorded.disconnect(receiver)

    assert received == [["key-2", "key-3"]]


def test_accounts_are_kept_if_they_exist_and_left_empty_if_not(session):
    trainee = UserFactory()

    stored = connection_events_record(
        events=[
            joined(session, 1, identity=f"user:{trainee.pk}"),
            joined(session, 2, identity="user:999999"),
        ]
    )

    by_key = {row.idempotency_key: row for row in stored}
    assert by_key["key-1"].user_id == trainee.pk
    assert by_key["key-2"].user_id is None
