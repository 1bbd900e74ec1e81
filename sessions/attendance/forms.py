from django import forms
from django.utils.translation import gettext_lazy as _

from sessions.models import Attendance


class CheckinForm(forms.Form):
    code = forms.CharField(
        label=_("Check-in code"),
        max_length=20,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "autocapitalize": "characters",
                "spellcheck": "false",
                "inputmode": "text",
            }
        ),
        help_text=_("The 6 characters shown on the screen in your room."),
    )


class WalkinForm(forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=150)
    agency = forms.CharField(label=_("Agency"), max_length=255, required=False)
    position = forms.CharField(label=_("Position"), max_length=150, required=False)
    email = forms.EmailField(
        label=_("Email (optional)"),
        required=False,
        help_text=_("Lets an organiser merge this person into their account later."),
    )
    #: Set when the coordinator saw the expected people the name matches and still
    #: adds a walk-in.
    not_expected = forms.BooleanField(required=False, widget=forms.HiddenInput)


MARKABLE = [
    (value, label)
    for value, label in Attendance.Status.choices
    if value != Attendance.Status.PENDING
]


class MarkForm(forms.Form):
    attendance = forms.IntegerField(widget=forms.HiddenInput)
    status = forms.ChoiceField(label=_("Status"), choices=MARKABLE)
    reason = forms.CharField(label=_("Reason"), max_length=500, required=False)


class HeadcountForm(forms.Form):
    count = forms.IntegerField(
        label=_("People in the room"), min_value=0, max_value=5000
    )


class MergeForm(forms.Form):
    attendance = forms.IntegerField(widget=forms.HiddenInput)
    email = forms.EmailField(label=_("Account email"))


class UnmergeForm(forms.Form):
    change = forms.IntegerField(widget=forms.HiddenInput)


class ReopenForm(forms.Form):
    reason = forms.CharField(label=_("Why reopen?"), max_length=500)


class ExtendForm(forms.Form):
    new_ends_at = forms.DateTimeField(
        label=_("New end"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        input_formats=["%Y-%m-%dT%H:%M", "%d/%m/%Y %H:%M", "%Y-%m-%d %H:%M"],
        help_text=_("Vietnam time (Asia/Ho_Chi_Minh)."),
    )
