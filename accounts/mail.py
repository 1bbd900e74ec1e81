"""Account emails (verification, password reset) leave the request.

allauth renders each email in the request (the reader's language, the request's
links); the task worker sends it, so a slow or unreachable mail server never holds a
sign-up. With the immediate backend (development, tests) it is sent at once.
"""

from __future__ import annotations

from django.core.mail import EmailMessage, EmailMultiAlternatives
from django_tasks import task


@task()
def email_send(
    *,
    subject: str,
    body: str,
    from_email: str,
    to: list[str],
    content_subtype: str = "plain",
    html: str | None = None,
    headers: dict[str, str] | None = None,
) -> int:
    message = EmailMultiAlternatives(
        subject=subject, body=body, from_email=from_email, to=to, headers=headers
    )
    message.content_subtype = content_subtype
    if html is not None:
        message.attach_alternative(html, "text/html")
    return message.send()


def email_enqueue(message: EmailMessage) -> None:
    """Queue a rendered message for the worker (its parts, as JSON-safe values)."""
    html = next(
        (
            content
            for content, mimetype in getattr(message, "alternatives", [])
            if mimetype == "text/html"
        ),
        None,
    )
    email_send.enqueue(
        subject=message.subject,
        body=message.body,
        from_email=message.from_email,
        to=list(message.to),
        content_subtype=message.content_subtype,
        html=html,
        headers=dict(message.extra_headers) or None,
    )


class QueuedEmailMessage(EmailMultiAlternatives):
    """A message whose ``send`` queues it instead of talking to the mail server."""

    def send(self, fail_silently: bool = False) -> int:
        email_enqueue(self)
        return len(self.to)

    @classmethod
    def of(cls, message: EmailMessage) -> QueuedEmailMessage:
        queued = cls(
            subject=message.subject,
            body=message.body,
            from_email=message.from_email,
            to=list(message.to),
            headers=message.extra_headers,
            alternatives=getattr(message, "alternatives", None),
        )
        queued.content_subtype = message.content_subtype
        return queued
