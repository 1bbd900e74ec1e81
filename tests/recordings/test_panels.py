"""Recordings on the session page and the course page: for those who may watch
them; the recorder's state and buttons for organisers."""

import pytest

from accounts.tests.factories import UserFactory
from recordings.models import JibriRun
from recordings.tests.factories import LinkedRecordingFactory, UploadedRecordingFactory

pytestmark = pytest.mark.django_db


def session_page(client, session) -> str:
    response = client.get(f"/sessions/{session.pk}/")
    assert response.status_code == 200
    return response.content.decode()


def test_an_enrolled_trainee_sees_the_recordings_on_the_session_page(
    session, enrolled, client_for
):
    recording = LinkedRecordingFactory(session=session, title="Buổi sáng")

    page = session_page(client_for(enrolled), session)

    assert "Buổi sáng" in page
    assert f"/recordings/{recording.pk}/" in page


def test_a_trainee_not_enrolled_sees_no_recordings_on_the_session_page(
    session, trainee, client_for
):
    recording = LinkedRecordingFactory(session=session, title="Buổi sáng")

    page = session_page(client_for(trainee), session)

    assert "Buổi sáng" not in page
    assert f"/recordings/{recording.pk}/" not in page


def test_an_uploaded_video_plays_on_the_page_from_the_platform(
    session, enrolled, client_for
):
    recording = UploadedRecordingFactory(session=session)

    page = session_page(client_for(enrolled), session)

    player = '<video class="recording__player" controls preload="metadata" src="{}"'
    assert player.format(f"/recordings/{recording.pk}/") in page


def test_a_trainee_does_not_see_the_recorder_buttons(session, enrolled, client_for):
    LinkedRecordingFactory(session=session)

    page = session_page(client_for(enrolled), session)

    assert 'data-action="start-recording"' not in page
    assert 'data-action="delete-recording"' not in page


def test_without_jibri_the_organiser_reads_that_recording_is_not_configured(
    session, organiser, client_for
):
    page = session_page(client_for(organiser), session)

    assert 'data-recorder-configured="no"' in page
    assert "Chưa cấu hình ghi hình trên máy chủ riêng" in page
    assert 'data-action="start-recording"' not in page


def test_with_jibri_the_organiser_can_start_recording(
    session, organiser, jibri, client_for
):
    page = session_page(client_for(organiser), session)

    assert 'data-recorder="idle"' in page
    assert 'data-action="start-recording"' in page


def test_while_jibri_records_the_page_says_so_and_offers_to_stop(
    session, organiser, jibri, client_for
):
    JibriRun.objects.create(
        session=session, recorder_session_id="taphuan-1-abc", started_by=organiser
    )

    page = session_page(client_for(organiser), session)

    assert 'data-recorder="recording"' in page
    assert "Đang ghi hình" in page
    assert 'data-action="stop-recording"' in page


def test_an_enrolled_trainee_sees_the_recordings_on_the_course_page(
    course, session, enrolled, client_for
):
    LinkedRecordingFactory(session=session, title="Buổi sáng")

    response = client_for(enrolled).get(course.url)

    assert 'data-panel="course-recordings"' in response.content.decode()
    assert "Buổi sáng" in response.content.decode()


def test_a_visitor_not_enrolled_sees_no_recordings_on_the_course_page(
    course, session, client_for
):
    LinkedRecordingFactory(session=session, title="Buổi sáng")

    for user in (None, UserFactory()):
        page = client_for(user).get(course.url).content.decode()
        assert "Buổi sáng" not in page


def test_the_course_page_leaves_out_other_courses_recordings(
    course, enrolled, client_for
):
    LinkedRecordingFactory(title="Khóa khác")

    page = client_for(enrolled).get(course.url).content.decode()

    assert "Khóa khác" not in page


def test_recordings_come_before_transcripts(session, enrolled, client_for):
    LinkedRecordingFactory(session=session, kind="transcript", title="Lời nói")
    LinkedRecordingFactory(session=session, title="Hình ảnh")

    page = session_page(client_for(enrolled), session)

    assert page.index("Hình ảnh") < page.index("Lời nói")
