"""The platform's error views: its own pages, in the visitor's language.

Django's default handlers already render 400.html, 403.html, 404.html, 500.html and
403_csrf.html (platform/templates/); this module adds the answer to too many requests
(HTTP has it, Django has no handler for it) and routes a rate-limit refusal raised as
``PermissionDenied`` (django-ratelimit's ``Ratelimited`` does so) to it.
"""

import sys

from django.db import OperationalError
from django.http import HttpRequest, HttpResponse
from django.template import loader
from django.views import defaults


def too_many_requests(
    request: HttpRequest, exception: Exception | None = None
) -> HttpResponse:
    """429 with the platform's page; views that limit a rate return this."""
    body = loader.get_template("429.html").render()
    return HttpResponse(body, status=429, headers={"Retry-After": "60"})


def permission_denied(request: HttpRequest, exception: Exception) -> HttpResponse:
    if _is_rate_limit(exception):
        return too_many_requests(request, exception)
    return defaults.permission_denied(request, exception)


def _is_rate_limit(exception: Exception) -> bool:
    try:
        from django_ratelimit.exceptions import Ratelimited
    except ImportError:  # the library is optional; nothing else raises it
        return False
    return isinstance(exception, Ratelimited)


def server_error(request: HttpRequest) -> HttpResponse:
    """500, except when the database could not be reached or its connection pool
    stayed full (overload): that is 503 with ``Retry-After``, so the phone retries
    instead of being told the platform is broken. Nothing was stored; nothing is
    lost by retrying."""
    error = sys.exc_info()[1]
    if isinstance(error, OperationalError):
        body = loader.get_template("503.html").render()
        return HttpResponse(body, status=503, headers={"Retry-After": "5"})
    return defaults.server_error(request)
