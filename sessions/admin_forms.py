"""The session form in the CMS: one tick adds every active endpoint."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm


class LiveSessionAdminForm(WagtailAdminModelForm):
    add_all_active_endpoints = forms.BooleanField(
        label=_("Add every active endpoint"),
        required=False,
        help_text=_(
            "Adds each active endpoint not listed below, expecting as many people as "
            "its room holds; adjust the headcounts afterwards."
        ),
    )
