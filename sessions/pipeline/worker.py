"""Each ASGI process's coalescing worker: an asyncio task started lazily.

Request threads only *tell* it what happened (``events_recorded``,
``endpoint_changed``: no database, no Redis). Woken, it waits ``WINDOW`` seconds to
gather what else arrives, then in one worker thread folds the pending events into
their summaries and computes each changed dashboard row once, and sends one ready
message per group. Outside a server (management commands, WSGI, tests without an
event loop) the same flush runs inline after the commit.
"""

import asyncio
import logging
import threading
import time
from collections import defaultdict
from datetime import datetime

from asgiref.sync import sync_to_async
from channels.layers import get_channel_layer
from django.db import close_old_connections, connections
from django.utils import timezone

from sessions.live_updates import send_from_sync, wake_or_flush

from . import fanout, summaries

logger = logging.getLogger(__name__)

#: Seconds a flush waits to gather changes arriving together.
WINDOW = 0.1

#: People's own events change no dashboard row: the worker folds them this often
#: (readers and the periodic repair fold what is pending when they need it).
PEOPLE_EVERY = 5.0

#: A change with no endpoint: a remote trainee's check-in.
REMOTE = None


def flush_compute(
    changes: dict[int, dict[int | None, list[dict]]],
    *,
    wait: bool = False,
    people: bool = True,
) -> tuple[list[fanout.SessionChanges], int]:
    """Fold pending events, then build each changed session's rows once, and the
    feed's lines of what happened (see ``sessions.dashboard.feed``).

    ``changes``: per session and endpoint, what the request threads told (feed
    items without ``where`` and ``time`` yet) and, as ``{"kind": "connection",
    "edge": EdgeChange}``, the connection edges a reader's fold moved. Returns the
    batches to send and how many events were folded (``BATCH``: more may be
    pending; -1: another process is folding, try again shortly).
    """
    from sessions.dashboard import feed
    from sessions.dashboard.state import endpoint_rows, remote_row

    applied = summaries.pending_apply(wait=wait, people=people)
    wanted: dict[int, dict[int | None, list[dict]]] = defaultdict(dict)
    edges: dict[int, list[summaries.EdgeChange]] = defaultdict(list)
    for session_id, endpoint_ids in applied.endpoints_by_session().items():
        for endpoint_id in endpoint_ids:
            wanted[session_id].setdefault(endpoint_id, [])
    for session_id, by_endpoint in changes.items():
        for endpoint_id, items in by_endpoint.items():
            told = wanted[session_id].setdefault(endpoint_id, [])
            for change in items:
                if change.get("kind") == "connection":
                    edges[session_id].append(change["edge"])
                else:
                    told.append(change)
    for edge in applied.edges:
        edges[edge.session_id].append(edge)
    for session_id, endpoint_id in _expected_elsewhere(changes):
        wanted[session_id].setdefault(endpoint_id, [])
    batches = []
    for session_id in sorted(wanted):
        by_endpoint = wanted[session_id]
        ids = [pk for pk in by_endpoint if pk is not REMOTE]
        authoritative = summaries.uses_authoritative(session_id) if ids else True
        rows = (
            endpoint_rows(session_id, ids, authoritative=authoritative) if ids else []
        )
        names = {row["endpoint_id"]: row["name"] for row in rows}
        remote = remote_row(session_id) if REMOTE in by_endpoint else None
        changed = [
            feed.item(
                change.get("kind", ""),
                change.get("at", time.time()),
                endpoint_id=pk,
                where=names.get(pk, ""),
                name=change.get("name", ""),
                key=change.get("key", ""),
                count=change.get("count"),
            )
            for pk, items in by_endpoint.items()
            for change in items
        ]
        for edge in edges[session_id]:
            if edge.endpoint_id not in names:
                continue
            line = feed.connection_item(
                edge, authoritative=authoritative, where=names[edge.endpoint_id]
            )
            if line is not None:
                changed.append(line)
        changed.sort(key=lambda change: change["at"])
        batches.append(fanout.SessionChanges(session_id, rows, remote, changed))
    return batches, -1 if applied.busy else applied.events


def _expected_elsewhere(changes) -> set[tuple[int, int]]:
    """(session, endpoint) where the people whose attendance changed were expected:
    someone expected at A who checks in at B changes A's expected counts too. One
    query per session with such changes."""
    from sessions.models import ExpectedAttendee

    found = set()
    for session_id, by_endpoint in changes.items():
        users = {
            change["user_id"]
            for items in by_endpoint.values()
            for change in items
            if change.get("user_id") is not None
        }
        if not users:
            continue
        expected_at = ExpectedAttendee.objects.filter(
            session_id=session_id, user_id__in=users, endpoint__isnull=False
        ).values_list("endpoint_id", flat=True)
        found |= {(session_id, endpoint_id) for endpoint_id in expected_at}
    return found


def _outgoing(batches: list[fanout.SessionChanges]) -> list[tuple[str, dict]]:
    return [item for batch in batches for item in fanout.messages(batch)]


