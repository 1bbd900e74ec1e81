"""Folding new connection events into per-identity presence summaries, and reading
them back.

``pending_apply`` claims events not yet folded (``presence_applied`` false, found
through a partial index), locks the summaries of the identities they name and
recomputes each from *that identity's own* events (plus the session's few
room-level events): the work per event is bounded by its identity's history, never
by the session's. Claiming uses ``SKIP LOCKED`` and summaries are locked in one
order, so the workers of several processes and the periodic repair can run at once
without double work or deadlock; whoever holds a summary's lock reads every event
committed before it, so no event is folded into a stale result.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from django.contrib.auth import get_user_model
from django.db import IntegrityError, connection, transaction
from django.db.models import Q
from django.utils import timezone

from sessions.attendance.sources import AUTHORITATIVE, SessionPresence
from sessions.jitsi.identity import endpoint_identity, parse_identity, user_identity
from sessions.jitsi.room_ends import room_end_from_payload
from sessions.models import ConnectionEvent, Endpoint, PresenceSummary
from sessions.presence import Fold, Interval, Repairs

from .compute import EventRow, fold_dump, fold_later, fold_load, fold_whole

Kind = ConnectionEvent.Kind
PRESENCE_KINDS = (Kind.JOINED, Kind.LEFT)
ROOM_KINDS = (Kind.ROOM_CREATED, Kind.ROOM_DESTROYED)
#: Events claimed per transaction.
BATCH = 2000
#: What is read of a claimed event (``_rows``' columns, then the session).
CLAIMED = (
    "endpoint_id",
    "user_id",
    "source",
    "kind",
    "participant_key",
    "occurred_at",
    "session_id",
)


@dataclass(frozen=True)
class Identity:
    """An endpoint's room (``endpoint_id``) or a person on their own device."""

    session_id: int
    endpoint_id: int | None
    user_id: int | None

    def sort_key(self) -> tuple[int, int, int]:
        return (self.session_id, self.endpoint_id or 0, self.user_id or 0)


#: An endpoint's last connection edge in one kind of intervals: ``("connected",
#: start)`` while its last interval is open, ``("dropped", end)`` once it closed
#: (ISO times, as stored); None before any interval.
Edge = tuple[str, str] | None


class EdgeChange(NamedTuple):
    """An endpoint's last edge before and after a fold, in the authoritative
    intervals and in the advisory ones (which of them the dashboard shows is decided
    by ``uses_authoritative`` when the feed line is made)."""

    session_id: int
    endpoint_id: int
    before: Edge
    after: Edge
    advisory_before: Edge
    advisory_after: Edge

    def shown(self, authoritative: bool) -> tuple[Edge, Edge]:
        if authoritative:
            return self.before, self.after
        return self.advisory_before, self.advisory_after


def last_edge(stored: list) -> Edge:
    if not stored:
        return None
    start, end = stored[-1][0], stored[-1][1]
    return ("connected", start) if end is None else ("dropped", end)


@dataclass(frozen=True)
class Applied:
    events: int
    identities: frozenset[Identity]
    #: Another process was folding: nothing done, try again shortly.
    busy: bool = False
    #: The endpoints' connection edges that the fold changed.
    edges: tuple[EdgeChange, ...] = ()

    def endpoints_by_session(self) -> dict[int, set[int]]:
        result: dict[int, set[int]] = defaultdict(set)
        for identity in self.identities:
            if identity.endpoint_id is not None:
                result[identity.session_id].add(identity.endpoint_id)
        return dict(result)


def _identity(session_id: int, endpoint_id: int | None, user_id: int | None):
    if endpoint_id is not None:
        return Identity(session_id, endpoint_id, None)
    if user_id is not None:
        return Identity(session_id, None, user_id)
    return None


def _pending(session_ids: list[int] | None):
    pending = ConnectionEvent.objects.filter(presence_applied=False)
    if session_ids is not None:
        pending = pending.filter(session_id__in=session_ids)
    return pending


