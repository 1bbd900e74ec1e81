"""Opening a recording: enrolled trainees, the course's lecturers, the session's
presenter and coordinators, and organisers; nobody else, whatever they guess."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from recordings.tests.factories import LinkedRecordingFactory, UploadedRecordingFactory
from sessions.tests.factories import EndpointFactory, SessionEndpointFactory

pytestmark = pytest.mark.django_db


def open_url(recording) -> str:
    return f"/recordings/{recording.pk}/"


@pytest.fixture
def linked(session):
    return LinkedRecordingFactory(session=session)


def test_anonymous_visitors_are_sent_to_log_in(linked, client_for):
    response = client_for(None).get(open_url(linked))

    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_an_enrolled_trainee_is_sent_to_the_link(linked, enrolled, client_for):
    response = client_for(enrolled).get(open_url(linked))

    assert response.status_code == 302
    assert response["Location"] == linked.url


def test_a_trainee_not_enrolled_gets_not_found(linked, trainee, client_for):
    assert client_for(trainee).get(open_url(linked)).status_code == 404


def test_a_coordinator_of_one_of_the_session_endpoints_may_open_it(
    linked, coordinator, client_for
):
    SessionEndpointFactory(
        session=linked.session, endpoint=EndpointFactory(coordinators=[coordinator])
    )

    assert client_for(coordinator).get(open_url(linked)).status_code == 302


def test_a_coordinator_of_another_session_gets_not_found(
    linked, coordinator, client_for
):
    SessionEndpointFactory(endpoint=EndpointFactory(coordinators=[coordinator]))

    assert client_for(coordinator).get(open_url(linked)).status_code == 404


def test_a_lecturer_of_the_course_may_open_it(linked, course, lecturer, client_for):
    course.lecturers.add(lecturer)
    course.save()

    assert client_for(lecturer).get(open_url(linked)).status_code == 302


def test_the_presenter_may_open_it(linked, lecturer, client_for):
    linked.session.presenter = lecturer
    linked.session.save()

    assert client_for(lecturer).get(open_url(linked)).status_code == 302


def test_a_lecturer_of_another_course_gets_not_found(linked, lecturer, client_for):
    assert client_for(lecturer).get(open_url(linked)).status_code == 404


def test_an_organiser_may_open_it(linked, organiser, client_for):
    assert client_for(organiser).get(open_url(linked)).status_code == 302


def test_an_uploaded_file_is_streamed_with_its_type_and_not_cached(
    session, enrolled, client_for
):
    recording = UploadedRecordingFactory(session=session)

    response = client_for(enrolled).get(open_url(recording))

    assert response.status_code == 200
    assert response["Content-Type"] == "video/mp4"
    assert response["Cache-Control"] == "private, no-store"
    assert b"".join(response.streaming_content).startswith(b"\x00\x00\x00\x18ftyp")


def test_an_uploaded_file_is_kept_outside_the_public_media_folder(session, settings):
    recording = UploadedRecordingFactory(session=session)

    assert recording.file.path.startswith(str(settings.PRIVATE_MEDIA_ROOT))


def test_a_trainee_not_enrolled_cannot_download_an_uploaded_file(session, client_for):
    recording = UploadedRecordingFactory(session=session)
    outsider = UserFactory(role=Role.TRAINEE)

    assert client_for(outsider).get(open_url(recording)).status_code == 404


def test_an_expired_link_is_not_followed_and_says_it_has_expired(
    session, enrolled, client_for
):
    expired = LinkedRecordingFactory(
        session=session, link_expires_at=timezone.now() - timedelta(minutes=1)
    )

    response = client_for(enrolled).get(open_url(expired))

    assert response.status_code == 410
    assert "Liên kết đã hết hạn" in response.text
    assert expired.url not in response.text


def test_a_link_still_valid_is_followed(session, enrolled, client_for):
    valid = LinkedRecordingFactory(
        session=session, link_expires_at=timezone.now() + timedelta(days=1)
    )

    response = client_for(enrolled).get(open_url(valid))

    assert (response.status_code, response["Location"]) == (302, valid.url)


def test_a_cancelled_sessions_recording_is_not_found_for_an_enrolled_trainee(
    session, enrolled, client_for
):
    recording = LinkedRecordingFactory(session=session)
    session.status = session.Status.CANCELLED
    session.save(update_fields=["status"])

    assert client_for(enrolled).get(open_url(recording)).status_code == 404


def test_an_organiser_still_opens_a_cancelled_sessions_recording(
    session, organiser, client_for
):
    recording = LinkedRecordingFactory(session=session)
    session.status = session.Status.CANCELLED
    session.save(update_fields=["status"])

    assert client_for(organiser).get(open_url(recording)).status_code == 302
