from allauth.mfa.models import Authenticator
from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers

from .roles import STAFF_ROLES, user_has_role

#: Paths a staff member without MFA may still reach: setting it up, leaving, assets.
_ALLOWED_PREFIXES = ("/accounts/", "/i18n/", "/static/", "/media/")


class RequireStaffMFAMiddleware:
    """Send Organisers and Lecturers without TOTP to set it up before anything else.

    allauth offers MFA to everyone but enforces it for no one; this is the enforcement,
    switched by ``PLATFORM_REQUIRE_STAFF_MFA`` (on in production, off for the demo).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._must_set_up_mfa(request):
            return redirect(reverse("mfa_activate_totp"))
        return self.get_response(request)

    def _must_set_up_mfa(self, request) -> bool:
        if request.path.startswith(_ALLOWED_PREFIXES):
            return False
        return staff_must_set_up_mfa(request.user)


def staff_must_set_up_mfa(user) -> bool:
    """An Organiser or Lecturer without TOTP while ``PLATFORM_REQUIRE_STAFF_MFA`` is on:
    such a person may set MFA up, and do nothing else (pages or WebSockets)."""
    if not getattr(settings, "PLATFORM_REQUIRE_STAFF_MFA", False):
        return False
    if user is None or not user.is_authenticated:
        return False
    if not user_has_role(user, *STAFF_ROLES):
        return False
    return not Authenticator.objects.filter(
        user=user, type=Authenticator.Type.TOTP
    ).exists()


class VietnameseFirstLocaleMiddleware:
    """Vietnamese unless the person chose English with the language switcher.

    Django's LocaleMiddleware would follow the browser's Accept-Language, and many
    officials' browsers are set to English; the platform speaks Vietnamese first.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.languages = {code for code, _ in settings.LANGUAGES}

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in self.languages else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        patch_vary_headers(response, ("Cookie",))
        return response
