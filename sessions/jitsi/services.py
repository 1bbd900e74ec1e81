"""Storing connection events: once each, mapped to a session and a user or endpoint.

The webhook request does only this (one INSERT in the common case); everything that
reacts to the events runs from ``connection_events_recorded`` after the commit.
"""

import contextlib
import logging
import time
from collections.abc import Callable, Iterable
from functools import partial

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models.constants import OnConflict
from django.db.models.expressions import RawSQL

from ..models import ConnectionEvent, Endpoint, LiveSession
from ..signals import connection_events_recorded
from .identity import parse_identity
from .webhooks import ParsedEvent

logger = logging.getLogger(__name__)

#: Lookups (room -> session, code -> endpoint) are cached briefly: webhooks come in
#: bursts for the same room. A new session's room is found at once (misses are short).
LOOKUP_SECONDS = 60
MISS_SECONDS = 5


#: This process's copy of recent lookups: key -> (value, monotonic expiry).
_recent: dict[str, tuple[int, float]] = {}
_RECENT_KEPT = 50_000


def lookups_forget() -> None:
    """Forget this process's recent lookups (tests: ids are reused)."""
    _recent.clear()


def _lookups(wanted: dict[str, Callable[[], int | None]]) -> dict[str, int | None]:
    """Each key's value: from this process's recent lookups, else the shared cache
    (one round trip for all the keys), else the database. With the cache down
    (Redis stopped) the webhook still stores its event, it only costs a query more
    per key."""
    now = time.monotonic()
    result: dict[str, int | None] = {}
    for key in wanted:
        known = _recent.get(key)
        if known is not None and known[1] > now:
            result[key] = known[0] or None
    asked = [key for key in wanted if key not in result]
    if not asked:
        return result
    try:
        found = cache.get_many(asked)
    except Exception as error:
        logger.warning("cache unavailable, reading from the database: %r", error)
        found = {}
    missing = {key: wanted[key]() or 0 for key in asked if key not in found}
    if missing:
        with contextlib.suppress(Exception):
            hits = {key: value for key, value in missing.items() if value}
            if hits:
                cache.set_many(hits, LOOKUP_SECONDS)
            misses = {key: value for key, value in missing.items() if not value}
            if misses:
                cache.set_many(misses, MISS_SECONDS)
    if len(_recent) > _RECENT_KEPT:
        _recent.clear()
    for key in asked:
        value = found.get(key, missing.get(key)) or 0
        # A value read from the shared cache may be near its end there: kept here
        # briefly, so nothing is kept longer than LOOKUP_SECONDS after it was read
        # from the database (or MISS_SECONDS for a miss) plus MISS_SECONDS.
        lifetime = LOOKUP_SECONDS if value and key in missing else MISS_SECONDS
        _recent[key] = (value, now + lifetime)
        result[key] = value or None
    return result


def _room_key(room_name: str) -> str:
    return f"jitsi:room:{room_name}"


def _room_session(room_name: str):
    return lambda: (
        LiveSession.objects.filter(room_name=room_name)
        .values_list("pk", flat=True)
        .first()
    )


def session_id_for_room(room_name: str) -> int | None:
    key = _room_key(room_name)
    return _lookups({key: _room_session(room_name)})[key]


def _identity_lookups(room_name: str, code: str | None):
    """Session and endpoint of an event, in one trip to the cache at most (rooms and
    endpoints are few: the process's recent lookups answer almost every event)."""
    wanted = {_room_key(room_name): _room_session(room_name)}
    if code:
        wanted[f"jitsi:endpoint:{code}"] = lambda: (
            Endpoint.objects.filter(code=code).values_list("pk", flat=True).first()
        )
    found = _lookups(wanted)
    return (
        found[_room_key(room_name)],
        found.get(f"jitsi:endpoint:{code}") if code else None,
    )


