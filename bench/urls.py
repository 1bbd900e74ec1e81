"""The platform's URLs plus one bare view: the floor the benchmarks compare with."""

from django.http import HttpResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from config.urls import urlpatterns as platform_urlpatterns


@csrf_exempt
def floor(request):
    """The same server's floor: middleware and routing, no work."""
    return HttpResponse(status=204)


urlpatterns = [path("bench/floor/", floor), *platform_urlpatterns]
