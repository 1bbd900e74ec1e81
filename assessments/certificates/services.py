"""Issuing, revoking and reissuing certificates; each write in one transaction."""

from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from config.site_url import absolute_url

from ..models import (
    Certificate,
    CertificateArchive,
    CertificateEvent,
    CertificationRule,
)
from .codes import new_code
from .facts import person_facts
from .rules import Earned, Facts, add_months, attended, evaluate


def _snapshot(certificate: Certificate) -> dict:
    return {
        "code": certificate.code,
        "full_name": certificate.full_name,
        "agency": certificate.agency,
        "position": certificate.position,
        "course_title": certificate.course_title,
    }


def _copy_person(certificate: Certificate, *, user, course) -> None:
    certificate.full_name = user.full_name or user.email
    certificate.agency = user.agency
    certificate.position = user.position
    certificate.course_title = course.title


def certificate_basis(
    *, rule: CertificationRule, facts: Facts, verdict: Earned
) -> dict:
    """What the certificate was earned on, as it stood at issue."""
    spec = rule.spec()
    return {
        "sessions_attended": verdict.sessions_attended,
        "minutes_present": verdict.minutes_present,
        "sessions": [
            {
                "id": fact.session_id,
                "title": fact.title,
                "status": fact.status,
                "minutes_present": fact.minutes_present,
                "counted": attended(spec, fact),
            }
            for fact in facts.sessions
        ],
        "quizzes": [
            {
                "id": quiz.quiz_id,
                "title": quiz.title,
                "score_percent": quiz.score_percent,
                "passed": quiz.passed,
            }
            for quiz in facts.quizzes.values()
            if quiz.quiz_id in spec.required_quiz_ids or quiz.attempted
        ],
    }


def _after_issue(certificate: Certificate) -> None:
    from . import tasks

    certificate_id = certificate.pk
    transaction.on_commit(
        lambda: tasks.render_certificate.enqueue(certificate_id, email=True)
    )


def _create(*, user, course, method, basis, reason="", by=None, expires_at=None):
    """Create the live certificate, or return ``None`` if one already exists (the
    partial unique constraint decides, even when two evaluations race)."""
    certificate = Certificate(
        user=user,
        course=course,
        method=method,
        basis=basis,
        reason=reason,
        issued_by=by,
        expires_at=expires_at,
    )
    _copy_person(certificate, user=user, course=course)
    certificate.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            certificate.save()
    except IntegrityError:
        if Certificate.objects.live().filter(user=user, course=course).exists():
            return None
        raise
    CertificateEvent.objects.create(
        certificate=certificate, kind=CertificateEvent.Kind.ISSUED, by=by, reason=reason
    )
    _after_issue(certificate)
    return certificate


@transaction.atomic
def certificate_issue_if_earned(*, user, course) -> Certificate | None:
    """Issue the course's certificate to ``user`` if the rule now holds.

    Returns the new certificate, or ``None`` (no active rule, already certified, or
    something is still missing).
    """
    rule = (
        CertificationRule.objects.filter(course=course, is_active=True)
        .select_related("course")
        .first()
    )
    if rule is None:
        return None
    if Certificate.objects.live().filter(user=user, course=course).exists():
        return None
    facts = person_facts(user=user, rule=rule)
    now = timezone.now()
    verdict = evaluate(rule.spec(), facts, now=now)
    if not isinstance(verdict, Earned):
        return None
    return _create(
        user=user,
        course=course,
        method=Certificate.Method.RULE,
        basis=certificate_basis(rule=rule, facts=facts, verdict=verdict),
        expires_at=verdict.valid_until,
    )


@transaction.atomic
def certificate_issue_manually(*, user, course, reason: str, by) -> Certificate:
    """An organiser's decision, with the reason kept; the rule is not consulted."""
    if not reason.strip():
        raise ValidationError({"reason": _("Say why the certificate is issued.")})
    rule = CertificationRule.objects.filter(course=course).first()
    months = rule.validity_months if rule else None
    certificate = _create(
        user=user,
        course=course,
        method=Certificate.Method.MANUAL,
        basis={"manual": True},
        reason=reason.strip(),
        by=by,
        expires_at=add_months(timezone.now(), months) if months else None,
    )
    if certificate is None:
        raise ValidationError(
            _("This person already holds a valid certificate for this course.")
        )
    return certificate


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, reason: str, by) -> Certificate:
    if not reason.strip():
        raise ValidationError({"reason": _("Say why the certificate is revoked.")})
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.is_revoked:
        raise ValidationError(_("This certificate is already revoked."))
    certificate.revoked_at = timezone.now()
    certificate.revoked_reason = reason.strip()
    certificate.save(update_fields=["revoked_at", "revoked_reason"])
    CertificateEvent.objects.create(
        certificate=certificate,
        kind=CertificateEvent.Kind.REVOKED,
        by=by,
        reason=reason.strip(),
    )
    return certificate


