import factory
from django.core.files.base import ContentFile

from recordings.models import Recording

#: The first bytes of an MP4 file ("ftyp" box), enough for the type check.
MP4_BYTES = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 64


class LinkedRecordingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Recording

    session = factory.SubFactory("sessions.tests.factories.EndedSessionFactory")
    kind = Recording.Kind.VIDEO
    source = Recording.Source.LINK
    title = factory.Sequence(lambda n: f"Bản ghi số {n}")
    url = factory.Sequence(lambda n: f"https://video.example.vn/ban-ghi-{n}.mp4")


class UploadedRecordingFactory(LinkedRecordingFactory):
    source = Recording.Source.UPLOAD
    url = ""
    content_type = "video/mp4"
    file = factory.LazyFunction(lambda: ContentFile(MP4_BYTES, name="hoi-nghi.mp4"))
    size_bytes = len(MP4_BYTES)
