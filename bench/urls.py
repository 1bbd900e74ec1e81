from django.http import HttpResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from config.urls import urlpatterns as platform_urlpatterns


@csrf_exempt
def bare(request):
    """The floor: the same middleware stack, no work."""
    return HttpResponse("ok")


urlpatterns = [path("bench/bare/", bare), *platform_urlpatterns]
