from django import forms
from django.utils.translation import gettext_lazy as _


class EnrolOneForm(forms.Form):
    email = forms.EmailField(label=_("Trainee's email"))


class EnrolImportForm(forms.Form):
    file = forms.FileField(
        label=_("List of emails (CSV or XLSX)"),
        help_text=_(
            "One email address per row in the first column; a header row is allowed."
        ),
    )


class ReportFilterForm(forms.Form):
    agency = forms.ChoiceField(label=_("Agency"), required=False)

    def __init__(self, *args, agencies: list[str], extra_filters=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].choices = [("", _("All agencies"))] + [
            (agency, agency) for agency in agencies
        ]
        for report_filter in extra_filters:
            self.fields[report_filter.key] = forms.ChoiceField(
                label=report_filter.label,
                required=False,
                choices=[("", _("All"))] + list(report_filter.choices),
            )


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search modules"), required=False, max_length=200)
