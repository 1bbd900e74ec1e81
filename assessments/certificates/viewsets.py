from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.viewsets.model import ModelViewSet

from ..models import CertificateTemplate, CertificationRule


class CertificationRuleForm(WagtailAdminModelForm):
    def clean(self):
        data = super().clean()
        if not any(
            data.get(name)
            for name in (
                "required_quizzes",
                "required_sessions",
                "min_sessions",
                "min_minutes_percent",
            )
        ):
            raise forms.ValidationError(
                _(
                    "Set at least one condition: a quiz to pass, sessions to attend, "
                    "or a share of live minutes."
                )
            )
        return data


class CertificationRuleViewSet(ModelViewSet):
    """Each course's certificate rule, edited by organisers in the admin.

    It is a separate listing rather than a panel on the course page, because
    ``courses`` may not import ``assessments``.
    """

    model = CertificationRule
    icon = "tick-inverse"
    menu_label = _("Certification rules")
    menu_order = 230
    add_to_admin_menu = True
    url_prefix = "certification-rules"
    url_namespace = "certification_rules"
    copy_view_enabled = False
    list_display = [
        "course",
        "min_sessions",
        "min_minutes_percent",
        BooleanColumn("is_active", label=_("Active")),
    ]
    list_filter = ["is_active"]
    search_fields = ["course__title"]
    edit_handler = ObjectList(
        [
            FieldPanel("course"),
            FieldPanel("is_active"),
            MultiFieldPanel(
                [
                    FieldPanel("required_quizzes", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("required_sessions"),
                    FieldRowPanel(
                        [FieldPanel("min_sessions"), FieldPanel("min_minutes_percent")]
                    ),
                    FieldRowPanel(
                        [
                            FieldPanel("late_counts"),
                            FieldPanel("left_early_counts"),
                            FieldPanel("excused_counts"),
                        ]
                    ),
                    FieldPanel("outage_minutes_count"),
                    FieldPanel("validity_months"),
                ],
                heading=_("What earns the certificate"),
            ),
            FieldPanel("template", heading=_("Printed on the certificate")),
        ],
        base_form_class=CertificationRuleForm,
    )


class CertificateTemplateViewSet(ModelViewSet):
    """The departments' certificate templates: header, place and signature block."""

    model = CertificateTemplate
    icon = "doc-full"
    menu_label = _("Certificate templates")
    menu_order = 231
    add_to_admin_menu = True
    url_prefix = "certificate-templates"
    url_namespace = "certificate_templates"
    copy_view_enabled = True
    list_display = ["name", "issuing_body", "signatory_name"]
    search_fields = ["name", "issuing_body", "signatory_name"]
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            MultiFieldPanel(
                [FieldPanel("national_name"), FieldPanel("national_motto")],
                heading=_("National name and motto"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("parent_body"),
                    FieldPanel("issuing_body"),
                    FieldPanel("place"),
                ],
                heading=_("Issuing body"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel(
                        "signatory_title", widget=forms.Textarea(attrs={"rows": 2})
                    ),
                    FieldPanel("signatory_name"),
                    FieldPanel("signature_image"),
                ],
                heading=_("Signature"),
            ),
        ]
    )
