from django import forms
from wagtail.users.forms import UserCreationForm as WagtailUserCreationForm
from wagtail.users.forms import UserEditForm as WagtailUserEditForm

from .models import User

PROFILE_FIELDS = ["full_name", "agency", "position", "phone"]


class SignupDetailsForm(forms.ModelForm):
    """The details allauth's sign-up form asks for besides email and password."""

    class Meta:
        model = User
        fields = PROFILE_FIELDS

    def signup(self, request, user: User) -> None:
        for field in PROFILE_FIELDS:
            setattr(user, field, self.cleaned_data[field])
        user.save(update_fields=PROFILE_FIELDS)


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = PROFILE_FIELDS


class AdminUserCreationForm(WagtailUserCreationForm):
    """Wagtail's user form with one full name instead of first and last names."""

    first_name = None
    last_name = None

    class Meta(WagtailUserCreationForm.Meta):
        fields = {"email", *PROFILE_FIELDS, "is_superuser", "groups"}


class AdminUserEditForm(WagtailUserEditForm):
    first_name = None
    last_name = None

    class Meta(WagtailUserEditForm.Meta):
        fields = {"email", *PROFILE_FIELDS, "is_active", "is_superuser", "groups"}


__all__ = [
    "AdminUserCreationForm",
    "AdminUserEditForm",
    "ProfileForm",
    "SignupDetailsForm",
]
