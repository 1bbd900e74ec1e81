from allauth.account.adapter import DefaultAccountAdapter
from django.contrib.auth.models import Group

from .roles import Role


class AccountAdapter(DefaultAccountAdapter):
    """Every new sign-up starts as a Trainee."""

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            user.groups.add(Group.objects.get(name=Role.TRAINEE))
        return user
