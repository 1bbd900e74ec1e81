"""Mounted at ``jitsi/``: event_sync's ``api_prefix`` is ``{SITE_URL}/jitsi``."""

from django.urls import path

from . import views

app_name = "jitsi"

urlpatterns = [
    path(
        "events/<str:scope>/<str:action>",
        views.event_sync_receive,
        name="event_sync",
    ),
    path("jaas/webhook", views.jaas_receive, name="jaas"),
]
