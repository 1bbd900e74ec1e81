import pytest

from recordings.models import Recording
from recordings.tests.factories import LinkedRecordingFactory, UploadedRecordingFactory

pytestmark = pytest.mark.django_db


def delete_url(recording) -> str:
    return f"/recordings/{recording.pk}/delete/"


def test_an_organiser_removes_a_recording(session, organiser, client_for):
    recording = LinkedRecordingFactory(session=session)

    response = client_for(organiser).post(delete_url(recording))

    assert response.status_code == 302
    assert not Recording.objects.exists()


def test_removing_an_upload_deletes_its_file(
    session, organiser, django_capture_on_commit_callbacks, client_for
):
    recording = UploadedRecordingFactory(session=session)
    storage, name = recording.file.storage, recording.file.name

    with django_capture_on_commit_callbacks(execute=True):
        client_for(organiser).post(delete_url(recording))

    assert not storage.exists(name)


@pytest.mark.parametrize("role", ["enrolled", "lecturer", "coordinator"])
def test_only_organisers_remove_recordings(session, role, request, client_for):
    recording = LinkedRecordingFactory(session=session)

    response = client_for(request.getfixturevalue(role)).post(delete_url(recording))

    assert response.status_code == 403
    assert Recording.objects.exists()
