"""Starting and stopping Jibri through the platform's httpx client, against a fake
Jibri behind ``httpx.MockTransport``."""

import pytest

from recordings.models import JibriRun
from recordings.services import (
    RecorderError,
    jibri_recording_start,
    jibri_recording_stop,
)

pytestmark = pytest.mark.django_db


def test_start_asks_jibri_to_record_the_session_room_to_a_file(
    session, organiser, jibri
):
    run = jibri_recording_start(
        session=session, by=organiser, transport=jibri.transport()
    )

    [(path, body)] = jibri.requests
    assert path == "/jibri/api/v1.0/startService"
    assert body == {
        "sessionId": run.recorder_session_id,
        "sinkType": "file",
        "callParams": {
            "callUrlInfo": {
                "baseUrl": "https://meet.example.vn",
                "callName": session.room_name,
            }
        },
        "callLoginParams": {
            "domain": "recorder.meet.jitsi",
            "username": "recorder",
            "password": "recorder-password",
        },
    }


def test_start_records_a_running_run(session, organiser, jibri):
    jibri_recording_start(session=session, by=organiser, transport=jibri.transport())

    run = JibriRun.objects.get()
    assert (run.session, run.started_by, run.stopped_at) == (session, organiser, None)


def test_stop_asks_jibri_to_stop_and_closes_the_run(session, organiser, jibri):
    jibri_recording_start(session=session, by=organiser, transport=jibri.transport())

    jibri_recording_stop(session=session, by=organiser, transport=jibri.transport())

    assert [path for path, _body in jibri.requests][-1] == (
        "/jibri/api/v1.0/stopService"
    )
    run = JibriRun.objects.get()
    assert run.stopped_at is not None
    assert run.stopped_by == organiser
    assert not jibri.busy


def test_a_busy_recorder_is_reported_and_leaves_no_run(session, organiser, jibri):
    jibri.busy = True

    with pytest.raises(RecorderError, match="bận"):
        jibri_recording_start(
            session=session, by=organiser, transport=jibri.transport()
        )

    assert not JibriRun.objects.exists()


def test_a_second_start_of_the_same_session_is_refused(session, organiser, jibri):
    jibri_recording_start(session=session, by=organiser, transport=jibri.transport())

    with pytest.raises(RecorderError, match="đang được ghi"):
        jibri_recording_start(
            session=session, by=organiser, transport=jibri.transport()
        )

    assert len(jibri.requests) == 1


def test_stopping_a_session_not_being_recorded_is_refused(session, organiser, jibri):
    with pytest.raises(RecorderError, match="không được ghi"):
        jibri_recording_stop(session=session, by=organiser, transport=jibri.transport())

    assert jibri.requests == []


def test_without_a_jibri_url_recording_says_it_is_not_configured(
    session, organiser, settings
):
    settings.JITSI_JIBRI_URL = ""

    with pytest.raises(RecorderError, match="Chưa cấu hình"):
        jibri_recording_start(session=session, by=organiser)
