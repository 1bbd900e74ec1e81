"""An organiser uploads a recording or links one; the form says in Vietnamese what
is wrong."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from recordings.models import Recording
from recordings.tests.factories import MP4_BYTES

pytestmark = pytest.mark.django_db


def add_url(session) -> str:
    return f"/recordings/session/{session.pk}/add/"


def mp4(name: str = "hoi-nghi.mp4", content: bytes = MP4_BYTES) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="video/mp4")


def test_an_organiser_links_a_recording(session, organiser, client_for):
    response = client_for(organiser).post(
        add_url(session),
        {"kind": "video", "title": "Buổi sáng", "url": "https://video.example.vn/a"},
    )

    assert response.status_code == 302
    recording = Recording.objects.get()
    assert (recording.source, recording.url, recording.created_by) == (
        Recording.Source.LINK,
        "https://video.example.vn/a",
        organiser,
    )


def test_an_organiser_uploads_a_recording(session, organiser, client_for):
    client_for(organiser).post(add_url(session), {"kind": "video", "file": mp4()})

    recording = Recording.objects.get()
    assert (recording.source, recording.content_type, recording.size_bytes) == (
        Recording.Source.UPLOAD,
        "video/mp4",
        len(MP4_BYTES),
    )
    assert recording.file.read() == MP4_BYTES


def test_an_upload_whose_content_is_not_its_type_is_refused(
    session, organiser, client_for
):
    response = client_for(organiser).post(
        add_url(session), {"kind": "video", "file": mp4(content=b"<html>hi</html>")}
    )

    assert response.status_code == 200
    assert "Nội dung tệp không khớp" in response.content.decode()
    assert not Recording.objects.exists()


def test_an_upload_of_a_type_not_accepted_is_refused(session, organiser, client_for):
    upload = SimpleUploadedFile("trinh-chieu.exe", b"MZ\x90\x00")

    response = client_for(organiser).post(
        add_url(session), {"kind": "video", "file": upload}
    )

    assert "Hãy tải lên bản ghi dạng MP4" in response.content.decode()
    assert not Recording.objects.exists()


def test_an_upload_over_the_size_limit_is_refused(
    session, organiser, client_for, settings
):
    settings.RECORDING_UPLOAD_MAX_MB = 0

    response = client_for(organiser).post(
        add_url(session), {"kind": "video", "file": mp4()}
    )

    assert "Tệp lớn hơn 0 MB" in response.content.decode()
    assert not Recording.objects.exists()


def test_a_transcript_uploaded_as_a_video_is_refused(session, organiser, client_for):
    upload = SimpleUploadedFile("loi-noi.vtt", b"WEBVTT\n\n00:00.000 --> 00:01.000\n")

    response = client_for(organiser).post(
        add_url(session), {"kind": "video", "file": upload}
    )

    assert "hãy chọn đúng loại" in response.content.decode()
    assert not Recording.objects.exists()


def test_a_plain_http_link_is_refused(session, organiser, client_for):
    response = client_for(organiser).post(
        add_url(session), {"kind": "video", "url": "http://video.example.vn/a"}
    )

    assert "phải bắt đầu bằng https://" in response.content.decode()
    assert not Recording.objects.exists()


def test_neither_a_file_nor_a_link_is_refused(session, organiser, client_for):
    response = client_for(organiser).post(add_url(session), {"kind": "video"})

    assert "chỉ một trong hai" in response.content.decode()


def test_a_trainee_may_not_add_a_recording(session, enrolled, client_for):
    response = client_for(enrolled).post(
        add_url(session), {"kind": "video", "url": "https://video.example.vn/a"}
    )

    assert response.status_code == 403
    assert not Recording.objects.exists()


def test_a_lecturer_may_not_add_a_recording(session, lecturer, client_for):
    assert client_for(lecturer).get(add_url(session)).status_code == 403


def test_a_coordinator_may_not_add_a_recording(session, coordinator, client_for):
    assert client_for(coordinator).get(add_url(session)).status_code == 403


def test_the_add_page_is_served_to_an_organiser(session, organiser, client_for):
    response = client_for(organiser).get(add_url(session))

    assert response.status_code == 200
    assert 'enctype="multipart/form-data"' in response.content.decode()
