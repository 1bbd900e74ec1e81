from django import forms
from django.utils.translation import gettext_lazy as _

from .models import QUESTION_MAX_LENGTH


class AskForm(forms.Form):
    text = forms.CharField(
        label=_("Your question"),
        max_length=QUESTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "required": _("Write your question first."),
            "max_length": _("A question may have at most %(limit_value)d characters."),
        },
    )
    anonymous = forms.BooleanField(
        label=_("Hide my name from other participants"),
        required=False,
        help_text=_("The presenter and organisers still see it."),
    )


class VoteForm(forms.Form):
    supports = forms.TypedChoiceField(
        choices=[("1", "1"), ("0", "0")], coerce=lambda value: value == "1"
    )


class ModerateForm(forms.Form):
    ACTIONS = {
        "answer": ("answered", True),
        "unanswer": ("answered", False),
        "pin": ("pinned", True),
        "unpin": ("pinned", False),
        "hide": ("hidden", True),
        "unhide": ("hidden", False),
    }
    action = forms.ChoiceField(choices=[(action, action) for action in ACTIONS])


class QuestionSettingsForm(forms.Form):
    allow_anonymous = forms.BooleanField(
        label=_("Allow anonymous questions"),
        required=False,
        help_text=_(
            "Participants may hide their name from other participants; the presenter "
            "and organisers still see it."
        ),
    )
