"""One way to write a notice: Vietnamese first, then English; text and HTML parts;
times in Asia/Ho_Chi_Minh; a link to the reader's email preferences.

The platform stores no language per person, so every notice carries both languages,
Vietnamese on top (as the certificate notices do)."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from config.site_url import absolute_url

#: Notices show times where the training happens, whatever the server's zone.
NOTICE_TIME_ZONE = ZoneInfo("Asia/Ho_Chi_Minh")
LANGUAGES = ("vi", "en")


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    mimetype: str


def preferences_url() -> str:
    return absolute_url(reverse("notice_preferences"))


def notice_message(
    *,
    to: str,
    template: str,
    context: dict,
    subject,
    attachments: tuple[Attachment, ...] = (),
) -> EmailMultiAlternatives:
    """The message from ``{template}.txt`` and ``{template}.html``, in each language.

    ``subject`` is a callable returning the (translated) subject, called in
    Vietnamese."""
    context = {**context, "preferences_url": preferences_url()}
    texts, htmls = [], []
    with timezone.override(NOTICE_TIME_ZONE):
        for language in LANGUAGES:
            with translation.override(language):
                context["language"] = language
                texts.append(render_to_string(f"{template}.txt", context).strip())
                htmls.append(render_to_string(f"{template}.html", context).strip())
        with translation.override(LANGUAGES[0]):
            subject_text = str(subject())
            footer = render_to_string("notices/email/footer.txt", context).strip()
            html = render_to_string(
                "notices/email/layout.html",
                {**context, "parts": htmls, "subject": subject_text},
            )
    message = EmailMultiAlternatives(
        subject=subject_text,
        body="\n\n-- English --\n\n".join(texts) + "\n\n-- \n" + footer + "\n",
        to=[to],
        headers={"List-Unsubscribe": f"<{context['preferences_url']}>"},
    )
    message.attach_alternative(html, "text/html")
    for attachment in attachments:
        message.attach(attachment.filename, attachment.content, attachment.mimetype)
    return message
