from django.urls import path

from .consumers import QuestionsConsumer

websocket_urlpatterns = [
    path("ws/questions/<int:session_id>/", QuestionsConsumer.as_asgi()),
]
