from .attendance import (
    Attendance,
    AttendanceChange,
    AttendanceFinalisation,
    AttendanceQuerySet,
    Headcount,
)
from .endpoints import Endpoint, EndpointQuerySet
from .events import ConnectionEvent
from .live_sessions import (
    LiveSession,
    LiveSessionQuerySet,
    SessionEndChange,
    SessionEndpoint,
)
from .presence_state import PresenceSummary
from .rosters import AgencyEndpoint, ExpectedAttendee, ExpectedAttendeeQuerySet

__all__ = [
    "AgencyEndpoint",
    "ExpectedAttendee",
    "ExpectedAttendeeQuerySet",
    "Attendance",
    "AttendanceChange",
    "AttendanceFinalisation",
    "AttendanceQuerySet",
    "Headcount",
    "ConnectionEvent",
    "Endpoint",
    "EndpointQuerySet",
    "LiveSession",
    "LiveSessionQuerySet",
    "PresenceSummary",
    "SessionEndChange",
    "SessionEndpoint",
]
