from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .models import Recording
from .uploads import FILE_TYPES, upload_type_check


class RecordingAddForm(forms.Form):
    """A recording by hand: a file to upload, or a link to where it is kept."""

    kind = forms.ChoiceField(
        label=_("Kind"), choices=Recording.Kind.choices, initial=Recording.Kind.VIDEO
    )
    title = forms.CharField(label=_("Title"), max_length=255, required=False)
    file = forms.FileField(
        label=_("File"),
        required=False,
        help_text=_(
            "MP4, M4A, WebM, MP3 or OGG recordings; PDF or WebVTT transcripts."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(FILE_TYPES)}),
    )
    url = forms.URLField(
        label=_("Or a link"),
        required=False,
        max_length=2000,
        assume_scheme="https",
        help_text=_("An https address where the recording is kept."),
    )

    def clean_url(self) -> str:
        url = self.cleaned_data["url"]
        if url and not url.startswith("https://"):
            raise ValidationError(_("The link must start with https://."))
        return url

    def clean(self) -> dict:
        data = super().clean()
        upload, url = data.get("file"), data.get("url")
        if self.errors:
            return data
        if bool(upload) == bool(url):
            raise ValidationError(_("Upload a file or give a link, one of the two."))
        if upload:
            try:
                data["file_type"] = upload_type_check(upload=upload)
            except ValidationError as error:
                self.add_error("file", error)
                return data
            if data["file_type"].kind != data.get("kind"):
                self.add_error(
                    "kind",
                    _("This file is a %(kind)s; choose that kind.")
                    % {"kind": Recording.Kind(data["file_type"].kind).label.lower()},
                )
        return data
