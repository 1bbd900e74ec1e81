"""Certificates follow their evidence.

When a counted result changes (a regrade, a new grade, attendance corrected), the
people it concerns are evaluated again at once: a rule newly met issues the
certificate; a certificate whose rule no longer holds goes under review until an
organiser revokes it (with a reason) or keeps it (with a note); one whose rule holds
again is valid again. Every change is an event with who and why, and the holder is
told by email.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from ..models import Certificate, CertificateEvent, CertificationRule
from .facts import person_facts
from .rules import Earned, evaluate
from .services import (
    certificate_basis,
    certificate_issue_if_earned,
    certificate_notice_enqueue,
)

#: The basis fields printed on the PDF: a change re-renders it.
PRINTED = ("sessions_attended", "minutes_present")
#: Events that open or close a review.
REVIEW_KINDS = (
    CertificateEvent.Kind.UNDER_REVIEW,
    CertificateEvent.Kind.KEPT,
    CertificateEvent.Kind.RESTORED,
)


def _record(certificate: Certificate, kind: str, *, by=None, reason="", evidence=None):
    event = CertificateEvent.objects.create(
        certificate=certificate,
        kind=kind,
        by=by if getattr(by, "pk", None) else None,
        reason=str(reason or "").strip(),
        evidence=evidence or {},
    )
    return event


def _rerender(certificate: Certificate) -> None:
    from . import tasks

    certificate_id = certificate.pk
    transaction.on_commit(lambda: tasks.render_certificate.enqueue(certificate_id))


def _kept_on_same_evidence(certificate: Certificate, basis: dict) -> bool:
    """An organiser kept the certificate, and nothing counted has changed since."""
    last = certificate.events.filter(kind__in=REVIEW_KINDS).order_by("at", "pk").last()
    return (
        last is not None
        and last.kind == CertificateEvent.Kind.KEPT
        and last.evidence.get("basis") == basis
    )


@transaction.atomic
def certificate_recheck(
    *, certificate: Certificate, by=None, reason: str = ""
) -> CertificateEvent | None:
    """Evaluate a live, rule-earned certificate again on the current evidence.

    Returns the event recorded, or ``None`` when nothing changed. Certificates issued
    by hand, revoked or expired are left alone: the rule did not make them.
    """
    certificate = (
        Certificate.objects.select_for_update()
        .select_related("user")
        .get(pk=certificate.pk)
    )
    if (
        certificate.is_revoked
        or certificate.method != Certificate.Method.RULE
        or certificate.is_expired()
    ):
        return None
    rule = (
        CertificationRule.objects.filter(course_id=certificate.course_id)
        .select_related("course")
        .first()
    )
    if rule is None:
        return None
    facts = person_facts(user=certificate.user, rule=rule, current=True)
    with translation.override(settings.LANGUAGE_CODE):
        verdict = evaluate(rule.spec(), facts, now=timezone.now())
        basis = certificate_basis(rule=rule, facts=facts, verdict=verdict)
    if isinstance(verdict, Earned):
        return _still_earned(certificate, basis, by=by, reason=reason)
    if certificate.is_under_review or _kept_on_same_evidence(certificate, basis):
        return None
    certificate.under_review_since = timezone.now()
    certificate.save(update_fields=["under_review_since"])
    event = _record(
        certificate,
        CertificateEvent.Kind.UNDER_REVIEW,
        by=by,
        reason=reason,
        evidence={"basis": basis, "missing": [str(r) for r in verdict.reasons]},
    )
    certificate_notice_enqueue(event)
    return event


def _still_earned(certificate: Certificate, basis: dict, *, by, reason):
    printed_changed = any(certificate.basis.get(k) != basis.get(k) for k in PRINTED)
    event = None
    if certificate.is_under_review:
        certificate.under_review_since = None
        event = _record(
            certificate,
            CertificateEvent.Kind.RESTORED,
            by=by,
            reason=reason,
            evidence={"basis": basis},
        )
        certificate_notice_enqueue(event)
    elif certificate.basis != basis:
        event = _record(
            certificate,
            CertificateEvent.Kind.UPDATED,
            by=by,
            reason=reason,
            evidence={"basis": basis, "before": certificate.basis},
        )
    if event is None:
        return None
    certificate.basis = basis
    certificate.save(update_fields=["under_review_since", "basis"])
    if printed_changed:
        _rerender(certificate)
    return event


def certificates_follow(
    *, user, course, by=None, reason: str = ""
) -> Certificate | CertificateEvent | None:
    """After ``user``'s evidence in ``course`` changed: re-check the certificate they
    hold, or issue one if the rule is now met."""
    live = Certificate.objects.live().filter(user=user, course=course).first()
    if live is not None:
        return certificate_recheck(certificate=live, by=by, reason=reason)
    return certificate_issue_if_earned(user=user, course=course, by=by, cause=reason)


def certificates_follow_attempt(*, attempt, by=None, reason: str = "") -> list:
    """A quiz result changed or became final: every course whose rule names the quiz."""
    from ..models import Quiz

    rules = list(
        CertificationRule.objects.filter(
            required_quizzes=attempt.quiz_id
        ).select_related("course")
    )
    if rules and not reason:
        title = Quiz.objects.filter(pk=attempt.quiz_id).values_list("title").first()
        reason = _("The result of the quiz “%(title)s” is final.") % {
            "title": title[0] if title else attempt.quiz_id
        }
    outcomes = []
    for rule in rules:
        outcome = certificates_follow(
            user=attempt.user, course=rule.course, by=by, reason=reason
        )
        if outcome is not None:
            outcomes.append(outcome)
    return outcomes


def session_course(session):
    """The course whose rule may count ``session``, if it has one."""
    module = session.module
    if module is None:
        return None
    course = module.get_parent()
    if not CertificationRule.objects.filter(course_id=course.pk).exists():
        return None
    return course.specific


def certificates_follow_attendance(
    *, session, user_ids: list[int] | None, by=None, reason: str = ""
) -> list:
    """Attendance changed by hand (``user_ids``) or was reopened (``None``: every
    holder of the course's certificates is re-checked; no one can earn one until the
    attendance is final again)."""
    from accounts.models import User

    course = session_course(session)
    if course is None:
        return []
    if not reason:
        reason = _("Attendance of the session “%(title)s” changed.") % {
            "title": session.title
        }
    outcomes = []
    if user_ids is None:
        held = Certificate.objects.live().of_course(course.pk).order_by("pk")
        for certificate in held:
            event = certificate_recheck(certificate=certificate, by=by, reason=reason)
            if event is not None:
                outcomes.append(event)
        return outcomes
    for user in User.objects.filter(pk__in=user_ids).order_by("pk"):
        outcome = certificates_follow(user=user, course=course, by=by, reason=reason)
        if outcome is not None:
            outcomes.append(outcome)
    return outcomes


@transaction.atomic
def certificate_review_keep(
    *, certificate: Certificate, note: str, by
) -> CertificateEvent:
    """An organiser decides the certificate stands although the rule no longer holds.

    It stays kept until the evidence changes again.
    """
    if not note.strip():
        raise ValidationError({"note": _("Say why the certificate is kept.")})
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if not certificate.is_under_review:
        raise ValidationError(_("This certificate is not under review."))
    last = (
        certificate.events.filter(kind=CertificateEvent.Kind.UNDER_REVIEW)
        .order_by("at", "pk")
        .last()
    )
    certificate.under_review_since = None
    certificate.save(update_fields=["under_review_since"])
    event = _record(
        certificate,
        CertificateEvent.Kind.KEPT,
        by=by,
        reason=note,
        evidence=dict(last.evidence) if last else {},
    )
    certificate_notice_enqueue(event)
    return event


def certificates_follow_session(*, session) -> list:
    """A session's attendance became final (or final again): trainees who may now
    have earned the course's certificate, and everyone who holds it."""
    from accounts.models import User
    from accounts.roles import Role

    course = session_course(session)
    if course is None:
        return []
    reason = _("Attendance of the session “%(title)s” is final.") % {
        "title": session.title
    }
    outcomes = []
    for certificate in Certificate.objects.live().of_course(course.pk).order_by("pk"):
        event = certificate_recheck(certificate=certificate, reason=reason)
        if event is not None:
            outcomes.append(event)
    if not CertificationRule.objects.filter(course_id=course.pk, is_active=True):
        return outcomes
    holders = Certificate.objects.live().of_course(course.pk).values("user_id")
    people = User.objects.filter(groups__name=Role.TRAINEE, is_active=True).exclude(
        pk__in=holders
    )
    for user in people:
        certificate = certificate_issue_if_earned(user=user, course=course)
        if certificate is not None:
            outcomes.append(certificate)
    return outcomes
