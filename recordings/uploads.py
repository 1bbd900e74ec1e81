"""What an organiser may upload as a recording: a few media and transcript types,
recognised by their extension *and* their first bytes, within a size limit."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from .models import Recording

HEAD_BYTES = 64
WRONG_TYPE = gettext_noop(
    "Upload an MP4, M4A, WebM, MP3 or OGG recording, or a PDF or WebVTT transcript."
)


def _iso_media(head: bytes) -> bool:
    return head[4:8] == b"ftyp"


def _webm(head: bytes) -> bool:
    return head.startswith(b"\x1a\x45\xdf\xa3")


def _mp3(head: bytes) -> bool:
    return head.startswith(b"ID3") or (
        len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0
    )


def _ogg(head: bytes) -> bool:
    return head.startswith(b"OggS")


def _pdf(head: bytes) -> bool:
    return head.startswith(b"%PDF-")


def _vtt(head: bytes) -> bool:
    return head.removeprefix(b"\xef\xbb\xbf").startswith(b"WEBVTT")


@dataclass(frozen=True)
class FileType:
    content_type: str
    kind: str
    looks_right: Callable[[bytes], bool]


VIDEO, TRANSCRIPT = Recording.Kind.VIDEO, Recording.Kind.TRANSCRIPT
#: Extension -> what the file must be.
FILE_TYPES = {
    ".mp4": FileType("video/mp4", VIDEO, _iso_media),
    ".m4a": FileType("audio/mp4", VIDEO, _iso_media),
    ".webm": FileType("video/webm", VIDEO, _webm),
    ".mp3": FileType("audio/mpeg", VIDEO, _mp3),
    ".ogg": FileType("audio/ogg", VIDEO, _ogg),
    ".pdf": FileType("application/pdf", TRANSCRIPT, _pdf),
    ".vtt": FileType("text/vtt", TRANSCRIPT, _vtt),
}


def max_upload_bytes() -> int:
    return settings.RECORDING_UPLOAD_MAX_MB * 1024 * 1024


def upload_type_check(*, upload: UploadedFile) -> FileType:
    """The file's type, or a ``ValidationError`` that says in words what is wrong."""
    limit = settings.RECORDING_UPLOAD_MAX_MB
    if upload.size > max_upload_bytes():
        raise ValidationError(
            _("The file is larger than %(limit)d MB.") % {"limit": limit}
        )
    file_type = FILE_TYPES.get(PurePath(upload.name or "").suffix.lower())
    if file_type is None:
        raise ValidationError(_(WRONG_TYPE))
    upload.seek(0)
    head = upload.read(HEAD_BYTES)
    upload.seek(0)
    if not file_type.looks_right(head):
        raise ValidationError(_("The file's content does not match its extension."))
    return file_type
