import io

import pytest
from django.core.management import call_command

from sessions.demo import SEED_SESSION_TITLE
from sessions.models import ConnectionEvent, LiveSession
from sessions.tests.presence import presence_by_identity

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded() -> LiveSession:
    call_command("seed_demo", verbosity=0)
    return LiveSession.objects.get(title=SEED_SESSION_TITLE)


def test_seed_schedules_the_conference_with_the_hub_and_eleven_endpoints(seeded):
    assert seeded.session_endpoints.count() == 12
    assert seeded.presenter.email == "lecturer@demo.local"
    assert seeded.status == LiveSession.Status.LIVE
    assert seeded.session_endpoints.get(endpoint__code="cao-loc").expected_headcount


def test_seeding_twice_keeps_one_session(seeded):
    call_command("seed_demo", verbosity=0)

    assert LiveSession.objects.filter(title=SEED_SESSION_TITLE).count() == 1


def test_simulate_session_sends_events_through_the_webhook(seeded):
    call_command("simulate_session", seeded.pk, "--all", stdout=io.StringIO())

    presence = presence_by_identity(seeded)
    assert "endpoint:so-tttt" in presence
    assert "endpoint:trang-dinh" in presence
    assert f"user:{seeded.presenter.pk}" in presence
    assert ConnectionEvent.objects.filter(session=seeded, source="prosody").exists()


def test_simulating_twice_stores_nothing_new(seeded):
    call_command("simulate_session", seeded.pk, "--all", stdout=io.StringIO())
    count = ConnectionEvent.objects.count()

    call_command("simulate_session", seeded.pk, "--all", stdout=io.StringIO())

    assert ConnectionEvent.objects.count() == count


def test_simulating_now_sends_only_what_has_happened(seeded):
    call_command("simulate_session", seeded.pk, stdout=io.StringIO())

    assert not ConnectionEvent.objects.filter(kind="room_destroyed").exists()
    assert ConnectionEvent.objects.filter(kind="joined").exists()


def test_following_sends_the_rest_of_the_session_as_it_happens(seeded):
    call_command(
        "simulate_session",
        seeded.pk,
        "--follow",
        "--speed",
        "1e9",
        stdout=io.StringIO(),
    )

    assert ConnectionEvent.objects.filter(kind="room_destroyed").exists()
