from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from accounts.panels import DASHBOARD, MODULE_PAGE, Panel
from assessments import admin_views, selectors
from assessments.access import is_quiz_staff
from assessments.viewsets import AssessmentsGroup, question_viewsets

from .certificates.panels import course_certificate, dashboard_certificates
from .certificates.viewsets import (
    CertificateTemplateViewSet,
    CertificationRuleViewSet,
)


@hooks.register("register_admin_viewset")
def register_assessment_viewsets():
    return [AssessmentsGroup(), *question_viewsets()]


@hooks.register("register_admin_urls")
def register_assessment_admin_urls():
    return [
        path(
            "assessments/bank/",
            admin_views.question_bank,
            name="assessments_admin_bank",
        ),
        path(
            "assessments/bank/<int:pk>/regrade/",
            admin_views.question_regrade,
            name="assessments_admin_regrade",
        ),
        path(
            "assessments/bank/import/",
            admin_views.bank_import,
            name="assessments_admin_import",
        ),
        path(
            "assessments/bank/export/",
            admin_views.bank_export,
            name="assessments_admin_export",
        ),
        path(
            "assessments/quizzes/<int:pk>/preview/",
            admin_views.quiz_preview,
            name="assessments_admin_preview",
        ),
    ]


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return is_quiz_staff(request.user)


@hooks.register("register_admin_menu_item")
def register_bank_menu_item():
    return StaffMenuItem(
        _("Question bank"),
        reverse("assessments_admin_bank"),
        icon_name="help",
        order=221,
    )


@hooks.register(MODULE_PAGE)
def module_quiz_panel(page, request):
    quiz = selectors.quiz_of_module(module_page=page)
    if quiz is None:
        return None
    result = None
    if request.user.is_authenticated:
        result = selectors.quiz_results_for(user=request.user, quiz_ids=[quiz.pk])[
            quiz.pk
        ]
    return Panel(
        "assessments/includes/module_quiz_panel.html",
        {"quiz": quiz, "result": result},
        order=50,
    )


@hooks.register(DASHBOARD)
def quiz_results_panel(request):
    if not request.user.is_authenticated:
        return None
    quiz_ids = set(
        selectors.attempts_of_user(user=request.user).values_list("quiz_id", flat=True)
    )
    if not quiz_ids:
        return None
    results = selectors.quiz_results_for(user=request.user, quiz_ids=quiz_ids)
    return Panel(
        "assessments/includes/dashboard_panel.html",
        {"results": sorted(results.values(), key=lambda r: r.quiz_title)},
        order=40,
    )


# Certificates


@hooks.register("register_admin_viewset")
def register_certification_rule_viewset():
    return CertificationRuleViewSet("certification_rules")


@hooks.register("register_admin_viewset")
def register_certificate_template_viewset():
    return CertificateTemplateViewSet("certificate_templates")


hooks.register("dashboard_panels", dashboard_certificates)
hooks.register("course_page_panels", course_certificate)


class CertificateMenuItem(MenuItem):
    """The organiser's certificate pages (issue, revoke, resolve reviews) from the
    CMS menu, with how many certificates wait for a decision."""

    def is_shown(self, request):
        from .certificates.selectors import can_manage_certificates

        return can_manage_certificates(request.user)

    def render_component(self, request):
        from wagtail.admin.menu import LinkMenuItemComponent

        from .models import Certificate

        waiting = Certificate.objects.under_review().count()
        label = f"{self.label} ({waiting})" if waiting else self.label
        return LinkMenuItemComponent(
            self.name, label, self.url, icon_name=self.icon_name, attrs=self.attrs
        )


@hooks.register("register_admin_menu_item")
def register_certificates_menu_item():
    return CertificateMenuItem(
        _("Certificates"),
        reverse("certificates:courses"),
        icon_name="tick-inverse",
        order=229,
    )
