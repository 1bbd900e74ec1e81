import pytest

from recordings.demo import DEMO_RECORDING_URL, seed_recording
from recordings.models import Recording
from sessions.demo import SEED_SESSION_TITLE
from sessions.tests.factories import LiveSessionFactory

pytestmark = pytest.mark.django_db


def test_the_demo_conference_gets_one_linked_recording_however_often_it_is_seeded():
    session = LiveSessionFactory(title=SEED_SESSION_TITLE)

    seed_recording(lambda line: None)
    seed_recording(lambda line: None)

    recording = Recording.objects.get()
    assert (recording.session, recording.source, recording.url) == (
        session,
        Recording.Source.LINK,
        DEMO_RECORDING_URL,
    )
