"""Storing connection events: once each, mapped to a session and a user or endpoint.

The webhook request does only this (one INSERT in the common case); everything that
reacts to the events runs from ``connection_events_recorded`` after the commit.
"""

import contextlib
import logging
from collections.abc import Iterable
from functools import partial

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import IntegrityError, transaction

from ..models import ConnectionEvent, Endpoint, LiveSession
from ..signals import connection_events_recorded
from .identity import parse_identity
from .webhooks import ParsedEvent

logger = logging.getLogger(__name__)

#: Lookups (room -> session, code -> endpoint) are cached briefly: webhooks come in
#: bursts for the same room. A new session's room is found at once (misses are short).
LOOKUP_SECONDS = 60
MISS_SECONDS = 5


def _cached_lookup(key: str, compute) -> int | None:
    """The cached value, or the database's: with the cache down (Redis stopped) the
    webhook still stores its event, it only costs a query more."""
    try:
        value = cache.get(key)
    except Exception as error:
        logger.warning(
            "cache unavailable, reading %s from the database: %r", key, error
        )
        return compute() or None
    if value is None:
        value = compute() or 0
        with contextlib.suppress(Exception):
            cache.set(key, value, LOOKUP_SECONDS if value else MISS_SECONDS)
    return value or None


def session_id_for_room(room_name: str) -> int | None:
    return _cached_lookup(
        f"jitsi:room:{room_name}",
        lambda: (
            LiveSession.objects.filter(room_name=room_name)
            .values_list("pk", flat=True)
            .first()
        ),
    )


def _endpoint_id(code: str) -> int | None:
    return _cached_lookup(
        f"jitsi:endpoint:{code}",
        lambda: Endpoint.objects.filter(code=code).values_list("pk", flat=True).first(),
    )


def _user_id(pk: int) -> int | None:
    return _cached_lookup(
        f"jitsi:user:{pk}",
        lambda: (
            get_user_model().objects.filter(pk=pk).values_list("pk", flat=True).first()
        ),
    )


def _send_recorded(session_id: int, events: list[ConnectionEvent]) -> None:
    connection_events_recorded.send(
        sender=ConnectionEvent, session_id=session_id, events=events
    )


def _insert(row: ConnectionEvent) -> None:
    """One INSERT. Outside a transaction it commits by itself (one round trip, not
    BEGIN/INSERT/COMMIT); inside one, a savepoint keeps a duplicate from breaking it."""
    if transaction.get_connection().in_atomic_block:
        with transaction.atomic():
            row.save(force_insert=True)
    else:
        row.save(force_insert=True)


def connection_event_build(*, event: ParsedEvent) -> ConnectionEvent:
    identity = parse_identity(event.identity)
    return ConnectionEvent(
        session_id=session_id_for_room(event.room_name),
        room_name=event.room_name[:255],
        kind=event.kind,
        source=event.source,
        idempotency_key=event.idempotency_key,
        participant_key=event.participant_key[:255],
        user_id=_user_id(identity.user_id) if identity.user_id else None,
        endpoint_id=(
            _endpoint_id(identity.endpoint_code) if identity.endpoint_code else None
        ),
        display_name=event.display_name,
        occurred_at=event.occurred_at,
        payload=event.payload,
    )


def connection_events_record(*, events: Iterable[ParsedEvent]) -> list[ConnectionEvent]:
    """Store each event unless its idempotency key is already stored; return the new.

    A replay (the same key) changes nothing. Events for rooms no session owns are kept
    with an empty session. Receivers of ``connection_events_recorded`` hear about the
    new events of each session once the rows are committed.
    """
    stored: list[ConnectionEvent] = []
    for parsed in events:
        row = connection_event_build(event=parsed)
        try:
            _insert(row)
        except IntegrityError:
            continue  # already stored: the unique idempotency key says so
        stored.append(row)
    by_session: dict[int, list[ConnectionEvent]] = {}
    for row in stored:
        if row.session_id:
            by_session.setdefault(row.session_id, []).append(row)
    for session_id, rows in by_session.items():
        transaction.on_commit(partial(_send_recorded, session_id, rows))
    return stored