#: PostgreSQL advisory lock: one process folds at a time (no duplicate work).
FOLD_LOCK = 0x70726573


def _fold_lock(wait: bool) -> bool:
    """Serialise folding across processes (PostgreSQL; SQLite serialises writes
    anyway). Workers and readers do not wait (the holder folds their events too);
    the periodic repair and flushes outside a server, which hold no other lock, do."""
    if connection.vendor != "postgresql":
        return True
    with connection.cursor() as cursor:
        function = "pg_advisory_xact_lock" if wait else "pg_try_advisory_xact_lock"
        cursor.execute(f"SELECT {function}(%s)", [FOLD_LOCK])
        return wait or bool(cursor.fetchone()[0])


def pending_apply(
    *,
    session_ids: list[int] | None = None,
    limit: int = BATCH,
    wait: bool = True,
    people: bool = True,
) -> Applied:
    """Fold up to ``limit`` unapplied events (of these sessions, or of any) into their
    identities' summaries; return what changed. Without ``people``, only the rooms'
    events (endpoints and room-level): what the dashboards show."""
    with transaction.atomic():
        if not _fold_lock(wait):
            return Applied(0, frozenset(), busy=True)
        pending = _pending(session_ids)
        if not people:
            pending = pending.filter(Q(endpoint__isnull=False) | Q(user__isnull=True))
        claimed = list(
            pending.order_by("pk")
            .select_for_update(skip_locked=True)
            .values_list("pk", *CLAIMED)[:limit]
        )
        if not claimed:
            return Applied(0, frozenset())
        identities: set[Identity] = set()
        whole_sessions: set[int] = set()
        for _pk, endpoint_id, user_id, _source, kind, _key, _at, sid in claimed:
            if sid is None:
                continue
            if kind in ROOM_KINDS:
                whole_sessions.add(sid)
            elif (identity := _identity(sid, endpoint_id, user_id)) is not None:
                identities.add(identity)
        if whole_sessions:
            # A room-level event (the room destroyed...) may change every identity,
            # and its occupancy records may name one that has no event of its own.
            known = PresenceSummary.objects.filter(session_id__in=whole_sessions)
            for row in known.values_list("session_id", "endpoint_id", "user_id"):
                identities.add(_identity(*row))
            identities |= _named_in_room_records(whole_sessions)
        edges = identities_refresh(
            identities,
            new_events=[
                row[1:]
                for row in claimed
                if row[-1] is not None and row[-1] not in whole_sessions
            ],
        )
        ConnectionEvent.objects.filter(pk__in=[row[0] for row in claimed]).update(
            presence_applied=True
        )
    return Applied(len(claimed), frozenset(identities), edges=tuple(edges or ()))


def _named_in_room_records(session_ids: set[int]) -> set[Identity]:
    """The identities that these sessions' room/destroyed records name."""
    named: set[tuple[int, str]] = set()
    ends = (
        ConnectionEvent.objects.room_ends()
        .filter(session_id__in=session_ids, source__in=AUTHORITATIVE)
        .values_list("session_id", "occurred_at", "payload")
    )
    for session_id, occurred_at, payload in ends:
        end = room_end_from_payload(occurred_at=occurred_at, payload=payload)
        for record in end.occupants if end else ():
            named.add((session_id, record.identity))
    found: set[Identity] = set()
    codes: dict[str, set[int]] = defaultdict(set)
    people: dict[int, set[int]] = defaultdict(set)
    for session_id, name in named:
        who = parse_identity(name)
        if who.user_id is not None:
            people[who.user_id].add(session_id)
        elif who.endpoint_code:
            codes[who.endpoint_code].add(session_id)
    if people:  # a record may name an account that does not exist (any more)
        existing = get_user_model().objects.filter(pk__in=list(people))
        for pk in existing.values_list("pk", flat=True):
            found |= {Identity(sid, None, pk) for sid in people[pk]}
    if codes:
        for pk, code in Endpoint.objects.filter(code__in=list(codes)).values_list(
            "pk", "code"
        ):
            found |= {Identity(sid, pk, None) for sid in codes[code]}
    return found


