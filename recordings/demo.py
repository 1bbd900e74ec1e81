"""The demo conference gets one linked recording, so a newcomer sees where
recordings appear (the session page and the course page, for enrolled trainees)."""

from collections.abc import Callable

from django.db import transaction

from accounts.seeding import seeder

DEMO_RECORDING_TITLE = "Bản ghi hình hội nghị 17/10/2019 (liên kết mẫu của bản demo)"
#: A reserved example address: the demo has no real recording to point to.
DEMO_RECORDING_URL = "https://example.com/taphuan/hoi-nghi-17-10-2019.mp4"


@seeder(order=45)
@transaction.atomic
def seed_recording(log: Callable[[str], None]) -> None:
    from sessions.demo import SEED_SESSION_TITLE
    from sessions.models import LiveSession

    from .models import Recording

    session = LiveSession.objects.filter(title=SEED_SESSION_TITLE).first()
    if session is None:
        return
    Recording.objects.update_or_create(
        session=session,
        source=Recording.Source.LINK,
        title=DEMO_RECORDING_TITLE,
        defaults={"kind": Recording.Kind.VIDEO, "url": DEMO_RECORDING_URL},
    )
    log(f"Recording: a sample link on {session.title}.")
