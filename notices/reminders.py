"""Reminders a day and an hour before a session, from the periodic job.

Each reminder is claimed by inserting a ``SentReminder`` row before it is queued; the
row's uniqueness (person, session, kind, start time) lets only one run claim it."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from sessions.models import LiveSession

from .audience import session_recipients
from .models import NoticeKind, SentReminder

DAY_BEFORE = timedelta(hours=24)
HOUR_BEFORE = timedelta(hours=1)


def reminder_kind_due(session: LiveSession, now: datetime) -> str | None:
    """The reminder due now: the hour's within the last hour before the start, the
    day's within the day before that; none once it started or further away."""
    until = session.starts_at - now
    if until <= timedelta(0) or until > DAY_BEFORE:
        return None
    if until <= HOUR_BEFORE:
        return SentReminder.Kind.HOUR_BEFORE
    return SentReminder.Kind.DAY_BEFORE


def reminder_claim(*, user, session: LiveSession, kind: str) -> SentReminder | None:
    """Record the reminder as sent; ``None`` when another run already did."""
    try:
        with transaction.atomic():
            return SentReminder.objects.create(
                user=user, session=session, kind=kind, starts_at=session.starts_at
            )
    except IntegrityError:
        return None


def reminders_send(now: datetime | None = None) -> int:
    """Queue every reminder due and not yet claimed; returns how many were queued."""
    from .tasks import session_reminder_send

    now = now or timezone.now()
    sessions = LiveSession.objects.filter(
        status=LiveSession.Status.SCHEDULED,
        starts_at__gt=now,
        starts_at__lte=now + DAY_BEFORE,
    ).select_related("module", "hub")
    queued = 0
    for session in sessions:
        kind = reminder_kind_due(session, now)
        if kind is None:
            continue
        already = set(
            SentReminder.objects.filter(
                session=session, kind=kind, starts_at=session.starts_at
            ).values_list("user_id", flat=True)
        )
        for user in session_recipients(session, NoticeKind.SESSION_REMINDER):
            if user.pk in already:
                continue
            reminder = reminder_claim(user=user, session=session, kind=kind)
            if reminder is None:
                continue
            reminder_id = reminder.pk
            transaction.on_commit(
                lambda reminder_id=reminder_id: session_reminder_send.enqueue(
                    reminder_id
                )
            )
            queued += 1
    return queued
