"""From stored connection events to presence per user and per endpoint, as of now.

Which evidence counts: webhook sources (Prosody's event_sync, JaaS) and the
reconciliation are authoritative. The room page's own reports (advisory) are used
only for a session no authoritative source reported on, and even then a person's
advisory presence counts only with a check-in or a coordinator's mark (see
``outcomes.person_presence``): one scripted request never attends.

The computation itself is ``sessions.presence``, once per identity, kept up to date
by the pipeline (``sessions.pipeline.summaries``) which every reader goes through.
"""

from dataclasses import dataclass, field

from sessions.models import ConnectionEvent
from sessions.presence import Interval, Repairs

AUTHORITATIVE = frozenset(
    {
        ConnectionEvent.Source.PROSODY,
        ConnectionEvent.Source.JAAS,
        ConnectionEvent.Source.RECONCILIATION,
    }
)


@dataclass(frozen=True)
class SessionPresence:
    #: Whether any video event was recorded for the session at all.
    has_video_data: bool
    #: endpoint_id -> the endpoint's merged connected intervals (as of now).
    endpoints: dict[int, list[Interval]]
    #: user_id -> the user's own merged connected intervals (not via an endpoint).
    users: dict[int, list[Interval]]
    #: True when ``users`` come from the room page only (no server ever reported):
    #: such presence needs a check-in or a coordinator's mark to count.
    users_advisory: bool = False
    #: Intervals the lost-event repairs opened or closed.
    repairs: Repairs = field(default_factory=Repairs)
