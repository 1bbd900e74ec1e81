"""The trainee's dashboard panel: per course, what is done, what is missing."""

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from accounts.panels import Panel
from accounts.roles import Role, user_has_role

from ..models import Certificate, CertificationRule
from .facts import person_facts
from .rules import evaluate
from .selectors import course_progress_for


def dashboard_certificates(request) -> Panel | None:
    user = request.user
    if not user.is_authenticated or not (
        user_has_role(user, Role.TRAINEE)
        or Certificate.objects.filter(user=user).exists()
    ):
        return None
    if not CertificationRule.objects.filter(is_active=True, course__live=True).exists():
        return None
    enrolled = _enrolled_course_ids(user)
    progress = [
        item for item in course_progress_for(user=user) if _takes(item, enrolled)
    ]
    if not progress:
        return None
    return Panel(
        template="assessments/includes/dashboard_certificates.html",
        context={"progress": progress},
        order=40,
    )


def _takes(item, enrolled: set[int]) -> bool:
    """Progress is shown for the courses the person takes (enrolled, or attended a
    session, took a quiz, holds the certificate), not for every course with a rule."""
    return (
        item.certificate is not None
        or item.course.pk in enrolled
        or item.sessions_attended > 0
        or any(quiz.attempted for quiz in item.facts.quizzes.values())
    )


def _enrolled_course_ids(user) -> set[int]:
    from courses.models import Enrolment

    return set(Enrolment.objects.for_user(user).values_list("course_id", flat=True))


def rule_conditions(rule: CertificationRule) -> list[str]:
    """The rule in words, as a trainee reads it on the course page."""
    conditions = [
        _("Pass the quiz “%(title)s”") % {"title": quiz.title}
        for quiz in rule.required_quizzes.all()
    ]
    conditions += [
        _("Attend the session “%(title)s”") % {"title": session.title}
        for session in rule.required_sessions.all()
    ]
    if rule.min_sessions:
        conditions.append(
            ngettext(
                "Attend at least %(count)d live session of the course",
                "Attend at least %(count)d live sessions of the course",
                rule.min_sessions,
            )
            % {"count": rule.min_sessions}
        )
    if rule.min_minutes_percent:
        conditions.append(
            _("Be present for at least %(percent)d percent of the live minutes")
            % {"percent": rule.min_minutes_percent}
        )
        conditions.append(
            _("Minutes when your site's video link was down count as present minutes")
            if rule.outage_minutes_count
            else _(
                "Minutes when your site's video link was down do not count as "
                "present minutes"
            )
        )
    return conditions


def course_certificate(page, request) -> Panel | None:
    """On the course page: what earns the certificate, and where the viewer stands."""
    rule = (
        CertificationRule.objects.filter(course_id=page.pk, is_active=True)
        .prefetch_related("required_quizzes", "required_sessions")
        .first()
    )
    if rule is None:
        return None
    context = {"rule": rule, "conditions": rule_conditions(rule), "standing": None}
    user = request.user
    if user.is_authenticated:
        facts = person_facts(user=user, rule=rule)
        context["standing"] = {
            "verdict": evaluate(rule.spec(), facts, now=timezone.now()),
            "certificate": Certificate.objects.live()
            .filter(user=user, course_id=page.pk)
            .first(),
        }
    return Panel(
        template="assessments/includes/course_certificate.html",
        context=context,
        order=80,
    )
