from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RecordingsConfig(AppConfig):
    """Recordings and transcripts of live sessions, shown to the people taking the
    course behind an access check."""

    name = "recordings"
    label = "recordings"
    verbose_name = _("Recordings")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from sessions.jitsi import jaas_events

        from .jaas import recording_uploaded_receive

        for event_type in ("RECORDING_UPLOADED", "TRANSCRIPTION_UPLOADED"):
            jaas_events.register(event_type, recording_uploaded_receive)
