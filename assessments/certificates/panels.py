"""The trainee's dashboard panel: per course, what is done, what is missing."""

from accounts.panels import Panel
from accounts.roles import Role, user_has_role

from ..models import Certificate, CertificationRule
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
    return Panel(
        template="assessments/includes/dashboard_certificates.html",
        context={"progress": course_progress_for(user=user)},
        order=40,
    )
