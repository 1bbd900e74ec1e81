"""For tests: a session's presence keyed by token identity (``user:<pk>``,
``endpoint:<code>``), read through the product's one presence computation."""

from datetime import datetime

from sessions.jitsi.identity import endpoint_identity, user_identity
from sessions.models import Endpoint, LiveSession
from sessions.pipeline.summaries import session_presence
from sessions.presence import Interval


def presence_by_identity(
    session: LiveSession, *, now: datetime | None = None
) -> dict[str, list[Interval]]:
    presence = session_presence(session_id=session.pk, now=now)
    codes = dict(Endpoint.objects.values_list("pk", "code"))
    result = {user_identity(pk): v for pk, v in presence.users.items()}
    result |= {endpoint_identity(codes[pk]): v for pk, v in presence.endpoints.items()}
    return result
