"""Files embedded in a Moodle XML question, kept as Wagtail images and documents.

Moodle writes ``<img src="@@PLUGINFILE@@/name.png">`` in a text and the file itself
base64-encoded beside it; the import stores each file (an image when Willow can
read it and Wagtail accepts its extension, otherwise a document) and rewrites the
references to the stored file's address.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import PurePosixPath
from urllib.parse import quote

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import models
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.fields import get_allowed_image_extensions
from willow.image import Image as WillowImage
from willow.image import UnrecognisedImageFormatError

from .moodle import EmbeddedFile

PLUGINFILE = "@@PLUGINFILE@@/"


def _is_image(file: EmbeddedFile) -> bool:
    extension = PurePosixPath(file.name).suffix.lower().lstrip(".")
    if extension not in get_allowed_image_extensions():
        return False
    try:
        WillowImage.open(BytesIO(file.content))
    except (UnrecognisedImageFormatError, OSError, ValueError):
        return False
    return True


def _document_allowed(file: EmbeddedFile) -> bool:
    extension = PurePosixPath(file.name).suffix.lower().lstrip(".")
    allowed = getattr(settings, "WAGTAILDOCS_EXTENSIONS", None)
    return allowed is None or extension in allowed


def store_embedded_file(file: EmbeddedFile) -> str | None:
    """Store one file; its public address, or None for a file type not allowed."""
    name = PurePosixPath(file.name).name or "file"
    if _is_image(file):
        image = get_image_model()(
            title=name[:255], file=ContentFile(file.content, name=name)
        )
        image.save()
        return image.file.url
    if not _document_allowed(file):
        return None
    document = get_document_model()(
        title=name[:255], file=ContentFile(file.content, name=name)
    )
    document.save()
    return document.url


def _rewrite(value: str, urls: dict[str, str]) -> str:
    for name, url in urls.items():
        for written in {quote(name), name}:
            value = value.replace(PLUGINFILE + written, url)
    return value


def rewrite_references(objects: list[models.Model], urls: dict[str, str]) -> None:
    """Point every ``@@PLUGINFILE@@/<name>`` in the objects' text fields at ``urls``."""
    for obj in objects:
        for field in obj._meta.concrete_fields:
            value = getattr(obj, field.attname, None)
            if isinstance(value, str) and PLUGINFILE in value:
                setattr(obj, field.attname, _rewrite(value, urls))
