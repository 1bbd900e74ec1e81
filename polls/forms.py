from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Poll


class PollForm(forms.Form):
    """A poll as the moderator types it: the question, its kind, one choice a line."""

    question = forms.CharField(
        label=_("Question"),
        max_length=500,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    kind = forms.ChoiceField(
        label=_("Answers allowed"),
        choices=Poll.Kind.choices,
        initial=Poll.Kind.SINGLE,
        widget=forms.RadioSelect,
    )
    choices = forms.CharField(
        label=_("Choices"),
        help_text=_("One choice a line, from 2 to 10."),
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    results_visible = forms.BooleanField(
        label=_("Show the results to participants"), required=False
    )

    def choice_lines(self) -> list[str]:
        return self.cleaned_data["choices"].splitlines()


class ActionForm(forms.Form):
    """A moderator's button on one poll of the session."""

    ACTIONS = ("launch", "close", "show", "hide")

    action = forms.ChoiceField(choices=[(a, a) for a in ACTIONS])
    poll = forms.IntegerField(min_value=1)
