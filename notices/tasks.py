"""The worker's side: one task per email; each re-reads what it tells about and the
reader's preference, so a notice turned off after it was queued is not sent."""

from __future__ import annotations

from django_tasks import task

from .models import NoticeKind


@task()
def session_reminder_send(reminder_id: int) -> bool:
    from .messages import reminder_message
    from .models import SentReminder
    from .preferences import notice_wanted

    reminder = (
        SentReminder.objects.select_related("user", "session__module")
        .filter(pk=reminder_id)
        .first()
    )
    if reminder is None or not notice_wanted(
        reminder.user, NoticeKind.SESSION_REMINDER
    ):
        return False
    reminder_message(reminder).send()
    return True


@task()
def session_change_send(user_id: int, session_id: int, sequence: int) -> bool:
    from accounts.models import User
    from sessions.models import LiveSession

    from .messages import session_change_message
    from .preferences import notice_wanted

    user = User.objects.filter(pk=user_id).first()
    session = (
        LiveSession.objects.select_related("hub", "module")
        .filter(pk=session_id)
        .first()
    )
    if session is None or not notice_wanted(user, NoticeKind.SESSION_CHANGE):
        return False
    session_change_message(user=user, session=session, sequence=sequence).send()
    return True


@task()
def essay_graded_send(item_id: int) -> bool:
    from assessments.models import AttemptQuestion

    from .messages import essay_graded_message
    from .preferences import notice_wanted

    item = (
        AttemptQuestion.objects.select_related(
            "attempt__user", "attempt__quiz", "question"
        )
        .filter(pk=item_id)
        .first()
    )
    if item is None or not notice_wanted(item.attempt.user, NoticeKind.ESSAY_GRADED):
        return False
    essay_graded_message(item).send()
    return True
