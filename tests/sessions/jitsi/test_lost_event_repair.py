"""Lost events repaired from what Jitsi does send: room/destroyed's ``all_occupants``
and the room's end, through the real webhook and the real finalisation."""

import json
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse

from sessions.attendance.services import attendance_finalise
from sessions.jitsi import payloads
from sessions.models import Attendance, ConnectionEvent
from sessions.pipeline.summaries import session_presence
from sessions.tests.factories import EndedSessionFactory

from .conftest import SECRET
from .fake_jitsi import FakeJitsi

pytestmark = pytest.mark.django_db


def deliver(path: str, payload: dict) -> None:
    response = Client().post(
        f"/jitsi/events/{path}",
        json.dumps(payload),
        content_type="application/json",
        headers={"Authorization": f"Bearer {SECRET}"},
    )
    assert response.status_code == 204


@pytest.fixture
def ended():
    """A 60-minute session that ended a minute ago."""
    return EndedSessionFactory()


def at(session, minute: int):
    return session.starts_at + timedelta(minutes=minute)


def test_an_early_leaver_whose_left_was_lost_is_counted_to_their_real_leave(
    ended, trainee
):
    fake = FakeJitsi()
    identity = f"user:{trainee.pk}"
    deliver(
        *fake.join(ended.room_name, name="Nhung", identity=identity, at=at(ended, 0))
    )
    jid = next(iter(fake.rooms[ended.room_name]))
    fake.drop_silently(ended.room_name, jid, at=at(ended, 20))  # left: lost
    deliver(*fake.destroy(ended.room_name, at=at(ended, 60)))

    attendance_finalise(session=ended)

    row = Attendance.objects.get(session=ended, user=trainee)
    assert (row.minutes_present, row.status) == (20, Attendance.Status.LEFT_EARLY)


def test_a_room_record_naming_an_unknown_account_makes_no_row(ended):
    fake = FakeJitsi()
    fake.join(ended.room_name, name="Oanh", identity="user:999999", at=at(ended, 0))
    deliver(*fake.destroy(ended.room_name, at=at(ended, 60)))

    attendance_finalise(session=ended)

    assert not Attendance.objects.filter(session=ended).exists()


def test_an_interval_still_open_when_the_room_is_destroyed_is_closed_then(
    ended, trainee
):
    deliver(
        "occupant/joined",
        payloads.event_sync_occupant(
            path="occupant/joined",
            room=ended.room_name,
            muc_domain="muc.meet.jitsi",
            occupant=payloads.occupant(
                jid="a@meet.jitsi/x",
                joined_at=at(ended, 0),
                identity=f"user:{trainee.pk}",
                name="Nhung",
            ),
            active=1,
        ),
    )
    # A destroyed room whose record was cut short (no occupants in it).
    deliver(
        "room/destroyed",
        payloads.event_sync_room(
            path="room/destroyed",
            room=ended.room_name,
            muc_domain="muc.meet.jitsi",
            created_at=at(ended, 0),
            destroyed_at=at(ended, 30),
            all_occupants=[],
        ),
    )

    [interval] = session_presence(session_id=ended.pk).users[trainee.pk]

    assert (interval.start, interval.end) == (at(ended, 0), at(ended, 30))


def test_a_breakout_room_ending_does_not_close_the_main_room(ended, trainee):
    fake = FakeJitsi()
    deliver(
        *fake.join(
            ended.room_name,
            name="Nhung",
            identity=f"user:{trainee.pk}",
            at=at(ended, 0),
        )
    )
    payload = payloads.event_sync_room(
        path="room/destroyed",
        room=ended.room_name,
        muc_domain="muc.meet.jitsi",
        created_at=at(ended, 5),
        destroyed_at=at(ended, 10),
        all_occupants=[],
    )
    payload["breakout_room_id"] = "breakout-1"
    deliver("room/destroyed", payload)

    [interval] = session_presence(session_id=ended.pk).users[trainee.pk]

    assert interval.end is None


def test_the_report_says_how_many_intervals_were_repaired_and_how(
    ended, trainee, organiser, client_for
):
    fake = FakeJitsi()
    deliver(
        *fake.join(
            ended.room_name,
            name="Nhung",
            identity=f"user:{trainee.pk}",
            at=at(ended, 0),
        )
    )
    jid = next(iter(fake.rooms[ended.room_name]))
    fake.drop_silently(ended.room_name, jid, at=at(ended, 20))
    deliver(*fake.destroy(ended.room_name, at=at(ended, 25)))
    ConnectionEvent.objects.create(
        session=ended,
        room_name=ended.room_name,
        kind="joined",
        source="reconciliation",
        idempotency_key="rec-1",
        participant_key="muc:x",
        user=trainee,
        occurred_at=at(ended, 40),
    )
    ConnectionEvent.objects.create(
        session=ended,
        room_name=ended.room_name,
        kind="room_destroyed",
        source="prosody",
        idempotency_key="destroyed-2",
        occurred_at=at(ended, 50),
        payload={"room_name": ended.room_name, "all_occupants": []},
    )
    url = reverse("attendance-session-report", kwargs={"session_id": ended.pk})

    repairs = session_presence(session_id=ended.pk).repairs
    page = client_for(organiser).get(url)

    assert (repairs.by_room_record, repairs.by_reconciliation) == (1, 1)
    assert repairs.at_room_end == 0  # the reconciled one counts as reconciliation
    assert "data-repairs" in page.text
