"""Reads for certificate pages and panels."""

from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils import timezone

from accounts.roles import Role, user_has_role

from ..models import Certificate, CertificateEvent, CertificationRule
from .codes import normalise_code
from .facts import person_facts
from .rules import Earned, Facts, Missing, attended, evaluate


def can_manage_certificates(user) -> bool:
    return user.is_authenticated and (
        user.is_superuser or user_has_role(user, Role.ORGANISER)
    )


def certificate_for_code(*, code: str) -> Certificate | None:
    canonical = normalise_code(code)
    if canonical is None:
        return None
    return (
        Certificate.objects.filter(code=canonical)
        .only(
            "code",
            "full_name",
            "course_title",
            "issued_at",
            "expires_at",
            "revoked_at",
            "under_review_since",
        )
        .first()
    )


def review_of(*, certificate: Certificate) -> CertificateEvent | None:
    """The event that put the certificate under review, while it is."""
    if not certificate.is_under_review:
        return None
    return (
        certificate.events.filter(kind=CertificateEvent.Kind.UNDER_REVIEW)
        .select_related("by")
        .order_by("at", "pk")
        .last()
    )


def certificates_under_review():
    return (
        Certificate.objects.under_review()
        .select_related("user")
        .order_by("under_review_since")
    )


@dataclass
class CourseProgress:
    course: object
    facts: Facts
    verdict: Earned | Missing
    certificate: Certificate | None
    sessions_attended: int
    sessions_total: int


def course_progress_for(*, user) -> list[CourseProgress]:
    """Per course with a certification rule: where the person stands."""
    rules = (
        CertificationRule.objects.filter(is_active=True, course__live=True)
        .select_related("course")
        .prefetch_related("required_sessions")
        .order_by("course__title")
    )
    certificates = {
        c.course_id: c for c in Certificate.objects.live().filter(user=user)
    }
    progress = []
    for rule in rules:
        spec = rule.spec()
        facts = person_facts(user=user, rule=rule)
        progress.append(
            CourseProgress(
                course=rule.course,
                facts=facts,
                verdict=evaluate(spec, facts, now=timezone.now()),
                certificate=certificates.get(rule.course_id),
                sessions_attended=sum(attended(spec, f) for f in facts.sessions),
                sessions_total=len(facts.sessions),
            )
        )
    return progress


def courses_with_certificates():
    """Courses that have a rule or certificates, with their live certificate count."""
    from courses.models import CoursePage

    return (
        CoursePage.objects.filter(
            Q(certification_rule__isnull=False) | Q(certificates__isnull=False)
        )
        .annotate(
            live_certificates=Count(
                "certificates",
                filter=Q(certificates__revoked_at__isnull=True),
                distinct=True,
            ),
            under_review=Count(
                "certificates",
                filter=Q(
                    certificates__revoked_at__isnull=True,
                    certificates__under_review_since__isnull=False,
                ),
                distinct=True,
            ),
        )
        .distinct()
        .order_by("title")
    )


def certificates_of_course(*, course_id: int):
    return (
        Certificate.objects.of_course(course_id)
        .select_related("user")
        .order_by("revoked_at", "full_name")
    )
