"""The public address absolute links are built on (QR codes, emails, PDFs, calendars).

Production names it once, ``SITE_URL``: a proxy's Host header is not to be trusted for
links that leave the site. In development and the demo (``SITE_URL_FOLLOWS_REQUEST``)
links follow the address the browser used, so a QR code shown on a laptop reached at
``http://192.168.1.20:8000`` points a phone to that address, not to its own 127.0.0.1.
Background work that runs inside the request (the immediate task backend) follows it
too; work that runs elsewhere falls back to ``SITE_URL``.
"""

from collections.abc import Callable
from contextvars import ContextVar

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpRequest, HttpResponse

_request_origin: ContextVar[str | None] = ContextVar("request_origin", default=None)


def request_origin(request: HttpRequest) -> str:
    """``scheme://host[:port]`` as the client reached us (Host checked by Django)."""
    return f"{request.scheme}://{request.get_host()}"


def site_url() -> str:
    """The origin for absolute links, without a trailing slash."""
    if settings.SITE_URL_FOLLOWS_REQUEST:
        origin = _request_origin.get()
        if origin:
            return origin
    return settings.SITE_URL


def absolute_url(path: str) -> str:
    """``path`` (starting with ``/``) on the public address."""
    return site_url() + path


class RequestOriginMiddleware:
    """Remembers, for the length of a request, the origin the client used."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not settings.SITE_URL_FOLLOWS_REQUEST:
            return self.get_response(request)
        try:
            origin = request_origin(request)
        except DisallowedHost:  # CommonMiddleware has answered it with a 400 already.
            origin = None
        token = _request_origin.set(origin)
        try:
            return self.get_response(request)
        finally:
            _request_origin.reset(token)
