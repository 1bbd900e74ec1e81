"""Each process's coalescer of per-session changes for the live page's panels
(questions to the presenter, polls): the dashboard's pattern
(``sessions/pipeline/worker.py``) for features whose update is "read this session
again and send one ready message per audience".

Writes only *tell* it which session changed, after their commit (no database, no
channel layer on the request path). The worker, an asyncio task in the server's
event loop (attached by the ASGI app's first request, sessions/pipeline/asgi.py,
or by the feature's socket), waits ``window`` seconds
to gather what else arrives (a room voting or answering at once), then reads each
changed session once in a worker thread and sends the ready messages; consumers
only forward. Each message is the whole state, so one that is lost or late is made
good by the next. Outside a server (commands, tests without a loop) the same flush
runs inline after the commit, uncoalesced. A failed send is logged, never raised.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Awaitable, Callable

from asgiref.sync import async_to_sync, sync_to_async
from channels.layers import get_channel_layer
from django.db import close_old_connections, connections

logger = logging.getLogger(__name__)

Outgoing = list[tuple[str, dict]]

#: Every coalescer of the process (the ASGI app attaches them to its loop).
_coalescers: list[SessionCoalescer] = []


def coalescers_attach() -> None:
    """Attach every coalescer to the running loop (the server's)."""
    for coalescer in _coalescers:
        coalescer.attach()


async def groups_send(layer, outgoing: Outgoing, *, what: str) -> None:
    """Send each (group, message); one that fails is logged, never raised (Redis
    down: the stored facts stand, and the next change or reconnect makes it good)."""
    if layer is None:
        return
    for group, message in outgoing:
        try:
            await layer.group_send(group, message)
        except Exception as error:
            logger.warning("%s not sent: %r", what, error)


def send_from_sync(
    send: Callable[[object, Outgoing], Awaitable[object]], outgoing: Outgoing
) -> None:
    """Run ``send(layer, outgoing)`` from synchronous code (after a commit, in a
    command); in a thread whose event loop is running (a sync API driven from async
    code), schedule it on that loop instead."""
    if not outgoing:
        return
    layer = get_channel_layer()
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        async_to_sync(send)(layer, outgoing)
    else:
        loop.create_task(send(layer, outgoing))


def wake_or_flush(
    loop: asyncio.AbstractEventLoop | None,
    wake: Callable[[], None],
    flush_inline: Callable[[], None],
) -> None:
    """From any thread: have ``wake`` run on the worker's ``loop``; with no loop (or
    one closed meanwhile) flush in this thread instead."""
    if loop is not None and not loop.is_closed():
        try:
            loop.call_soon_threadsafe(wake)
            return
        except RuntimeError:  # closed meanwhile
            pass
    flush_inline()


class SessionCoalescer:
    def __init__(
        self,
        messages_for: Callable[[set[int]], Outgoing],
        *,
        window: float,
        name: str,
    ) -> None:
        #: Reads the changed sessions (in a worker thread): (group, message) pairs.
        self.messages_for = messages_for
        self.window = window
        self.name = name
        self._lock = threading.Lock()
        self._pending: set[int] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._task: asyncio.Task | None = None
        _coalescers.append(self)

    def session_changed(self, session_id: int) -> None:
        """Any thread: something of ``session_id`` changed (committed)."""
        with self._lock:
            self._pending.add(session_id)
        wake_or_flush(self._loop, self._ensure_running, self.flush_inline)

    def attach(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        """The worker lives in ``loop`` (default: the running one, as a consumer's
        ``connect`` calls it)."""
        loop = loop or asyncio.get_running_loop()
        if self._loop is not loop:
            if self._task is not None:
                self._task.cancel()
            self._loop, self._wake, self._task = loop, asyncio.Event(), None

    def detach(self) -> None:
        """Stop the worker (tests); later changes are flushed inline."""
        if self._task is not None:
            self._task.cancel()
        self._loop = self._task = self._wake = None

    async def send(self, layer, outgoing: Outgoing) -> None:
        await groups_send(layer, outgoing, what=f"{self.name} update")

    def _take(self) -> set[int]:
        with self._lock:
            pending, self._pending = self._pending, set()
        return pending

    def _ensure_running(self) -> None:
        if self._loop is None:  # detached meanwhile
            self.flush_inline()
            return
        if self._task is None or self._task.done():
            self._task = self._loop.create_task(self._run())
        self._wake.set()

    async def _run(self) -> None:
        layer = get_channel_layer()
        while True:
            await self._wake.wait()
            await asyncio.sleep(self.window)
            self._wake.clear()
            pending = self._take()
            if not pending:
                continue
            try:
                outgoing = await sync_to_async(
                    self._compute_in_thread, thread_sensitive=False
                )(pending)
            except Exception:
                logger.exception("%s update failed", self.name)
                continue
            await self.send(layer, outgoing)

    def _compute_in_thread(self, pending: set[int]) -> Outgoing:
        close_old_connections()
        try:
            return self.messages_for(pending)
        finally:
            connections.close_all()  # back to the pool (no request_finished here)

    def flush_inline(self) -> None:
        pending = self._take()
        if not pending:
            return
        send_from_sync(self.send, self.messages_for(pending))
