"""Emails to a certificate's holder: Vietnamese first, then English; text and HTML.

The holder has no language setting, and the platform speaks Vietnamese first, so
every message carries both languages, Vietnamese on top.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

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

LANGUAGES = ("vi", "en")


def _context(certificate: Certificate, event: CertificateEvent | None) -> dict:
    evidence = event.evidence if event else {}
    return {
        "certificate": certificate,
        "event": event,
        "missing": evidence.get("missing", []),
        "download_url": settings.SITE_URL
        + reverse("certificates:download", kwargs={"pk": certificate.pk}),
        "verify_url": verify_url(certificate.code),
    }


def notice_message(
    *, certificate: Certificate, event: CertificateEvent | None, template: str
) -> EmailMultiAlternatives:
    """The message for ``template``, in Vietnamese and then English."""
    context = _context(certificate, event)
    texts, htmls = [], []
    for language in LANGUAGES:
        with translation.override(language):
            context["language"] = language
            texts.append(
                render_to_string(f"assessments/email/{template}.txt", context).strip()
            )
            htmls.append(
                render_to_string(f"assessments/email/{template}.html", context).strip()
            )
    with translation.override(LANGUAGES[0]):
        subject = SUBJECTS[template]() % {"course": certificate.course_title}
    message = EmailMultiAlternatives(
        subject=subject,
        body="\n\n-- English --\n\n".join(texts) + "\n",
        to=[certificate.user.email],
    )
    message.attach_alternative(
        render_to_string(
            "assessments/email/certificate_notice_layout.html",
            {"parts": htmls, "subject": subject},
        ),
        "text/html",
    )
    return message


def notice_send(*, event: CertificateEvent) -> bool:
    """Send the holder the notice of ``event``; False when there is none to send."""
    template = NOTICES.get(event.kind)
    certificate = event.certificate
    if template is None or not certificate.user.email:
        return False
    notice_message(certificate=certificate, event=event, template=template).send()
    return True
