"""The browser-side security headers: Content-Security-Policy and Permissions-Policy.

Platform pages get a strict policy: scripts and styles from the platform itself (or
carrying the request's nonce), and the configured Jitsi server's IFrame API script and
frame, nothing else inline. Wagtail's admin (``/cms/``) gets its own, relaxed policy
because Wagtail 8's templates still carry inline ``<script>`` (date and time choosers,
inline panels) and ``style`` attributes that no nonce can cover. Both are built per
response from the settings, so ``JITSI_DOMAIN`` is the only place the Jitsi origin is
named.
"""

from __future__ import annotations

from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest, HttpResponseBase

ADMIN_PREFIX = "/cms/"
#: Powerful features the platform never uses: refused to the page and every frame.
_REFUSED_FEATURES = (
    "geolocation",
    "payment",
    "usb",
    "serial",
    "bluetooth",
    "midi",
    "magnetometer",
    "gyroscope",
    "accelerometer",
)
#: Granted to the Jitsi frame only (the IFrame API's ``allow=`` asks for them):
#: camera and microphone for everyone, display capture for a presenter's slides.
_VIDEO_FEATURES = ("camera", "microphone", "display-capture")


def jitsi_origin() -> str | None:
    """``https://<JITSI_DOMAIN>``: where the IFrame API script and frame come from."""
    domain = (settings.JITSI_DOMAIN or "").strip().strip("/")
    return f"https://{domain}" if domain else None


def _frame_sources() -> list[str]:
    """The Jitsi origin and the video players of course modules (EmbedBlock)."""
    origin = jitsi_origin()
    return [*([origin] if origin else []), *settings.PLATFORM_CSP_EMBED_FRAME_SOURCES]


def platform_policy() -> dict[str, list[str]]:
    origin = jitsi_origin()
    return {
        "default-src": [SELF],
        "script-src": [SELF, NONCE, *([origin] if origin else [])],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": _frame_sources() or [NONE],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }


def admin_policy() -> dict[str, list[str]]:
    """Wagtail's admin: inline scripts and styles allowed (no nonce, which would turn
    'unsafe-inline' off), still no other origin and no eval."""
    return {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF, *settings.PLATFORM_CSP_EMBED_FRAME_SOURCES],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }


def permissions_policy() -> str:
    origin = jitsi_origin()
    video = f'("{origin}")' if origin else "()"
    granted = [f"{feature}={video}" for feature in _VIDEO_FEATURES]
    refused = [f"{feature}=()" for feature in _REFUSED_FEATURES]
    return ", ".join(granted + refused)


class SecurityHeadersMiddleware(CSPMiddleware):
    """django-csp's middleware with the platform's two policies, plus
    Permissions-Policy."""

    def get_policy_parts(
        self,
        request: HttpRequest,
        response: HttpResponseBase,
        report_only: bool = False,
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        if request.path_info.startswith(ADMIN_PREFIX):
            parts.config = parts.config or admin_policy()
            parts.nonce = None
        else:
            parts.config = parts.config or platform_policy()
        return parts

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        response = super().process_response(request, response)
        response.headers.setdefault("Permissions-Policy", permissions_policy())
        return response
