"""Emails to a certificate's holder: Vietnamese first, then English; text and HTML;
written and opted out of like every other notice (notices.compose, notices.preferences).
"""

from django.core.mail import EmailMultiAlternatives
from django.urls import reverse
from django.utils.translation import gettext as _

from config.site_url import absolute_url
from notices.compose import notice_message as compose_notice
from notices.models import NoticeKind
from notices.preferences import notice_wanted

from ..models import Certificate, CertificateEvent
from .pdf import verify_url

#: Which events the holder is told about, and the template of each.
NOTICES = {
    CertificateEvent.Kind.ISSUED: "certificate_issued",
    CertificateEvent.Kind.REISSUED: "certificate_issued",
    CertificateEvent.Kind.UNDER_REVIEW: "certificate_under_review",
    CertificateEvent.Kind.RESTORED: "certificate_restored",
    CertificateEvent.Kind.KEPT: "certificate_kept",
    CertificateEvent.Kind.REVOKED: "certificate_revoked",
}

SUBJECTS = {
    "certificate_issued": lambda: _("Your certificate for “%(course)s”"),
    "certificate_under_review": lambda: _(
        "Your certificate for “%(course)s” is under review"
    ),
    "certificate_restored": lambda: _(
        "Your certificate for “%(course)s” is valid again"
    ),
    "certificate_kept": lambda: _(
        "Your certificate for “%(course)s” remains valid after review"
    ),
    "certificate_revoked": lambda: _(
        "Your certificate for “%(course)s” has been revoked"
    ),
}


def _context(certificate: Certificate, event: CertificateEvent | None) -> dict:
    evidence = event.evidence if event else {}
    return {
        "certificate": certificate,
        "event": event,
        "missing": evidence.get("missing", []),
        "download_url": absolute_url(
            reverse("certificates:download", kwargs={"pk": certificate.pk})
        ),
        "verify_url": verify_url(certificate.code),
    }


def notice_message(
    *, certificate: Certificate, event: CertificateEvent | None, template: str
) -> EmailMultiAlternatives:
    """The message for ``template``, in Vietnamese and then English (the platform's
    one way of writing notices, with the link to the holder's email choices)."""
    return compose_notice(
        to=certificate.user.email,
        template=f"assessments/email/{template}",
        context=_context(certificate, event),
        subject=lambda: SUBJECTS[template]() % {"course": certificate.course_title},
    )


def notice_send(*, event: CertificateEvent) -> bool:
    """Send the holder the notice of ``event``; False when there is none to send."""
    template = NOTICES.get(event.kind)
    certificate = event.certificate
    if template is None or not notice_wanted(certificate.user, NoticeKind.CERTIFICATE):
        return False
    notice_message(certificate=certificate, event=event, template=template).send()
    return True
