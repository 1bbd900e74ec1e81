"""Reading what the test SMTP server received."""

import email
import email.policy
from datetime import datetime
from email.message import EmailMessage

from notices.compose import NOTICE_TIME_ZONE


class Inbox:
    """What the SMTP server received: each message parsed, with its recipients."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []

    async def handle_DATA(self, server, session, envelope) -> str:
        message = email.message_from_bytes(
            envelope.content, policy=email.policy.default
        )
        message["X-Envelope-To"] = ", ".join(envelope.rcpt_tos)
        self.messages.append(message)
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.messages if m["X-Envelope-To"] == address]

    def subjects(self) -> list[str]:
        return [subject(m) for m in self.messages]


def parts(message: EmailMessage) -> tuple[str, str]:
    """The plain-text and the HTML part of a received message."""
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    return text, html


def calendar_attachment(message: EmailMessage) -> str:
    attachments = [
        part
        for part in message.iter_attachments()
        if part.get_content_type() == "text/calendar"
    ]
    assert len(attachments) == 1
    content = attachments[0].get_content()
    return content.decode() if isinstance(content, bytes) else content


def ict(*args: int) -> datetime:
    """A time on the wall clocks of Vietnam."""
    return datetime(*args, tzinfo=NOTICE_TIME_ZONE)


def subject(message: EmailMessage) -> str:
    """The decoded subject (Django folds a non-ASCII one onto a continuation line,
    which the parser reads with its leading space)."""
    return str(message["Subject"]).strip()
