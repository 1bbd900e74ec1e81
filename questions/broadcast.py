"""Each process's coalescer for the questions feed, on the dashboard's pattern
(``sessions/pipeline/worker.py``).

Services only *tell* it that a session's questions changed, after the commit (no
database, no channel layer on the request path). The worker, an asyncio task in the
server's event loop (attached when a questions socket connects), waits ``WINDOW``
seconds to gather what else arrives (a burst of votes), then reads each changed
session once and sends one ready message per audience: the moderators' (authors
shown) and the participants' (anonymous authors withheld, hidden questions left
out). Each message is the whole list, so one that is lost or late is made good by
the next; ``sent`` lets a page drop a message older than what it shows. Outside a
server (management commands, tests without a loop) the same flush runs inline.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time

from asgiref.sync import async_to_sync, sync_to_async
from channels.layers import get_channel_layer
from django.db import close_old_connections, connections

from .groups import feed_group

logger = logging.getLogger(__name__)

#: Seconds a flush waits to gather changes arriving together (as the dashboard).
WINDOW = 0.1
#: The consumers' handler for these messages is ``questions_feed``.
MESSAGE_TYPE = "questions.feed"


def outgoing_for(session_ids: set[int]) -> list[tuple[str, dict]]:
    """The ready messages for these sessions: one read each, one message per
    audience."""
    from .selectors import question_feeds

    out = []
    for session_id in sorted(session_ids):
        sent = time.time()
        for audience, feed in question_feeds(session_id=session_id).items():
            out.append(
                (
                    feed_group(session_id, audience),
                    {"type": MESSAGE_TYPE, "sent": sent, **feed},
                )
            )
    return out


async def send(layer, outgoing: list[tuple[str, dict]]) -> None:
    """Best-effort: a failed send is logged; the next change or a reconnect's
    snapshot brings the page up to date."""
    if layer is None:
        return
    for group, message in outgoing:
        try:
            await layer.group_send(group, message)
        except Exception as error:
            logger.warning("questions update not sent: %r", error)


class Broadcaster:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: set[int] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._task: asyncio.Task | None = None

    def session_changed(self, session_id: int) -> None:
        """Any thread: the session's questions changed (committed)."""
        with self._lock:
            self._pending.add(session_id)
        loop = self._loop
        if loop is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(self._ensure_running)
                return
            except RuntimeError:  # closed meanwhile
                pass
        self.flush_inline()

    def attach(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        """The worker lives in ``loop`` (default: the running one)."""
        loop = loop or asyncio.get_running_loop()
        if self._loop is not loop:
            self._loop = loop
            self._wake = asyncio.Event()
            self._task = None
        self._ensure_running(wake=False)

    def detach(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self._loop = self._task = self._wake = None

    def _take(self) -> set[int]:
        with self._lock:
            pending, self._pending = self._pending, set()
        return pending

    def _ensure_running(self, wake: bool = True) -> None:
        if self._task is None or self._task.done():
            self._task = self._loop.create_task(self._run())
        if wake:
            self._wake.set()

    async def _run(self) -> None:
        layer = get_channel_layer()
        while True:
            await self._wake.wait()
            await asyncio.sleep(WINDOW)
            self._wake.clear()
            session_ids = self._take()
            if not session_ids:
                continue
            try:
                outgoing = await sync_to_async(
                    self._compute_in_thread, thread_sensitive=False
                )(session_ids)
            except Exception:
                logger.exception("questions feed flush failed")
                continue
            await send(layer, outgoing)

    @staticmethod
    def _compute_in_thread(session_ids: set[int]) -> list[tuple[str, dict]]:
        close_old_connections()
        try:
            return outgoing_for(session_ids)
        finally:
            connections.close_all()

    def flush_inline(self) -> None:
        session_ids = self._take()
        if not session_ids:
            return
        outgoing = outgoing_for(session_ids)
        layer = get_channel_layer()
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            async_to_sync(send)(layer, outgoing)
        else:
            loop.create_task(send(layer, outgoing))


broadcaster = Broadcaster()
