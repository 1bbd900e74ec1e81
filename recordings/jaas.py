"""JaaS's RECORDING_UPLOADED and TRANSCRIPTION_UPLOADED: the link to what 8x8
recorded, attached to the session that owns the room (sessions.jitsi.jaas_events
calls this after the webhook's signature is checked)."""

import logging
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from sessions.jitsi.jaas_events import JaasEnvelope
from sessions.jitsi.services import session_id_for_room
from sessions.jitsi.webhooks import WebhookError

from .models import Recording
from .services import recording_jaas_attach

logger = logging.getLogger(__name__)

#: JaaS's pre-authenticated links may be downloaded within 24 hours.
LINK_LIFETIME = timedelta(hours=24)
KINDS = {
    "RECORDING_UPLOADED": Recording.Kind.VIDEO,
    "TRANSCRIPTION_UPLOADED": Recording.Kind.TRANSCRIPT,
}
_https = URLValidator(schemes=["https"])


def _link(data: dict) -> str:
    link = data.get("preAuthenticatedLink")
    if not isinstance(link, str) or len(link) > 2000:
        raise WebhookError(400, "data.preAuthenticatedLink must be an https URL")
    try:
        _https(link)
    except ValidationError:
        raise WebhookError(
            400, "data.preAuthenticatedLink must be an https URL"
        ) from None
    return link


def _duration(data: dict) -> int | None:
    value = data.get("durationSec")
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        return None
    return min(int(value), 2**31 - 1)


def recording_uploaded_receive(envelope: JaasEnvelope) -> None:
    link = _link(envelope.data)
    session_id = session_id_for_room(envelope.room_name)
    if session_id is None:
        logger.info("JaaS %s for a room no session owns", envelope.event_type)
        return
    recording_jaas_attach(
        session_id=session_id,
        kind=KINDS[envelope.event_type],
        url=link,
        external_key=f"jaas:{envelope.idempotency_key}",
        meeting_session_id=envelope.meeting_session_id,
        duration_seconds=_duration(envelope.data),
        link_expires_at=envelope.occurred_at + LINK_LIFETIME,
    )
