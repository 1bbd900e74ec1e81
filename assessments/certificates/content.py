"""From a stored certificate to the words printed on it."""

from django.utils.translation import ngettext

from ..models import Certificate, CertificationRule
from .pdf import CertificateContent, local_date, place_date_line, verify_url


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


def signature_bytes(template) -> bytes | None:
    """The template's signature and seal image as stored (the original file, so
    transparency and resolution survive)."""
    image = template.signature_image if template.signature_image_id else None
    if image is None:
        return None
    try:
        with image.file.open("rb") as f:
            return f.read()
    except OSError:
        # A missing file must not stop the certificate; it prints unsigned.
        return None


def certificate_content(
    certificate: Certificate, rule: CertificationRule | None = None
) -> CertificateContent:
    if rule is None:
        rule = (
            CertificationRule.objects.filter(course_id=certificate.course_id)
            .select_related("template__signature_image")
            .first()
        )
    template = (
        rule.printed_template() if rule else CertificationRule().printed_template()
    )
    return CertificateContent(
        full_name=certificate.full_name,
        agency=certificate.agency,
        position=certificate.position,
        course_title=certificate.course_title,
        attendance_line=attendance_line(certificate.basis),
        issued_on=local_date(certificate.issued_at),
        valid_until=local_date(certificate.expires_at),
        issuing_body=template.issuing_body,
        signatory_name=template.signatory_name,
        signatory_title=template.signatory_title,
        code=certificate.code,
        verify_url=verify_url(certificate.code),
        national_name=template.national_name,
        national_motto=template.national_motto,
        parent_body=template.parent_body,
        place_date=place_date_line(template.place, certificate.issued_at),
        signature_image=signature_bytes(template),
    )
