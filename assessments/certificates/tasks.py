"""Background work: certificate PDFs, the email, ZIPs, evaluation after a session."""

import io
import zipfile

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import timezone, translation
from django.utils.text import slugify
from django_tasks import task

from ..models import Certificate, CertificateArchive
from .content import certificate_content
from .pdf import render_pdf


def certificate_pdf_store(certificate: Certificate) -> None:
    """Render the PDF and store it under media/, replacing an older rendering.

    Always in the platform's language (Vietnamese): it is the department's document,
    whoever's request happened to issue it."""
    with translation.override(settings.LANGUAGE_CODE):
        data = render_pdf(certificate_content(certificate))
    old = certificate.pdf.name if certificate.pdf else ""
    certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(data), save=False)
    Certificate.objects.filter(pk=certificate.pk).update(pdf=certificate.pdf.name)
    if old and old != certificate.pdf.name:
        certificate.pdf.storage.delete(old)


@task()
def render_certificate(certificate_id: int, email: bool = False) -> None:
    from .services import certificate_email

    certificate = Certificate.objects.select_related("user").get(pk=certificate_id)
    certificate_pdf_store(certificate)
    if email and certificate.user.email:
        certificate_email(certificate=certificate)


@task()
def evaluate_session_certificates(session_id: int) -> int:
    from sessions.models import LiveSession

    from .review import certificates_follow_session

    session = LiveSession.objects.select_related("module").get(pk=session_id)
    return len(certificates_follow_session(session=session))


@task()
def recheck_session_certificates(
    session_id: int, by_id: int | None = None, reason: str = ""
) -> int:
    """Attendance of a whole session changed (reopened): re-check every holder."""
    from accounts.models import User
    from sessions.models import LiveSession

    from .review import certificates_follow_attendance

    session = LiveSession.objects.select_related("module").get(pk=session_id)
    by = User.objects.filter(pk=by_id).first() if by_id else None
    return len(
        certificates_follow_attendance(
            session=session, user_ids=None, by=by, reason=reason
        )
    )


@task()
def send_certificate_notice(event_id: int) -> bool:
    """Email the holder about one event of their certificate (off the request)."""
    from ..models import CertificateEvent
    from .notify import notice_send

    event = (
        CertificateEvent.objects.select_related("certificate__user")
        .filter(pk=event_id)
        .first()
    )
    return event is not None and notice_send(event=event)


def archive_certificates(archive: CertificateArchive):
    certificates = Certificate.objects.live().of_course(archive.course_id)
    if archive.session_id is None:
        return list(certificates.order_by("full_name"))
    return [
        c
        for c in certificates.order_by("full_name")
        if any(
            s.get("id") == archive.session_id and s.get("counted")
            for s in c.basis.get("sessions", [])
        )
    ]


@task()
def build_certificate_archive(archive_id: int) -> None:
    """A ZIP of live certificates, with progress saved as it goes."""
    archive = CertificateArchive.objects.get(pk=archive_id)
    certificates = archive_certificates(archive)
    CertificateArchive.objects.filter(pk=archive.pk).update(
        status=CertificateArchive.Status.RUNNING, total=len(certificates), done=0
    )
    buffer = io.BytesIO()
    try:
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
            for done, certificate in enumerate(certificates, start=1):
                if not certificate.pdf:
                    certificate_pdf_store(certificate)
                with certificate.pdf.open("rb") as pdf:
                    name = slugify(certificate.full_name) or "certificate"
                    zf.writestr(f"{name}-{certificate.code}.pdf", pdf.read())
                if done % 10 == 0 or done == len(certificates):
                    CertificateArchive.objects.filter(pk=archive.pk).update(done=done)
        archive.file.save(
            f"{archive.pk}.zip", ContentFile(buffer.getvalue()), save=False
        )
        CertificateArchive.objects.filter(pk=archive.pk).update(
            file=archive.file.name,
            status=CertificateArchive.Status.DONE,
            done=len(certificates),
            finished_at=timezone.now(),
        )
    except Exception:
        CertificateArchive.objects.filter(pk=archive.pk).update(
            status=CertificateArchive.Status.FAILED, finished_at=timezone.now()
        )
        raise
