"""The notices themselves: what each kind says, built by ``compose.notice_message``."""

from __future__ import annotations

from django.core.mail import EmailMultiAlternatives
from django.urls import reverse
from django.utils.translation import gettext as _

from config.site_url import absolute_url
from sessions.models import LiveSession
from sessions.scheduling import calendar_for

from .compose import Attachment, notice_message
from .models import SentReminder


def _session_context(session: LiveSession) -> dict:
    return {
        "session": session,
        "course": session.module.get_parent().title if session.module_id else "",
        "session_url": absolute_url(reverse("sessions:detail", args=[session.pk])),
    }


def session_calendar(session: LiveSession, *, sequence: int) -> Attachment:
    """The session's calendar entry as an update (or a cancellation) of the one the
    reader already has: same UID, a higher SEQUENCE."""
    cancelled = session.status == LiveSession.Status.CANCELLED
    method = "CANCEL" if cancelled else "REQUEST"
    data = calendar_for(
        sessions=[session], name=session.title, method=method, sequence=sequence
    )
    return Attachment(
        f"session-{session.pk}.ics", data, f"text/calendar; method={method}"
    )


def reminder_message(reminder: SentReminder) -> EmailMultiAlternatives:
    session = reminder.session
    day = reminder.kind == SentReminder.Kind.DAY_BEFORE
    return notice_message(
        to=reminder.user.email,
        template="notices/email/session_reminder",
        context={**_session_context(session), "day_before": day},
        subject=lambda: (
            (_("Tomorrow: “%(title)s”") if day else _("In an hour: “%(title)s”"))
            % {"title": session.title}
        ),
    )


def session_change_message(
    *, user, session: LiveSession, sequence: int
) -> EmailMultiAlternatives:
    cancelled = session.status == LiveSession.Status.CANCELLED
    return notice_message(
        to=user.email,
        template="notices/email/session_cancelled"
        if cancelled
        else "notices/email/session_changed",
        context=_session_context(session),
        subject=lambda: (
            (_("Cancelled: “%(title)s”") if cancelled else _("Changed: “%(title)s”"))
            % {"title": session.title}
        ),
        attachments=(session_calendar(session, sequence=sequence),),
    )


def essay_graded_message(item) -> EmailMultiAlternatives:
    attempt = item.attempt
    return notice_message(
        to=attempt.user.email,
        template="notices/email/essay_graded",
        context={
            "item": item,
            "quiz": attempt.quiz,
            "review_url": absolute_url(
                reverse("assessments:review", args=[attempt.pk])
            ),
        },
        subject=lambda: (
            _("Your answer in “%(quiz)s” has been graded")
            % {"quiz": attempt.quiz.title}
        ),
    )
