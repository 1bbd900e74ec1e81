from django.urls import path

from .consumers import PollsConsumer

websocket_urlpatterns = [
    path("ws/polls/<int:session_id>/", PollsConsumer.as_asgi()),
]
