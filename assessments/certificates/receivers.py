"""Thin receivers: a changed result or attendance re-evaluates certificates."""

from django.dispatch import receiver

from sessions.signals import attendance_changed, attendance_finalised

from ..signals import attempt_finalised, attempt_result_changed
from . import review, tasks


@receiver(attempt_finalised, dispatch_uid="certificates_after_attempt")
def on_attempt_finalised(sender, attempt, **kwargs) -> None:
    review.certificates_follow_attempt(attempt=attempt)


@receiver(attempt_result_changed, dispatch_uid="certificates_after_result_change")
def on_attempt_result_changed(sender, attempt, **kwargs) -> None:
    review.certificates_follow_attempt(
        attempt=attempt, by=kwargs.get("by"), reason=kwargs.get("reason") or ""
    )


@receiver(attendance_finalised, dispatch_uid="certificates_after_attendance")
def on_attendance_finalised(sender, session, **kwargs) -> None:
    tasks.evaluate_session_certificates.enqueue(session.pk)


@receiver(attendance_changed, dispatch_uid="certificates_after_attendance_change")
def on_attendance_changed(sender, session, user_ids=None, **kwargs) -> None:
    by = kwargs.get("by")
    reason = kwargs.get("reason") or ""
    if user_ids is None:
        # Everyone in the session: off the request, like finalisation.
        tasks.recheck_session_certificates.enqueue(
            session.pk, getattr(by, "pk", None), reason
        )
        return
    review.certificates_follow_attendance(
        session=session, user_ids=list(user_ids), by=by, reason=reason
    )
