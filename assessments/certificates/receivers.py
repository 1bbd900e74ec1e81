"""Thin receivers: a final attempt or final attendance may earn a certificate."""

from django.dispatch import receiver

from sessions.signals import attendance_finalised

from ..signals import attempt_finalised
from . import services, tasks


@receiver(attempt_finalised, dispatch_uid="certificates_after_attempt")
def on_attempt_finalised(sender, attempt, **kwargs) -> None:
    services.certificates_evaluate_for_attempt(attempt=attempt)


@receiver(attendance_finalised, dispatch_uid="certificates_after_attendance")
def on_attendance_finalised(sender, session, **kwargs) -> None:
    tasks.evaluate_session_certificates.enqueue(session.pk)