def _send_from_sync(outgoing: list[tuple[str, dict]]) -> None:
    send_from_sync(fanout.send, outgoing)


class Pipeline:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._changes: dict[int, dict[int | None, list[dict]]] = defaultdict(
            lambda: defaultdict(list)
        )
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._task: asyncio.Task | None = None
        self._people_timer: asyncio.TimerHandle | None = None

    # -- telling (any thread) -------------------------------------------------

    def events_recorded(self, session_id: int) -> None:
        """New connection events of ``session_id`` are committed."""
        with self._lock:
            self._changes.setdefault(session_id, defaultdict(list))
        self._poke()

    def endpoint_changed(
        self,
        session_id: int,
        endpoint_id: int | None,
        *,
        kind: str = "",
        name: str = "",
        at: datetime | None = None,
        key: str = "",
        count: int | None = None,
        user_id: int | None = None,
    ) -> None:
        """An endpoint's row changed (a check-in, the roster, a headcount): ``kind``
        says what happened, ``key`` which stored fact records it (the feed's line,
        ``sessions.dashboard.feed``), ``user_id`` whose attendance it was (the row
        of the endpoint that expected them changes too)."""
        change = {
            "kind": kind,
            "name": name,
            "at": (at or timezone.now()).timestamp(),
            "key": key,
        }
        if count is not None:
            change["count"] = count
        if user_id is not None:
            change["user_id"] = user_id
        with self._lock:
            self._changes[session_id][endpoint_id].append(change)
        self._poke()

    def endpoints_folded(self, session_id: int, endpoint_ids, edges=()) -> None:
        """A reader folded these endpoints' pending events: send their rows, and a
        line for each connection edge that moved (``summaries.EdgeChange``)."""
        with self._lock:
            for endpoint_id in endpoint_ids:
                self._changes[session_id].setdefault(endpoint_id, [])
            for edge in edges:
                self._changes[session_id][edge.endpoint_id].append(
                    {"kind": "connection", "edge": edge}
                )
        self._poke()

    def _take(self) -> dict:
        with self._lock:
            changes, self._changes = (
                self._changes,
                defaultdict(lambda: defaultdict(list)),
            )
        return {sid: dict(by_endpoint) for sid, by_endpoint in changes.items()}

    def _poke(self) -> None:
        wake_or_flush(self._loop, self._ensure_running, self.flush_inline)

    # -- the worker (the server's event loop) ---------------------------------

    def attach(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        """The worker lives in ``loop`` (default: the running one, as the ASGI app
        calls it); it is started there once and restarted if it ever ended."""
        loop = loop or asyncio.get_running_loop()
        if self._loop is not loop:
            self._loop = loop
            self._wake = asyncio.Event()
            self._task = self._people_timer = None
        self._ensure_running(wake=False)

    def detach(self) -> None:
        """Stop the worker (tests); later changes are flushed inline."""
        if self._task is not None:
            self._task.cancel()
        if self._people_timer is not None:
            self._people_timer.cancel()
        self._loop = self._task = self._wake = self._people_timer = None

    def _ensure_running(self, wake: bool = True) -> None:
        if self._loop is None:  # detached after this call was scheduled
            self.flush_inline()
            return
        if self._task is None or self._task.done():
            self._task = self._loop.create_task(self._run())
        if wake:
            self._wake.set()

    async def _run(self) -> None:
        layer = get_channel_layer()
        cost = 0.0
        people_folded = 0.0
        while True:
            await self._wake.wait()
            # Gather for the window, longer when folding is slow: under load each
            # fold takes more events at once instead of running back to back.
            await asyncio.sleep(max(WINDOW, cost))
            self._wake.clear()
            began = time.monotonic()
            changes = self._take()
            people = began - people_folded >= PEOPLE_EVERY
            if people:
                people_folded = began
            elif self._people_timer is None:  # fold them at their next turn
                self._people_timer = self._loop.call_later(
                    PEOPLE_EVERY, self._people_due
                )
            try:
                batches, folded = await sync_to_async(
                    self._compute_in_thread, thread_sensitive=False
                )(changes, people)
            except Exception:
                # The events stay pending: the next flush or the repair folds them.
                logger.exception("presence pipeline flush failed")
                continue
            cost = time.monotonic() - began
            await fanout.send(layer, _outgoing(batches))
            if folded >= summaries.BATCH or folded < 0:
                self._wake.set()

    def _people_due(self) -> None:
        self._people_timer = None
        self._wake.set()

    @staticmethod
    def _compute_in_thread(changes, people: bool):
        close_old_connections()
        try:
            return flush_compute(changes, people=people)
        finally:
            connections.close_all()  # back to the pool (no request_finished here)

    # -- without a server ------------------------------------------------------

    def flush_inline(self) -> None:
        changes = self._take()
        while True:
            batches, folded = flush_compute(changes, wait=True)
            changes = {}
            _send_from_sync(_outgoing(batches))
            if folded < summaries.BATCH:
                return


pipeline = Pipeline()