def pending_apply_all(
    *, session_ids: list[int] | None = None, wait: bool = False
) -> Applied:
    """Everything pending, in batches; one query when nothing is.

    Readers do not wait for a fold running in another process: they may hold locks
    (finalising holds the session's) that the fold needs, and what that fold is
    folding is ~100 ms old, as an event that arrives just after the read would be.
    """
    events, identities = 0, set()
    edges: list[EdgeChange] = []
    if not _pending(session_ids).exists():
        return Applied(0, frozenset())
    while True:
        applied = pending_apply(session_ids=session_ids, wait=wait)
        if not applied.events:
            return Applied(events, frozenset(identities), edges=tuple(edges))
        events += applied.events
        identities |= applied.identities
        edges.extend(applied.edges)


def _rows(queryset, with_payload: bool = False) -> list[tuple]:
    fields = ["endpoint_id", "user_id", "source", "kind", "participant_key"]
    fields += ["occurred_at"] + (["payload"] if with_payload else [])
    return list(queryset.values_list(*fields))


def _event(row: tuple) -> EventRow:
    return EventRow(row[3], row[4], row[5], row[2], row[6] if len(row) > 6 else None)


def _dump(intervals: list[Interval]) -> list[list[str | None]]:
    return [
        [i.start.isoformat(), i.end.isoformat() if i.end else None] for i in intervals
    ]


def load_intervals(stored: list) -> list[Interval]:
    return [
        Interval(
            datetime.fromisoformat(start), datetime.fromisoformat(end) if end else None
        )
        for start, end in stored
    ]


def _locked(session_id: int, endpoint_ids: list, user_ids: list) -> list:
    """The session's summaries of these identities, locked in one order."""
    which = Q(endpoint_id__in=endpoint_ids) | Q(
        endpoint__isnull=True, user_id__in=user_ids
    )
    return list(
        PresenceSummary.objects.select_for_update()
        .filter(which, session_id=session_id)
        .order_by("pk")
    )


def _key(summary: PresenceSummary) -> tuple[int | None, int | None]:
    return (
        summary.endpoint_id,
        summary.user_id if not summary.endpoint_id else None,
    )


def _new_rows_by_key(new_events) -> dict[tuple, list[tuple]]:
    """The claimed rows (as ``_rows`` reads them) per (endpoint, user) key."""
    by_key: dict[tuple, list[tuple]] = defaultdict(list)
    for row in new_events or ():
        endpoint_id, user_id = row[0], row[1]
        by_key[(endpoint_id, None if endpoint_id else user_id)].append(row)
    return by_key


def _go_on(summary: PresenceSummary, rows: list[tuple]) -> bool:
    """Fold the new ``rows`` into ``summary`` from where it stopped; False when
    only the whole computation is right (an event older than the fold, a room's
    end, no fold kept yet, nothing new)."""
    if not summary.fold or not rows:
        return False
    authoritative = [_event(r) for r in rows if r[2] in AUTHORITATIVE]
    advisory = [_event(r) for r in rows if r[2] not in AUTHORITATIVE]
    folds = {}
    for part, events in (("authoritative", authoritative), ("advisory", advisory)):
        fold = fold_load(summary.fold[part])
        folds[part] = fold_later(fold, events) if events else fold
        if folds[part] is None:
            return False
    _store(
        summary,
        folds["authoritative"],
        folds["advisory"],
        summary.authoritative_events + len(authoritative),
        summary.advisory_events + len(advisory),
    )
    return True


def _store(summary, authoritative, advisory, n_authoritative, n_advisory) -> None:
    summary.intervals = _dump(authoritative.intervals())
    summary.repairs = list(authoritative.repairs().as_tuple())
    summary.advisory_intervals = _dump(advisory.intervals())
    summary.authoritative_events = n_authoritative
    summary.advisory_events = n_advisory
    summary.fold = {
        "authoritative": fold_dump(authoritative),
        "advisory": fold_dump(advisory),
    }


