"""Issuing, revoking and reissuing certificates; each write in one transaction."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import (
    Certificate,
    CertificateArchive,
    CertificateEvent,
    CertificationRule,
)
from .codes import new_code
from .facts import person_facts
from .rules import EXCUSED, Earned, Facts, Missing, add_months, attended, evaluate


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
    *, rule: CertificationRule, facts: Facts, verdict: Earned | Missing
) -> dict:
    """What the certificate was earned on (or, re-checked, what the rule read now).

    ``minutes_present`` is the attended minutes from attendance (excused sessions
    left out), never the sessions' scheduled length: it is the hours printed.
    """
    spec = rule.spec()
    if isinstance(verdict, Earned):
        sessions_attended, minutes = verdict.sessions_attended, verdict.minutes_present
    else:
        sessions_attended = sum(attended(spec, fact) for fact in facts.sessions)
        minutes = sum(f.minutes_present for f in facts.sessions if f.status != EXCUSED)
    return {
        "sessions_attended": sessions_attended,
        "minutes_present": minutes,
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


def _create(
    *,
    user,
    course,
    method,
    basis,
    reason="",
    by=None,
    expires_at=None,
    cause="",
    caused_by=None,
):
    """Create the live certificate, or return ``None`` if one already exists (the
    partial unique constraint decides, even when two evaluations race).

    ``by`` issued it by hand; ``caused_by`` and ``cause`` say whose change to the
    evidence (a regrade, a grade) made the rule hold, for the history."""
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
        certificate=certificate,
        kind=CertificateEvent.Kind.ISSUED,
        by=by or (caused_by if getattr(caused_by, "pk", None) else None),
        reason=reason or str(cause or ""),
        evidence={"basis": basis} if method == Certificate.Method.RULE else {},
    )
    _after_issue(certificate)
    return certificate


@transaction.atomic
def certificate_issue_if_earned(
    *, user, course, by=None, cause: str = ""
) -> Certificate | None:
    """Issue the course's certificate to ``user`` if the rule now holds.

    Returns the new certificate, or ``None`` (no active rule, already certified, or
    something is still missing). ``by`` and ``cause``: whose change to the evidence
    led here and why, kept in the history.
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
        cause=cause,
        caused_by=by,
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
    certificate.under_review_since = None
    certificate.save(
        update_fields=["revoked_at", "revoked_reason", "under_review_since"]
    )
    event = CertificateEvent.objects.create(
        certificate=certificate,
        kind=CertificateEvent.Kind.REVOKED,
        by=by,
        reason=reason.strip(),
    )
    certificate_notice_enqueue(event)
    return certificate


def certificate_notice_enqueue(event: CertificateEvent) -> None:
    """After commit, email the holder about ``event`` (a task, off the request)."""
    from . import tasks

    event_id = event.pk
    transaction.on_commit(lambda: tasks.send_certificate_notice.enqueue(event_id))


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
    from notices.models import NoticeKind
    from notices.preferences import notice_wanted

    from .notify import notice_message

    if not notice_wanted(certificate.user, NoticeKind.CERTIFICATE):
        return
    notice_message(
        certificate=certificate, event=None, template="certificate_issued"
    ).send()
    CertificateEvent.objects.create(
        certificate=certificate, kind=CertificateEvent.Kind.EMAILED
    )


@transaction.atomic
def certificate_archive_request(*, course, session=None, by) -> CertificateArchive:
    from . import tasks

    archive = CertificateArchive(course=course, session=session, requested_by=by)
    archive.full_clean()
    archive.save()
    archive_id = archive.pk
    transaction.on_commit(lambda: tasks.build_certificate_archive.enqueue(archive_id))
    return archive
