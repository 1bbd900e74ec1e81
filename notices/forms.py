from django import forms

from .models import NoticePreference


class NoticePreferenceForm(forms.ModelForm):
    class Meta:
        model = NoticePreference
        fields = ["session_reminder", "session_change", "essay_graded", "certificate"]
