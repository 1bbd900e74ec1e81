from dataclasses import dataclass

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.contrib.auth.models import Group

from .mail import QueuedEmailMessage
from .roles import Role


@dataclass(frozen=True)
class PlatformSite:
    """What account emails call "the site": its name, and the address it was reached at.

    Without django.contrib.sites allauth names the site after the request's host, so
    emails greeted "Hello from 127.0.0.1:8000!"; they now use the platform's name.
    """

    name: str
    domain: str


def platform_site(current_site) -> PlatformSite:
    domain = getattr(current_site, "domain", "") or ""
    return PlatformSite(name=settings.WAGTAIL_SITE_NAME, domain=domain)


class AccountAdapter(DefaultAccountAdapter):
    """Every new sign-up starts as a Trainee; account emails go through the worker."""

    def render_mail(self, template_prefix, email, context, headers=None):
        site = platform_site(context.get("current_site"))
        context = {**context, "current_site": site}
        message = super().render_mail(template_prefix, email, context, headers)
        return QueuedEmailMessage.of(message)

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            user.groups.add(Group.objects.get(name=Role.TRAINEE))
        return user