def _recompute(sid: int, summaries: list[PresenceSummary]) -> None:
    """These summaries from all their identities' own events."""
    endpoint_ids = [s.endpoint_id for s in summaries if s.endpoint_id]
    user_ids = [s.user_id for s in summaries if not s.endpoint_id]
    events = ConnectionEvent.objects.filter(session_id=sid)
    room_events = events.filter(
        endpoint__isnull=True,
        user__isnull=True,
        kind__in=ROOM_KINDS,
        source__in=AUTHORITATIVE,
    )
    room = [_event(row) for row in _rows(room_events, with_payload=True)]
    own: dict[tuple, list[tuple]] = defaultdict(list)
    if endpoint_ids:
        for row in _rows(
            events.filter(endpoint_id__in=endpoint_ids, kind__in=PRESENCE_KINDS)
        ):
            own[(row[0], None)].append(row)
    if user_ids:
        for row in _rows(
            events.filter(
                endpoint__isnull=True, user_id__in=user_ids, kind__in=PRESENCE_KINDS
            )
        ):
            own[(None, row[1])].append(row)
    codes = (
        dict(Endpoint.objects.filter(pk__in=endpoint_ids).values_list("pk", "code"))
        if endpoint_ids
        else {}
    )
    for summary in summaries:
        identity = (
            endpoint_identity(codes.get(summary.endpoint_id, ""))
            if summary.endpoint_id
            else user_identity(summary.user_id)
        )
        rows = own.get(_key(summary), [])
        authoritative = [_event(r) for r in rows if r[2] in AUTHORITATIVE]
        advisory = [_event(r) for r in rows if r[2] not in AUTHORITATIVE]
        _store(
            summary,
            fold_whole(identity=identity, events=authoritative, room_events=room),
            fold_whole(identity=identity, events=advisory, room_events=[]),
            len(authoritative),
            len(advisory),
        )


EMPTY_FOLD = fold_dump(
    Fold(open={}, closed=(), closed_repairs=Repairs(), settled_at=None)
)

#: What a fold changes on a summary.
SAVED = (
    "intervals",
    "advisory_intervals",
    "authoritative_events",
    "advisory_events",
    "repairs",
    "fold",
    "updated_at",
)


def _save(changed: list[PresenceSummary]) -> None:
    """One UPDATE per summary, sent together (``executemany``). Django's
    ``bulk_update`` builds a CASE expression per field and row in Python: it took
    30 of the 37 seconds that folding 4,000 events into 2,000 summaries cost."""
    if not changed:
        return
    fields = [PresenceSummary._meta.get_field(name) for name in SAVED]
    quote = connection.ops.quote_name
    assignments = ", ".join(f"{quote(field.column)} = %s" for field in fields)
    sql = (
        f"UPDATE {quote(PresenceSummary._meta.db_table)} SET {assignments} "
        f"WHERE {quote('id')} = %s"
    )
    params = [
        [
            field.get_db_prep_save(getattr(summary, field.attname), connection)
            for field in fields
        ]
        + [summary.pk]
        for summary in changed
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, params)


def _first_fold(session_id: int) -> dict | None:
    """The fold of an identity that has no summary yet: none of its events has been
    folded, so its new events go on from nothing; unless the session's room has
    ended before, whose records may name it (then it is computed whole)."""
    ended = ConnectionEvent.objects.room_ends().filter(session_id=session_id).exists()
    return None if ended else {"authoritative": EMPTY_FOLD, "advisory": EMPTY_FOLD}