def _account_if_it_exists(user_id: int) -> RawSQL:
    """The account's id, or NULL if it no longer exists, decided by the INSERT itself.

    People are many and each joins a few times, so a lookup per event mostly missed
    both this process's memory and the shared cache: a cache trip, a query and a
    cache write for each new person, half the webhook's time. The token's id is ours
    (we signed it); the database only checks that the account is still there. Written
    as SQL: compiling the equivalent queryset for every row was an eighth of the
    INSERT's time.
    """
    opts = get_user_model()._meta
    table = connection.ops.quote_name(opts.db_table)
    column = connection.ops.quote_name(opts.pk.column)
    return RawSQL(f"SELECT {column} FROM {table} WHERE {column} = %s", (user_id,))


def _send_recorded(session_id: int, events: list[ConnectionEvent]) -> None:
    connection_events_recorded.send(
        sender=ConnectionEvent, session_id=session_id, events=events
    )


def connection_event_build(*, event: ParsedEvent) -> ConnectionEvent:
    identity = parse_identity(event.identity)
    session_id, endpoint_id = _identity_lookups(event.room_name, identity.endpoint_code)
    return ConnectionEvent(
        session_id=session_id,
        room_name=event.room_name[:255],
        kind=event.kind,
        source=event.source,
        idempotency_key=event.idempotency_key,
        participant_key=event.participant_key[:255],
        user_id=_account_if_it_exists(identity.user_id) if identity.user_id else None,
        endpoint_id=endpoint_id,
        display_name=event.display_name,
        occurred_at=event.occurred_at,
        payload=event.payload,
    )


def _insert_together(rows: list[ConnectionEvent]) -> list[ConnectionEvent]:
    """The rows not stored yet, in one statement that says which they were:
    ``INSERT ... ON CONFLICT DO NOTHING RETURNING id, idempotency_key`` (PostgreSQL;
    SQLite's ``INSERT OR IGNORE ... RETURNING``), committed by itself. One round
    trip, where looking the keys up first and inserting in a transaction took six.

    ``bulk_create(ignore_conflicts=True)`` cannot tell which rows were new, so this
    calls the insert it is built on (``QuerySet._insert``) with the returning fields.
    """
    opts = ConnectionEvent._meta
    returned = ConnectionEvent.objects._insert(
        rows,
        fields=[field for field in opts.concrete_fields if not field.primary_key],
        returning_fields=[opts.pk, opts.get_field("idempotency_key")],
        on_conflict=OnConflict.IGNORE,
    )
    # A single row that was ignored comes back as None, not as no row.
    new = {key: pk for pk, key in filter(None, returned)}
    stored = []
    for row in rows:
        if row.idempotency_key in new:
            row.pk = new[row.idempotency_key]
            row._state.adding = False
            row._state.db = ConnectionEvent.objects.db
            stored.append(row)
    return stored


def connection_events_record(*, events: Iterable[ParsedEvent]) -> list[ConnectionEvent]:
    """Store each event unless its idempotency key is already stored; return the new.

    A replay (the same key) changes nothing. Events for rooms no session owns are kept
    with an empty session. Several events (the webhooks of concurrent requests, or a
    reconciliation's) are stored in one INSERT. Receivers of
    ``connection_events_recorded`` hear about the new events of each session once the
    rows are committed.
    """
    by_key: dict[str, ConnectionEvent] = {}
    for parsed in events:
        if parsed.idempotency_key not in by_key:
            by_key[parsed.idempotency_key] = connection_event_build(event=parsed)
    rows = list(by_key.values())
    stored = _insert_together(rows) if rows else []
    for row in stored:
        if isinstance(row.user_id, RawSQL):
            # Deferred: read from the stored row if anyone asks.
            row.__dict__.pop("user_id")
    by_session: dict[int, list[ConnectionEvent]] = {}
    for row in stored:
        if row.session_id:
            by_session.setdefault(row.session_id, []).append(row)
    for session_id, session_rows in by_session.items():
        transaction.on_commit(partial(_send_recorded, session_id, session_rows))
    return stored
