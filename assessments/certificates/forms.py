from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import User


class VerifyForm(forms.Form):
    code = forms.CharField(
        label=_("Verification code"),
        max_length=40,
        widget=forms.TextInput(
            attrs={"placeholder": "LS-XXXX-XXXX-XXXX", "autocapitalize": "characters"}
        ),
    )


class ManualIssueForm(forms.Form):
    email = forms.EmailField(label=_("The person's email"))
    reason = forms.CharField(
        label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2})
    )

    def clean_email(self):
        email = self.cleaned_data["email"]
        user = User.objects.filter(email__iexact=email).first()
        if user is None:
            raise forms.ValidationError(_("No account has this email address."))
        self.user = user
        return email


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2})
    )


class ReissueForm(forms.Form):
    keep_code = forms.BooleanField(
        label=_("Keep the same verification code"), required=False, initial=True
    )
    reason = forms.CharField(
        label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2})
    )


class KeepForm(forms.Form):
    note = forms.CharField(
        label=_("Why the certificate stands"),
        widget=forms.Textarea(attrs={"rows": 2}),
    )
