"""JaaS's links are pre-authenticated for 24 hours only: the file is copied into
private storage through the platform's Jitsi client, and the link then dropped."""

import logging
import tempfile

import httpx
from django.core.files import File

from sessions.jitsi.client import JitsiClient, JitsiError

from .models import Recording
from .uploads import FILE_TYPES, HEAD_BYTES, FileType, max_upload_bytes

logger = logging.getLogger(__name__)


def _recognised(head: bytes, kind: str) -> tuple[str, FileType] | None:
    for extension, file_type in FILE_TYPES.items():
        if file_type.kind == kind and file_type.looks_right(head):
            return extension, file_type
    return None


def recording_file_copy(
    *, recording: Recording, transport: httpx.BaseTransport | None = None
) -> bool:
    """Copy a JaaS recording's file in; False (the link kept) when it cannot be."""
    if recording.is_file or recording.source != Recording.Source.JAAS:
        return False
    with tempfile.TemporaryFile() as buffer:
        try:
            with JitsiClient(transport=transport) as client:
                size = client.download(
                    recording.url, buffer, max_bytes=max_upload_bytes()
                )
        except JitsiError as error:
            logger.warning("Recording %s not copied: %s", recording.pk, error)
            return False
        buffer.seek(0)
        recognised = _recognised(buffer.read(HEAD_BYTES), recording.kind)
        if recognised is None:
            logger.warning("Recording %s not copied: unknown file type", recording.pk)
            return False
        extension, file_type = recognised
        buffer.seek(0)
        recording.file.save(f"jaas{extension}", File(buffer), save=False)
    recording.url = ""
    recording.link_expires_at = None
    recording.content_type = file_type.content_type
    recording.size_bytes = size
    try:
        recording.full_clean()
        recording.save(
            update_fields=[
                "file",
                "url",
                "link_expires_at",
                "content_type",
                "size_bytes",
            ]
        )
    except Exception:
        # Not recorded against the recording: the stored copy would be an orphan.
        recording.file.delete(save=False)
        raise
    return True
