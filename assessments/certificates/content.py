"""From a stored certificate to the words printed on it."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..models import Certificate, CertificationRule
from .pdf import CertificateContent, local_date, verify_url


def attendance_line(basis: dict) -> str:
    sessions = basis.get("sessions_attended") or 0
    minutes = basis.get("minutes_present") or 0
    if not sessions:
        return ""
    hours = f"{minutes / 60:.1f}".replace(".", ",")
    return ngettext(
        "Attended %(count)d live session (%(hours)s hours)",
        "Attended %(count)d live sessions (%(hours)s hours)",
        sessions,
    ) % {"count": sessions, "hours": hours}


def certificate_content(
    certificate: Certificate, rule: CertificationRule | None = None
) -> CertificateContent:
    if rule is None:
        rule = CertificationRule.objects.filter(course_id=certificate.course_id).first()
    return CertificateContent(
        full_name=certificate.full_name,
        agency=certificate.agency,
        position=certificate.position,
        course_title=certificate.course_title,
        attendance_line=attendance_line(certificate.basis),
        issued_on=local_date(certificate.issued_at),
        valid_until=local_date(certificate.expires_at),
        issuing_body=(
            rule.issuing_body
            if rule
            else _("Department of Information and Communications")
        ),
        signatory_name=rule.signatory_name if rule else "",
        signatory_title=rule.signatory_title if rule else "",
        code=certificate.code,
        verify_url=verify_url(certificate.code),
    )
