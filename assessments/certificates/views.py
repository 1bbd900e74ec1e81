"""Thin views: verification (public), the PDF, and the organiser's pages."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.ratelimit import client_ip, hit
from courses.models import CoursePage

from ..models import Certificate, CertificateArchive
from . import review, selectors, services
from .codes import normalise_code
from .forms import KeepForm, ManualIssueForm, ReissueForm, RevokeForm, VerifyForm
from .tasks import certificate_pdf_store


def _rate_limited(request) -> bool:
    limit, window = getattr(settings, "CERTIFICATE_VERIFY_RATE", (30, 600))
    return not hit(
        scope="verify", key=client_ip(request), limit=limit, window_seconds=window
    )


def _too_many(request) -> HttpResponse:
    response = render(request, "assessments/verify_rate_limited.html", status=429)
    response["Retry-After"] = "600"
    return response


def verify_form(request):
    form = VerifyForm(request.GET or None)
    if form.is_valid():
        code = normalise_code(form.cleaned_data["code"])
        if code:
            return redirect("certificates:verify", code=code)
        form.add_error(
            "code", _("This is not a certificate code. Check what you typed.")
        )
    return render(request, "assessments/verify_form.html", {"form": form})


def verify(request, code: str):
    if _rate_limited(request):
        return _too_many(request)
    certificate = selectors.certificate_for_code(code=code)
    state = "unknown" if certificate is None else str(certificate.state())
    return render(
        request,
        "assessments/certificate_verification.html",
        {
            "state": state,
            "certificate": certificate,
            "code": code,
            "form": VerifyForm(initial={"code": code}),
        },
        status=404 if state == "unknown" else 200,
    )


@login_required
def download(request, pk: int):
    certificate = get_object_or_404(Certificate, pk=pk)
    is_owner = certificate.user_id == request.user.pk and not certificate.is_revoked
    if not (is_owner or selectors.can_manage_certificates(request.user)):
        raise Http404
    if not certificate.pdf:
        certificate_pdf_store(certificate)
    return FileResponse(
        certificate.pdf.open("rb"),
        as_attachment=request.GET.get("inline") is None,
        filename=f"chung-nhan-{certificate.code}.pdf",
        content_type="application/pdf",
    )


def _organiser_only(request) -> None:
    if not selectors.can_manage_certificates(request.user):
        raise PermissionDenied


@login_required
def course_list(request):
    _organiser_only(request)
    return render(
        request,
        "assessments/certificate_course_list.html",
        {
            "courses": selectors.courses_with_certificates(),
            "under_review": selectors.certificates_under_review(),
        },
    )


@login_required
def course_certificates(request, course_id: int):
    _organiser_only(request)
    course = get_object_or_404(CoursePage, pk=course_id)
    return render(
        request,
        "assessments/certificate_list.html",
        {
            "course": course,
            "certificates": selectors.certificates_of_course(course_id=course.pk),
            "archives": CertificateArchive.objects.filter(
                course=course, requested_by=request.user
            )[:5],
            "issue_form": ManualIssueForm(),
            "sessions": _course_sessions(course),
        },
    )


def _course_sessions(course):
    from .facts import course_sessions

    return course_sessions(course_page=course)


@login_required
@require_POST
def issue(request, course_id: int):
    _organiser_only(request)
    course = get_object_or_404(CoursePage, pk=course_id)
    form = ManualIssueForm(request.POST)
    if form.is_valid():
        try:
            services.certificate_issue_manually(
                user=form.user,
                course=course,
                reason=form.cleaned_data["reason"],
                by=request.user,
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The certificate has been issued."))
    else:
        messages.error(request, _("The certificate was not issued: check the form."))
        for errors in form.errors.values():
            messages.error(request, " ".join(errors))
    return redirect("certificates:course", course_id=course.pk)


@login_required
def manage(request, pk: int):
    _organiser_only(request)
    certificate = get_object_or_404(Certificate.objects.select_related("user"), pk=pk)
    revoke_form = RevokeForm(prefix="revoke")
    reissue_form = ReissueForm(prefix="reissue")
    keep_form = KeepForm(prefix="keep")
    if request.method == "POST":
        if "keep" in request.POST:
            keep_form = KeepForm(request.POST, prefix="keep")
            if keep_form.is_valid():
                return _apply(
                    request,
                    certificate,
                    lambda: (
                        review.certificate_review_keep(
                            certificate=certificate,
                            note=keep_form.cleaned_data["note"],
                            by=request.user,
                        ).certificate
                    ),
                    _("The certificate is kept; the review is closed."),
                )
        elif "revoke" in request.POST:
            revoke_form = RevokeForm(request.POST, prefix="revoke")
            if revoke_form.is_valid():
                return _apply(
                    request,
                    certificate,
                    lambda: services.certificate_revoke(
                        certificate=certificate,
                        reason=revoke_form.cleaned_data["reason"],
                        by=request.user,
                    ),
                    _("The certificate has been revoked."),
                )
        else:
            reissue_form = ReissueForm(request.POST, prefix="reissue")
            if reissue_form.is_valid():
                return _apply(
                    request,
                    certificate,
                    lambda: services.certificate_reissue(
                        certificate=certificate,
                        keep_code=reissue_form.cleaned_data["keep_code"],
                        reason=reissue_form.cleaned_data["reason"],
                        by=request.user,
                    ),
                    _("The certificate has been reissued."),
                )
    return render(
        request,
        "assessments/certificate.html",
        {
            "certificate": certificate,
            "events": certificate.events.select_related("by"),
            "revoke_form": revoke_form,
            "reissue_form": reissue_form,
            "keep_form": keep_form,
            "review": selectors.review_of(certificate=certificate),
        },
    )


def _apply(request, certificate, action, success: str):
    try:
        result = action()
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("certificates:manage", pk=certificate.pk)
    messages.success(request, success)
    return redirect("certificates:manage", pk=result.pk)


@login_required
@require_POST
def archive_request(request, course_id: int):
    _organiser_only(request)
    course = get_object_or_404(CoursePage, pk=course_id)
    session = None
    if request.POST.get("session"):
        session = get_object_or_404(
            _course_sessions(course), pk=request.POST["session"]
        )
    archive = services.certificate_archive_request(
        course=course, session=session, by=request.user
    )
    return redirect("certificates:archive", pk=archive.pk)


@login_required
def archive_status(request, pk: int):
    _organiser_only(request)
    archive = get_object_or_404(CertificateArchive, pk=pk, requested_by=request.user)
    return render(request, "assessments/certificate_archive.html", {"archive": archive})


@login_required
def archive_download(request, pk: int):
    _organiser_only(request)
    archive = get_object_or_404(
        CertificateArchive,
        pk=pk,
        requested_by=request.user,
        status=CertificateArchive.Status.DONE,
    )
    stamp = timezone.localtime(archive.created_at).strftime("%Y%m%d-%H%M")
    return FileResponse(
        archive.file.open("rb"),
        as_attachment=True,
        filename=f"chung-nhan-{archive.course.slug}-{stamp}.zip",
        content_type="application/zip",
    )
