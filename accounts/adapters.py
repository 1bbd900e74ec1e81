from allauth.account.adapter import DefaultAccountAdapter
from django.contrib.auth.models import Group

from .mail import QueuedEmailMessage
from .roles import Role


class AccountAdapter(DefaultAccountAdapter):
    """Every new sign-up starts as a Trainee; account emails go through the worker."""

    def render_mail(self, template_prefix, email, context, headers=None):
        message = super().render_mail(template_prefix, email, context, headers)
        return QueuedEmailMessage.of(message)

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            user.groups.add(Group.objects.get(name=Role.TRAINEE))
        return user
