"""Reconciliation: Prosody's event_sync loses events (a timed-out request is not
retried), so for live sessions we ask Prosody who is in the room and close or open
the presence intervals the webhooks missed.

Occupants and open connections are matched by the identity in their token
(``user:<pk>``, ``endpoint:<code>``), never by display name (a district may join
under any name). Prosody's ``/room`` names occupants by their MUC JID and reports
the email of their presence, which Jitsi takes from the token: a person's account
email, or an endpoint screen's ``<code>@endpoint.invalid`` (see ``identity.py``).

Per identity: no occupant left in the room closes all its open connections; more
open connections than occupants closes the surplus (those reconciliation opened
first, then the oldest); more occupants than open connections opens the missing
ones. An empty room closes everything still open, whoever opened it. Synthetic
events are keyed by their time, so a later rejoin is recorded again.
"""

import hashlib
from collections.abc import Iterable
from datetime import datetime

from django.contrib.auth import get_user_model
from django.db.models.functions import Lower
from django.utils import timezone

from ..models import ConnectionEvent, LiveSession
from ..presence import (
    BY_EVENT,
    BY_RECONCILIATION,
    Connection,
    PresenceEvent,
    connections,
)
from .client import JitsiClient, Occupant
from .identity import endpoint_code_from_email, endpoint_identity, user_identity
from .room_ends import room_end_from_payload
from .services import connection_events_record
from .webhooks import ParsedEvent

AUTHORITATIVE = [
    ConnectionEvent.Source.PROSODY,
    ConnectionEvent.Source.JAAS,
    ConnectionEvent.Source.RECONCILIATION,
]


def open_connections(
    session: LiveSession, *, now: datetime
) -> list[tuple[str, Connection]]:
    """(identity, connection) for every connection open as of ``now``; identity is
    "" for a connection without a token."""
    rows = session.connection_events.filter(
        source__in=AUTHORITATIVE,
        kind__in=[ConnectionEvent.Kind.JOINED, ConnectionEvent.Kind.LEFT],
    ).values_list(
        "participant_key", "kind", "occurred_at", "source", "user_id", "endpoint__code"
    )
    identities: dict[str, str] = {}
    events = []
    for key, kind, at, source, user_id, code in rows:
        if user_id:
            identities[key] = user_identity(user_id)
        elif code:
            identities[key] = endpoint_identity(code)
        reconciled = source == ConnectionEvent.Source.RECONCILIATION
        via = BY_RECONCILIATION if reconciled else BY_EVENT
        events.append(PresenceEvent(key, kind, at, via))
    ends = [
        end
        for at, payload in session.connection_events.room_ends()
        .filter(source__in=AUTHORITATIVE)
        .values_list("occurred_at", "payload")
        if (end := room_end_from_payload(occurred_at=at, payload=payload)) is not None
    ]
    return [
        (identities.get(connection.participant_key, ""), connection)
        for connection in connections(events, ends, now=now)
        if connection.end is None
    ]


def occupant_identities(occupants: Iterable[Occupant]) -> dict[str, str]:
    """MUC JID -> token identity, from the email Jitsi took from the token."""
    occupants = list(occupants)
    emails = {o.email.strip().lower() for o in occupants if o.email.strip()}
    users = dict(
        get_user_model()
        .objects.annotate(email_lower=Lower("email"))
        .filter(email_lower__in=emails)
        .values_list("email_lower", "pk")
    )
    result = {}
    for occupant in occupants:
        email = occupant.email.strip().lower()
        code = endpoint_code_from_email(email)
        if code:
            result[occupant.jid] = endpoint_identity(code)
        elif email in users:
            result[occupant.jid] = user_identity(users[email])
        else:
            result[occupant.jid] = ""
    return result


def _key(kind: str, session: LiveSession, participant_key: str, now: datetime) -> str:
    digest = hashlib.sha256(participant_key.encode()).hexdigest()[:40]
    return f"rec:{kind}:{session.pk}:{digest}:{now.timestamp():.0f}"


def _left(session, identity, connection: Connection, now, why: str) -> ParsedEvent:
    return ParsedEvent(
        kind=ConnectionEvent.Kind.LEFT,
        source=ConnectionEvent.Source.RECONCILIATION,
        room_name=session.room_name,
        idempotency_key=_key("left", session, connection.participant_key, now),
        occurred_at=now,
        participant_key=connection.participant_key,
        identity=identity,
        payload={"reconciled": why},
    )


def session_reconcile(
    *, session: LiveSession, occupants: Iterable[Occupant], now: datetime | None = None
) -> list[ConnectionEvent]:
    """Record what the room shows but the log lacks: leaves and joins, at ``now``."""
    now = now or timezone.now()
    occupants = list(occupants)
    who = occupant_identities(occupants)
    in_room: dict[str, list[Occupant]] = {}
    for occupant in occupants:
        in_room.setdefault(who[occupant.jid], []).append(occupant)
    open_by_identity: dict[str, list[Connection]] = {}
    for identity, connection in open_connections(session, now=now):
        open_by_identity.setdefault(identity, []).append(connection)

    events: list[ParsedEvent] = []
    for identity, open_ in open_by_identity.items():
        if not occupants:
            keep = 0  # the room is empty: close everything, whoever opened it
        elif not identity:
            continue  # no token: nothing to match it by, and it counts for nothing
        else:
            keep = len(in_room.get(identity, []))
        surplus = sorted(
            open_, key=lambda c: (c.opened_by != BY_RECONCILIATION, c.start)
        )[: max(0, len(open_) - keep)]
        why = "room empty" if not occupants else "not in the room"
        events += [_left(session, identity, c, now, why) for c in surplus]
    for identity, present in in_room.items():
        if not identity:
            continue
        open_keys = {c.participant_key for c in open_by_identity.get(identity, [])}
        missing = len(present) - len(open_by_identity.get(identity, []))
        for occupant in present:
            key = f"muc:{occupant.jid}"
            if missing <= 0:
                break
            if key in open_keys:
                continue
            missing -= 1
            events.append(
                ParsedEvent(
                    kind=ConnectionEvent.Kind.JOINED,
                    source=ConnectionEvent.Source.RECONCILIATION,
                    room_name=session.room_name,
                    idempotency_key=_key("joined", session, key, now),
                    occurred_at=now,
                    participant_key=key,
                    identity=identity,
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
