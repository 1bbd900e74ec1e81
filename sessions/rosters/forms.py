from django import forms
from django.utils.translation import gettext_lazy as _

#: The endpoint field's value for a trainee expected on their own device.
REMOTE = "remote"


class ExpectedAddForm(forms.Form):
    email = forms.EmailField(label=_("Trainee's email"))
    place = forms.ChoiceField(label=_("Expected at"))

    def __init__(self, *args, places: list[tuple[str, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["place"].choices = places

    @property
    def endpoint_id(self) -> int | None:
        place = self.cleaned_data["place"]
        return None if place == REMOTE else int(place)


class ExpectedRemoveForm(forms.Form):
    expected = forms.IntegerField(widget=forms.HiddenInput)


class ExpectedImportForm(forms.Form):
    file = forms.FileField(
        label=_("List of trainees (CSV or XLSX)"),
        help_text=_(
            "Columns: email, endpoint code (empty: your endpoint, if you coordinate "
            "one; “tu-xa”: remote). A header row is allowed."
        ),
    )


class ArrivalForm(forms.Form):
    expected = forms.IntegerField(widget=forms.HiddenInput)
