"""WebSocket routes of every app, gathered for config.asgi and for consumer tests."""

from sessions.routing import websocket_urlpatterns as live_session_routes

websocket_urlpatterns = [*live_session_routes]
