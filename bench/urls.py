"""The platform's URLs plus one bare view: the floor the benchmark compares with."""

from django.http import HttpResponse
from django.urls import path

from config.urls import urlpatterns as platform_urlpatterns


def bare(request):
    return HttpResponse("ok")


urlpatterns = [path("bench/bare/", bare), *platform_urlpatterns]
