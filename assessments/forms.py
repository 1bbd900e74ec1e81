from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from assessments.models import QuestionCategory


class EssayGradeForm(forms.Form):
    score = forms.DecimalField(
        label=_("Score"), min_value=Decimal("0"), decimal_places=2, max_digits=6
    )
    feedback = forms.CharField(
        label=_("Feedback to the trainee"),
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
    )

    def __init__(self, *args, points: Decimal, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["score"].max_value = points
        self.fields["score"].validators.append(
            forms.DecimalField(max_value=points).validators[-1]
        )
        self.fields["score"].help_text = _("From 0 to %(points)s points.") % {
            "points": points
        }


class ImportForm(forms.Form):
    FORMATS = [("gift", "GIFT"), ("moodle_xml", "Moodle XML")]

    category = forms.ModelChoiceField(
        label=_("Put the questions in category"),
        queryset=QuestionCategory.objects.select_related("course"),
    )
    format = forms.ChoiceField(label=_("Format"), choices=FORMATS)
    file = forms.FileField(label=_("File"))
    use_file_categories = forms.BooleanField(
        label=_("Use the categories in the file"),
        required=False,
        initial=True,
        help_text=_(
            "Questions go to the categories the file names (created in the same "
            "course when missing); the category above takes the rest."
        ),
    )

    def clean_file(self):
        from assessments.services.banks import (
            import_too_large_message,
            max_import_bytes,
        )

        upload = self.cleaned_data["file"]
        if upload.size > max_import_bytes():
            raise forms.ValidationError(import_too_large_message())
        return upload


class ExportForm(forms.Form):
    category = forms.ModelChoiceField(
        label=_("Category"), queryset=QuestionCategory.objects.select_related("course")
    )
    format = forms.ChoiceField(label=_("Format"), choices=ImportForm.FORMATS)
