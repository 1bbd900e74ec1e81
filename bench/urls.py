"""The platform's URLs plus bare views: the floors the benchmarks compare with."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from config.urls import urlpatterns as platform_urlpatterns


@csrf_exempt
def floor(request):
    """The same server's floor: middleware and routing, no work."""
    return HttpResponse(status=204)


@login_required
def authenticated_floor(request):
    """The floor of a signed-in POST: session, user and CSRF checks, no work."""
    return HttpResponse(status=204 if request.user.is_authenticated else 403)


urlpatterns = [
    path("bench/floor/", floor),
    path("bench/authenticated-floor/", authenticated_floor),
    *platform_urlpatterns,
]
