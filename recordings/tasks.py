from django_tasks import task

from .copying import recording_file_copy
from .models import Recording


@task()
def recording_copy(recording_id: int) -> None:
    recording = Recording.objects.filter(pk=recording_id).first()
    if recording is not None:
        recording_file_copy(recording=recording)
