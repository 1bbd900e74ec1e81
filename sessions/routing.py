from django.urls import path

from . import consumers
from .dashboard.consumers import AttendanceDashboardConsumer

websocket_urlpatterns = [
    path("ws/ping/", consumers.PingConsumer.as_asgi()),
    path(
        "ws/attendance/<int:session_id>/",
        AttendanceDashboardConsumer.as_asgi(),
    ),
]
