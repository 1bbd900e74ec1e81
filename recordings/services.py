"""Writes: recordings attached (by JaaS, by hand) or removed, and Jibri started and
stopped through the platform's Jitsi client."""

import logging
import secrets
from datetime import datetime
from functools import partial

import httpx
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sessions.jitsi.client import JitsiClient, JitsiError
from sessions.models import LiveSession

from .conf import recorder_settings
from .models import JibriRun, Recording
from .tasks import recording_copy
from .uploads import FileType

logger = logging.getLogger(__name__)


class RecorderError(Exception):
    """Recording could not be started or stopped; the message is for the organiser."""


@transaction.atomic
def recording_jaas_attach(
    *,
    session_id: int,
    kind: str,
    url: str,
    external_key: str,
    meeting_session_id: str = "",
    duration_seconds: int | None = None,
    link_expires_at: datetime | None = None,
) -> Recording | None:
    """Attach what JaaS uploaded; ``None`` when this delivery was attached before."""
    if Recording.objects.filter(external_key=external_key).exists():
        return None
    recording = Recording(
        session_id=session_id,
        kind=kind,
        source=Recording.Source.JAAS,
        url=url,
        external_key=external_key,
        meeting_session_id=meeting_session_id,
        duration_seconds=duration_seconds,
        link_expires_at=link_expires_at,
    )
    recording.full_clean(validate_unique=False)
    try:
        with transaction.atomic():
            recording.save(force_insert=True)
    except IntegrityError:
        return None  # the same delivery, attached by a concurrent request
    if settings.RECORDING_COPY_JAAS_FILES:
        transaction.on_commit(partial(_copy_later, recording.pk))
    return recording


def _copy_later(recording_id: int) -> None:
    """Queue the copy; the attached link is stored whatever happens here (with the
    immediate task backend the copy runs now, inside the webhook's request)."""
    try:
        recording_copy.enqueue(recording_id)
    except Exception:
        logger.exception("copying recording %s failed; its link stays", recording_id)


@transaction.atomic
def recording_link_add(
    *, session: LiveSession, by, kind: str, url: str, title: str = ""
) -> Recording:
    recording = Recording(
        session=session,
        kind=kind,
        source=Recording.Source.LINK,
        title=title,
        url=url,
        created_by=by,
    )
    recording.full_clean()
    recording.save()
    return recording


@transaction.atomic
def recording_upload_add(
    *,
    session: LiveSession,
    by,
    upload: UploadedFile,
    file_type: FileType,
    title: str = "",
) -> Recording:
    """Store an upload already checked by ``uploads.upload_type_check``."""
    recording = Recording(
        session=session,
        kind=file_type.kind,
        source=Recording.Source.UPLOAD,
        title=title,
        content_type=file_type.content_type,
        size_bytes=upload.size,
        created_by=by,
    )
    recording.file.save(upload.name, upload, save=False)
    recording.full_clean()
    recording.save()
    return recording


def recording_delete(*, recording: Recording) -> None:
    stored = recording.file.name if recording.file else ""
    storage = recording.file.storage
    recording.delete()
    if stored:
        transaction.on_commit(lambda: storage.delete(stored))


def _recorder_failure(error: JitsiError) -> str:
    if error.status == 412:
        return _("The recorder is busy (it may be recording another session).")
    return _("The recorder did not answer as expected: %(reason)s") % {
        "reason": error.reason
    }


def _require_recorder():
    config = recorder_settings()
    if not config.is_configured:
        raise RecorderError(_("Self-hosted recording (Jibri) is not configured."))
    return config


def jibri_recording_start(
    *, session: LiveSession, by, transport: httpx.BaseTransport | None = None
) -> JibriRun:
    """Ask Jibri to record the session's room; at most one run per session at once.

    The row is written in the same transaction as the request to Jibri, so a refusal
    leaves nothing behind. Never retried: a start is not idempotent.
    """
    config = _require_recorder()
    run = JibriRun(
        session=session,
        recorder_session_id=f"taphuan-{session.pk}-{secrets.token_hex(6)}",
        started_by=by,
    )
    try:
        with transaction.atomic():
            run.full_clean()
            run.save()
            with JitsiClient(transport=transport) as client:
                client.recording_start(
                    recording_id=run.recorder_session_id,
                    base_url=config.base_url,
                    room=session.room_name,
                    login=config.login,
                )
    except (ValidationError, IntegrityError):
        raise RecorderError(_("This session is already being recorded.")) from None
    except JitsiError as error:
        logger.warning("Jibri refused to start recording %s: %s", session.pk, error)
        raise RecorderError(_recorder_failure(error)) from error
    return run


def jibri_recording_stop(
    *, session: LiveSession, by, transport: httpx.BaseTransport | None = None
) -> JibriRun:
    _require_recorder()
    run = JibriRun.objects.filter(session=session, stopped_at__isnull=True).first()
    if run is None:
        raise RecorderError(_("This session is not being recorded."))
    try:
        with JitsiClient(transport=transport) as client:
            client.recording_stop()
    except JitsiError as error:
        logger.warning("Jibri refused to stop recording %s: %s", session.pk, error)
        raise RecorderError(_recorder_failure(error)) from error
    run.stopped_at = timezone.now()
    run.stopped_by = by
    run.save(update_fields=["stopped_at", "stopped_by"])
    return run
