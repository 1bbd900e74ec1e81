"""The formats a question's text and feedback are written in, and safe rendering.

Moodle keeps a format beside every text (plain, Moodle auto-format, HTML, Markdown);
imports keep it, and every text is rendered through ``render_text``, which sanitises
whatever may carry HTML with nh3 (Ammonia) however it got into the database. Stored
HTML is sanitised on import too (``clean_for_storage``), so an export never carries
a script either.
"""

from __future__ import annotations

import html
import re

import markdown as markdown_lib
import nh3
from django.db import models
from django.template.defaultfilters import linebreaks_filter
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _


class TextFormat(models.TextChoices):
    PLAIN = "plain", _("Plain text")
    MOODLE = "moodle", _("Moodle auto-format")
    HTML = "html", _("HTML")
    MARKDOWN = "markdown", _("Markdown")


#: Moodle XML's ``format`` attribute → ours (Moodle's default is HTML).
MOODLE_XML_FORMATS: dict[str, str] = {
    "html": TextFormat.HTML,
    "moodle_auto_format": TextFormat.MOODLE,
    "plain_text": TextFormat.PLAIN,
    "markdown": TextFormat.MARKDOWN,
}
#: Ours → Moodle XML's ``format`` attribute.
TO_MOODLE_XML: dict[str, str] = {v: k for k, v in MOODLE_XML_FORMATS.items()}

#: Ammonia's default attributes, plus the table spans Moodle's editor writes.
_ATTRIBUTES = {tag: set(allowed) for tag, allowed in nh3.ALLOWED_ATTRIBUTES.items()}
for _cell in ("td", "th"):
    _ATTRIBUTES.setdefault(_cell, set()).update({"colspan", "rowspan"})


def sanitise_html(value: str) -> str:
    """HTML without scripts, event handlers, ``javascript:`` links or styles
    (Ammonia's allow-list: known tags and attributes, safe URL schemes)."""
    return nh3.clean(value or "", attributes=_ATTRIBUTES)


def render_text(value: str, fmt: str) -> SafeString:
    """``value`` written in ``fmt`` as safe HTML for a page."""
    value = value or ""
    if fmt == TextFormat.HTML:
        return mark_safe(sanitise_html(value))
    if fmt == TextFormat.MOODLE:
        # Moodle's auto-format: HTML allowed, line breaks kept.
        return mark_safe(sanitise_html(value.replace("\n", "<br>\n")))
    if fmt == TextFormat.MARKDOWN:
        rendered = markdown_lib.markdown(value)
        return mark_safe(sanitise_html(rendered))
    return linebreaks_filter(value, autoescape=True)


def clean_for_storage(value: str, fmt: str) -> str:
    """What an import stores: HTML-carrying formats sanitised, others as given."""
    if fmt == TextFormat.HTML or (fmt == TextFormat.MOODLE and "<" in value):
        return sanitise_html(value)
    return value


def to_html(value: str, fmt: str) -> str:
    """``value`` converted to (sanitised) HTML source, for a field kept as HTML."""
    return str(render_text(value, fmt)).strip()


def to_plain(value: str, fmt: str) -> str:
    """``value`` as plain text: tags dropped, entities decoded (choice texts)."""
    if fmt == TextFormat.PLAIN:
        return value
    if fmt == TextFormat.MARKDOWN:
        value = markdown_lib.markdown(value)
    value = re.sub(r"<br\s*/?>|</p>", "\n", value, flags=re.IGNORECASE)
    text = html.unescape(nh3.clean(value, tags=set()))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)
