from .endpoints import Endpoint, EndpointQuerySet
from .events import ConnectionEvent
from .live_sessions import LiveSession, LiveSessionQuerySet, SessionEndpoint

__all__ = [
    "ConnectionEvent",
    "Endpoint",
    "EndpointQuerySet",
    "LiveSession",
    "LiveSessionQuerySet",
    "SessionEndpoint",
]
