"""What the notices listen to: sessions saved, essays graded."""

from __future__ import annotations

from django.db.models.signals import post_save
from django.dispatch import receiver

from assessments.signals import essay_graded
from sessions.models import LiveSession

from .changes import session_change_announce
from .models import NoticeKind
from .preferences import notice_wanted


@receiver(post_save, sender=LiveSession, dispatch_uid="notices.session_saved")
def session_saved(sender, instance: LiveSession, raw: bool = False, **kwargs) -> None:
    if not raw:
        session_change_announce(instance)


@receiver(essay_graded, dispatch_uid="notices.essay_graded")
def essay_was_graded(sender, item, **kwargs) -> None:
    """Sent after commit; queues the trainee's notice (unless they turned it off)."""
    from .tasks import essay_graded_send

    if notice_wanted(item.attempt.user, NoticeKind.ESSAY_GRADED):
        essay_graded_send.enqueue(item.pk)
