"""Site-wide odds and ends that belong to no app."""

from django.http import HttpRequest, HttpResponsePermanentRedirect
from django.templatetags.static import static


def favicon(request: HttpRequest) -> HttpResponsePermanentRedirect:
    """Browsers ask for /favicon.ico whatever the page links: send them to the icon.

    The static URL is resolved per request, not at import: in production it comes from
    the manifest, which exists only after ``collectstatic``.
    """
    return HttpResponsePermanentRedirect(static("img/favicon.ico"))
