from allauth.mfa.models import Authenticator
from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse

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
        if not getattr(settings, "PLATFORM_REQUIRE_STAFF_MFA", False):
            return False
        user = request.user
        if not user.is_authenticated or request.path.startswith(_ALLOWED_PREFIXES):
            return False
        if not user_has_role(user, *STAFF_ROLES):
            return False
        return not Authenticator.objects.filter(
            user=user, type=Authenticator.Type.TOTP
        ).exists()