@transaction.atomic
def certificate_reissue(
    *, certificate: Certificate, keep_code: bool, reason: str, by
) -> Certificate:
    """Print the certificate again from the person's current details.

    Keeping the code updates the certificate in place (the old details stay in its
    history); a new code revokes this one and issues a replacement that points back.
    """
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.is_revoked:
        raise ValidationError(_("A revoked certificate cannot be reissued."))
    before = _snapshot(certificate)
    if keep_code:
        _copy_person(certificate, user=certificate.user, course=certificate.course)
        certificate.full_clean(validate_constraints=False)
        certificate.save()
        target = certificate
    else:
        certificate.revoked_at = timezone.now()
        certificate.revoked_reason = _("Replaced by a reissued certificate.")
        certificate.save(update_fields=["revoked_at", "revoked_reason"])
        target = Certificate(
            user=certificate.user,
            course=certificate.course,
            method=certificate.method,
            basis=certificate.basis,
            reason=certificate.reason,
            issued_by=certificate.issued_by,
            expires_at=certificate.expires_at,
            replaces=certificate,
            code=new_code(),
        )
        _copy_person(target, user=certificate.user, course=certificate.course)
        target.full_clean(validate_constraints=False)
        target.save()
    CertificateEvent.objects.create(
        certificate=target,
        kind=CertificateEvent.Kind.REISSUED,
        by=by,
        reason=reason.strip(),
        before=before,
    )
    _after_issue(target)
    return target


def certificate_email(*, certificate: Certificate) -> None:
    """Tell the trainee, with the links to download and to verify."""
    from .pdf import verify_url

    user = certificate.user
    context = {
        "certificate": certificate,
        "download_url": absolute_url(
            reverse("certificates:download", kwargs={"pk": certificate.pk})
        ),
        "verify_url": verify_url(certificate.code),
    }
    send_mail(
        subject=_("Your certificate for “%(course)s”")
        % {"course": certificate.course_title},
        message=render_to_string("assessments/email/certificate_issued.txt", context),
        from_email=None,
        recipient_list=[user.email],
    )
    CertificateEvent.objects.create(
        certificate=certificate, kind=CertificateEvent.Kind.EMAILED
    )


def certificates_evaluate_for_attempt(*, attempt) -> list[Certificate]:
    """After an attempt became final: the courses whose rule names its quiz."""
    issued = []
    rules = CertificationRule.objects.filter(
        is_active=True, required_quizzes=attempt.quiz_id
    ).select_related("course")
    for rule in rules:
        certificate = certificate_issue_if_earned(user=attempt.user, course=rule.course)
        if certificate:
            issued.append(certificate)
    return issued


def certificates_evaluate_for_session(*, session) -> list[Certificate]:
    """After a session's attendance became final: everyone who may now have earned
    the certificate of the session's course."""
    from accounts.models import User
    from accounts.roles import Role

    module = session.module
    if module is None:
        return []
    course = module.get_parent()
    if not CertificationRule.objects.filter(course_id=course.pk, is_active=True):
        return []
    course = course.specific
    already = Certificate.objects.live().of_course(course.pk).values("user_id")
    people = User.objects.filter(groups__name=Role.TRAINEE, is_active=True).exclude(
        pk__in=already
    )
    issued = []
    for user in people:
        certificate = certificate_issue_if_earned(user=user, course=course)
        if certificate:
            issued.append(certificate)
    return issued


@transaction.atomic
def certificate_archive_request(*, course, session=None, by) -> CertificateArchive:
    from . import tasks

    archive = CertificateArchive(course=course, session=session, requested_by=by)
    archive.full_clean()
    archive.save()
    archive_id = archive.pk
    transaction.on_commit(lambda: tasks.build_certificate_archive.enqueue(archive_id))
    return archive