@transaction.atomic
def identities_refresh(
    identities: set[Identity],
    now: datetime | None = None,
    *,
    new_events: list[tuple] | None = None,
) -> list[EdgeChange]:
    """Bring the summaries of ``identities`` up to date; return the endpoints whose
    last connection edge moved (what the dashboards' feed says). An identity's first
    summary is inserted already computed.

    With ``new_events`` (the rows just claimed, as ``_rows`` reads them, and no
    room-level event among them) each summary goes on from its stored fold with
    only its new events: work bounded by what arrived, not by the history. A
    summary that cannot (see ``_go_on``) is recomputed from its identity's events.
    """
    now = now or timezone.now()
    edges: list[EdgeChange] = []
    by_session: dict[int, list[Identity]] = defaultdict(list)
    for identity in identities:
        by_session[identity.session_id].append(identity)
    new_by_session: dict[int, list[tuple]] = defaultdict(list)
    for row in new_events or ():
        new_by_session[row[-1]].append(row[:-1])
    changed = []
    for sid in sorted(by_session):
        endpoint_ids = [i.endpoint_id for i in by_session[sid] if i.endpoint_id]
        user_ids = [i.user_id for i in by_session[sid] if i.endpoint_id is None]
        summaries = _locked(sid, endpoint_ids, user_ids)
        newcomers = []
        if len(summaries) < len(by_session[sid]):  # first events of an identity
            known = {_key(summary) for summary in summaries}
            fold = _first_fold(sid) if sid in new_by_session else None
            candidates = (
                PresenceSummary(
                    session_id=i.session_id,
                    endpoint_id=i.endpoint_id,
                    user_id=i.user_id,
                    fold=fold,
                )
                for i in sorted(by_session[sid], key=Identity.sort_key)
            )
            newcomers = [c for c in candidates if _key(c) not in known]
        edges_before = [_edges(summary) for summary in summaries + newcomers]
        new_rows = _new_rows_by_key(new_by_session.get(sid))
        whole = [
            summary
            for summary in summaries + newcomers
            if not _go_on(summary, new_rows.get(_key(summary), []))
        ]
        if whole:
            _recompute(sid, whole)
        if newcomers and not _created(newcomers, now):
            # Another process created one of them meanwhile: create what is still
            # missing, then compute all of them whole from their events.
            PresenceSummary.objects.bulk_create(newcomers, ignore_conflicts=True)
            summaries = _locked(sid, endpoint_ids, user_ids)
            edges_before = [_edges(summary) for summary in summaries]
            _recompute(sid, summaries)
            newcomers = []
        changed += summaries  # the newcomers were inserted already computed
        for summary, before in zip(summaries + newcomers, edges_before, strict=True):
            after = _edges(summary)
            if summary.endpoint_id and before != after:
                edges.append(
                    EdgeChange(
                        sid,
                        summary.endpoint_id,
                        before[0],
                        after[0],
                        before[1],
                        after[1],
                    )
                )
            summary.updated_at = now
    _save(changed)
    return edges


def _edges(summary: PresenceSummary) -> tuple[Edge, Edge]:
    """The summary's last edge in its authoritative and its advisory intervals."""
    return last_edge(summary.intervals), last_edge(summary.advisory_intervals)


def _created(newcomers: list[PresenceSummary], now: datetime) -> bool:
    """Insert the newcomers' summaries already computed (no empty row to update
    afterwards); False, and nothing inserted, if one exists already."""
    for summary in newcomers:
        summary.updated_at = now
    try:
        with transaction.atomic():
            PresenceSummary.objects.bulk_create(newcomers)
    except IntegrityError:
        return False
    return True


def uses_authoritative(session_id: int) -> bool:
    """Advisory events count only for a session no authoritative source reported on."""
    return (
        PresenceSummary.objects.filter(session_id=session_id)
        .filter(Q(authoritative_events__gt=0) | ~Q(intervals=[]))
        .exists()
    )


