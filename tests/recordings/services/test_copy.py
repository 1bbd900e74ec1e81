"""JaaS's recording links expire after a day: the file is copied into private
storage through the Jitsi client (a fake storage behind ``httpx.MockTransport``)."""

import httpx
import pytest

from recordings.copying import recording_file_copy
from recordings.models import Recording
from recordings.services import recording_jaas_attach
from recordings.tests.factories import MP4_BYTES

pytestmark = pytest.mark.django_db
LINK = "https://recordings.8x8.vc/download/abc123?signature=xyz"


def storage_answering(status: int = 200, content: bytes = MP4_BYTES):
    return httpx.MockTransport(lambda request: httpx.Response(status, content=content))


@pytest.fixture
def attached(session) -> Recording:
    return recording_jaas_attach(
        session_id=session.pk, kind="video", url=LINK, external_key="jaas:k1"
    )


def test_a_jaas_recording_is_copied_into_private_storage(attached, settings):
    assert recording_file_copy(recording=attached, transport=storage_answering())

    attached.refresh_from_db()
    assert attached.file.read() == MP4_BYTES
    assert attached.file.path.startswith(str(settings.PRIVATE_MEDIA_ROOT))
    assert (attached.url, attached.content_type, attached.size_bytes) == (
        "",
        "video/mp4",
        len(MP4_BYTES),
    )


def test_a_failed_download_keeps_the_link(attached):
    assert not recording_file_copy(
        recording=attached, transport=storage_answering(status=403)
    )

    attached.refresh_from_db()
    assert (attached.url, attached.file.name) == (LINK, "")


def test_a_file_over_the_size_limit_keeps_the_link(attached, settings):
    settings.RECORDING_UPLOAD_MAX_MB = 0

    assert not recording_file_copy(recording=attached, transport=storage_answering())

    attached.refresh_from_db()
    assert attached.url == LINK


def test_a_file_of_an_unknown_type_keeps_the_link(attached):
    transport = storage_answering(content=b"<html>not a video</html>")

    assert not recording_file_copy(recording=attached, transport=transport)

    attached.refresh_from_db()
    assert attached.url == LINK


def test_attaching_a_jaas_recording_queues_its_copy(
    session, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        recording_jaas_attach(
            session_id=session.pk, kind="video", url=LINK, external_key="jaas:k2"
        )

    assert len(callbacks) == 1


def test_no_copy_is_queued_when_copying_is_turned_off(
    session, settings, django_capture_on_commit_callbacks
):
    settings.RECORDING_COPY_JAAS_FILES = False

    with django_capture_on_commit_callbacks() as callbacks:
        recording_jaas_attach(
            session_id=session.pk, kind="video", url=LINK, external_key="jaas:k3"
        )

    assert callbacks == []


def test_a_copy_that_cannot_be_recorded_leaves_no_file_behind(
    attached, settings, monkeypatch
):
    from pathlib import Path

    def refusing(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(Recording, "save", refusing)

    with pytest.raises(RuntimeError):
        recording_file_copy(recording=attached, transport=storage_answering())

    stored = [p for p in Path(settings.PRIVATE_MEDIA_ROOT).rglob("*") if p.is_file()]
    assert stored == []
