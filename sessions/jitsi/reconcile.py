"""Reconciliation: Prosody's event_sync loses events (a timed-out request is not
retried), so for live sessions we ask Prosody who is in the room and close or open
the presence intervals the webhooks missed.

Prosody's ``/room`` names occupants by their MUC JID, not by the real JID that
event_sync reports, so an open interval and an occupant are matched by the token's
email or, failing that, by display name (an endpoint screen joins under its name).
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone

from ..models import ConnectionEvent, LiveSession
from .client import JitsiClient, Occupant
from .identity import endpoint_identity, user_identity
from .services import connection_events_record
from .webhooks import ParsedEvent

AUTHORITATIVE = [
    ConnectionEvent.Source.PROSODY,
    ConnectionEvent.Source.JAAS,
    ConnectionEvent.Source.RECONCILIATION,
]


@dataclass(frozen=True)
class OpenConnection:
    participant_key: str
    since: datetime
    email: str
    display_name: str
    identity: str


def open_connections(session: LiveSession) -> list[OpenConnection]:
    """Connections whose last authoritative event is a join."""
    last: dict[str, ConnectionEvent] = {}
    rows = (
        session.connection_events.filter(
            source__in=AUTHORITATIVE,
            kind__in=[ConnectionEvent.Kind.JOINED, ConnectionEvent.Kind.LEFT],
        )
        .select_related("user", "endpoint")
        .order_by("occurred_at", "kind")
    )
    for row in rows:
        last[row.participant_key] = row
    result = []
    for key, row in last.items():
        if row.kind != ConnectionEvent.Kind.JOINED:
            continue
        if row.user_id:
            identity = user_identity(row.user_id)
        elif row.endpoint_id:
            identity = endpoint_identity(row.endpoint.code)
        else:
            identity = ""
        result.append(
            OpenConnection(
                participant_key=key,
                since=row.occurred_at,
                email=(row.user.email if row.user_id else "")
                or str((row.payload.get("occupant") or {}).get("email") or ""),
                display_name=row.display_name,
                identity=identity,
            )
        )
    return result


def _matches(connection: OpenConnection, occupant: Occupant) -> bool:
    if connection.email and occupant.email:
        return connection.email.casefold() == occupant.email.casefold()
    return bool(occupant.display_name) and (
        connection.display_name.casefold() == occupant.display_name.casefold()
    )


def _identity_for(session: LiveSession, occupant: Occupant) -> str:
    from django.contrib.auth import get_user_model

    if occupant.email:
        user_id = (
            get_user_model()
            .objects.filter(email__iexact=occupant.email)
            .values_list("pk", flat=True)
            .first()
        )
        if user_id:
            return user_identity(user_id)
    row = session.session_endpoints.filter(
        endpoint__name__iexact=occupant.display_name
    ).select_related("endpoint")
    first = row.first()
    return endpoint_identity(first.endpoint.code) if first else ""


def session_reconcile(
    *, session: LiveSession, occupants: Iterable[Occupant], now: datetime | None = None
) -> list[ConnectionEvent]:
    """Record what the room shows but the log lacks: leaves and joins, at ``now``."""
    now = now or timezone.now()
    occupants = list(occupants)
    unmatched = list(occupants)
    events: list[ParsedEvent] = []
    for connection in open_connections(session):
        match = next((o for o in unmatched if _matches(connection, o)), None)
        if match is not None:
            unmatched.remove(match)
            continue
        events.append(
            ParsedEvent(
                kind=ConnectionEvent.Kind.LEFT,
                source=ConnectionEvent.Source.RECONCILIATION,
                room_name=session.room_name,
                idempotency_key=(
                    f"rec:left:{session.pk}:{connection.participant_key}:"
                    f"{connection.since.timestamp():.0f}"
                )[:128],
                occurred_at=now,
                participant_key=connection.participant_key,
                identity=connection.identity,
                display_name=connection.display_name,
                payload={"reconciled": "not in the room"},
            )
        )
    for occupant in unmatched:
        events.append(
            ParsedEvent(
                kind=ConnectionEvent.Kind.JOINED,
                source=ConnectionEvent.Source.RECONCILIATION,
                room_name=session.room_name,
                idempotency_key=f"rec:joined:{session.pk}:{occupant.jid}"[:128],
                occurred_at=now,
                participant_key=f"muc:{occupant.jid}",
                identity=_identity_for(session, occupant),
                display_name=occupant.display_name[:255],
                payload={"reconciled": "in the room", "email": occupant.email},
            )
        )
    return connection_events_record(events=events)


def live_sessions_reconcile(*, client: JitsiClient | None = None) -> int:
    """Reconcile every live session; the number of events recorded."""
    sessions = list(LiveSession.objects.live())
    if not sessions:
        return 0
    own_client = client is None
    client = client or JitsiClient()
    try:
        recorded = 0
        for session in sessions:
            occupants = client.room_occupants(session.room_name)
            recorded += len(session_reconcile(session=session, occupants=occupants))
        return recorded
    finally:
        if own_client:
            client.close()