def endpoint_intervals(
    session_id: int,
    endpoint_ids=None,
    *,
    authoritative: bool | None = None,
    last: int | None = None,
) -> dict[int, list[Interval]]:
    """The endpoints' connected intervals, from their summaries (two queries; one
    when the caller already knows ``uses_authoritative``); only the ``last`` ones
    when that is all the caller shows (the dashboard: the state and the feed)."""
    if authoritative is None:
        authoritative = uses_authoritative(session_id)
    field = "intervals" if authoritative else "advisory_intervals"
    summaries = PresenceSummary.objects.filter(
        session_id=session_id, endpoint__isnull=False
    )
    if endpoint_ids is not None:
        summaries = summaries.filter(endpoint_id__in=list(endpoint_ids))
    return {
        endpoint_id: load_intervals(stored[-last:] if last else stored)
        for endpoint_id, stored in summaries.values_list("endpoint_id", field)
    }


def presence_by_session(
    *, session_ids: list[int], catch_up: bool = True, now: datetime | None = None
) -> dict[int, SessionPresence]:
    """Several sessions' presence from their summaries (one query); ``catch_up``
    first folds what is still pending for them (normally nothing: the worker is
    ~100 ms behind). With ``now``, presence as it stood then: nothing after it."""
    if catch_up and session_ids:
        caught_up(session_ids)
    rows: dict[int, list[tuple]] = {session_id: [] for session_id in session_ids}
    stored = PresenceSummary.objects.filter(session_id__in=session_ids).values_list(
        "session_id",
        "endpoint_id",
        "user_id",
        "intervals",
        "advisory_intervals",
        "authoritative_events",
        "advisory_events",
        "repairs",
    )
    for session_id, *row in stored:
        rows[session_id].append(row)
    now = now or timezone.now()
    return {key: _presence(value, now) for key, value in rows.items()}


def caught_up(session_ids: list[int]) -> None:
    """Fold what is still pending for these sessions before reading them (normally
    nothing: one query), and have the dashboards told of what that changed."""
    applied = pending_apply_all(session_ids=session_ids)
    if not applied.events:
        return
    from .worker import pipeline

    edges = defaultdict(list)
    for edge in applied.edges:
        edges[edge.session_id].append(edge)
    for session_id, endpoint_ids in applied.endpoints_by_session().items():
        transaction.on_commit(
            lambda s=session_id, e=endpoint_ids, d=edges[session_id]: (
                pipeline.endpoints_folded(s, e, d)
            )
        )


def _as_of(intervals: list[Interval], now: datetime | None) -> list[Interval]:
    """What was known at ``now``: later intervals dropped, one still running then
    open."""
    if now is None:
        return intervals
    return [
        Interval(i.start, i.end if i.end is not None and i.end <= now else None)
        for i in intervals
        if i.start <= now
    ]


def _presence(rows: list, now: datetime | None = None) -> SessionPresence:
    """The rule of ``attendance.sources``: advisory events
    count only where no authoritative source reported (events or a room's records),
    and then a person's advisory presence is flagged as such."""
    authoritative = any(row[4] or row[2] for row in rows)
    endpoints, users = {}, {}
    repairs = Repairs()
    for endpoint_id, user_id, stored, advisory, _n_auth, _n_adv, repaired in rows:
        chosen = stored if authoritative else advisory
        if authoritative and repaired:
            repairs += Repairs(*repaired)
        if not chosen:
            continue
        intervals = _as_of(load_intervals(chosen), now)
        if not intervals:
            continue
        if endpoint_id is not None:
            endpoints[endpoint_id] = intervals
        else:
            users[user_id] = intervals
    return SessionPresence(
        has_video_data=any(row[4] or row[5] or row[2] for row in rows),
        endpoints=endpoints,
        users=users,
        users_advisory=not authoritative and any(row[5] for row in rows),
        repairs=repairs,
    )


def session_presence(
    *, session_id: int, catch_up: bool = True, now: datetime | None = None
) -> SessionPresence:
    """One session's presence, read from its summaries."""
    return presence_by_session(session_ids=[session_id], catch_up=catch_up, now=now)[
        session_id
    ]
