"""WebSocket routes of every app, gathered for config.asgi and for consumer tests."""

from polls.routing import websocket_urlpatterns as poll_routes
from questions.routing import websocket_urlpatterns as question_routes
from sessions.routing import websocket_urlpatterns as live_session_routes

websocket_urlpatterns = [*live_session_routes, *question_routes, *poll_routes]
