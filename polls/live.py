"""Pushing polls to the session's pages: one coalescing notifier per process.

Writes only *tell* the notifier which session changed (after their commit: no
database, no channel layer). Woken, it waits ``WINDOW`` seconds to gather what else
arrives (a room of people answering at once), then reads each changed session once
in a worker thread and sends one ready message per audience: moderators get every
poll with results, participants the launched polls with the results that are
shown. Each message is the session's whole poll state, so a lost one is made good
by the next. Consumers only forward. The worker lives in the event loop of the
first polls consumer of the process; until one connects (or outside a server: tests,
commands) the same flush runs inline after the commit, uncoalesced. The pattern is
the attendance pipeline's (``sessions/pipeline/worker.py``), without its folding.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time

from asgiref.sync import async_to_sync, sync_to_async
from channels.layers import get_channel_layer
from django.db import close_old_connections, connections

from sessions.pipeline import fanout

from .groups import moderators_group, participants_group

logger = logging.getLogger(__name__)

#: Seconds a flush waits to gather answers arriving together.
WINDOW = 0.25
#: The consumers' handler for these messages is ``polls_state``.
MESSAGE_TYPE = "polls.state"


def messages_for(session_ids: set[int]) -> list[tuple[str, dict]]:
    """One message per audience of each session, read once per session."""
    from .selectors import for_participants, session_polls

    out = []
    for session_id in sorted(session_ids):
        polls = session_polls(session_id=session_id)
        sent = time.time()
        out.append(
            (
                moderators_group(session_id),
                {"type": MESSAGE_TYPE, "polls": polls, "sent": sent},
            )
        )
        out.append(
            (
                participants_group(session_id),
                {"type": MESSAGE_TYPE, "polls": for_participants(polls), "sent": sent},
            )
        )
    return out


class Notifier:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: set[int] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._task: asyncio.Task | None = None

    def session_changed(self, session_id: int) -> None:
        """A poll of ``session_id`` changed (any thread)."""
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

    def _take(self) -> set[int]:
        with self._lock:
            pending, self._pending = self._pending, set()
        return pending

    def attach(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        """Run the worker in ``loop`` (default: the running one; a consumer's
        ``connect`` calls it, so it lives in the server's event loop)."""
        loop = loop or asyncio.get_running_loop()
        if self._loop is not loop:
            self._loop, self._wake, self._task = loop, asyncio.Event(), None

    def detach(self) -> None:
        """Stop the worker (tests); later changes are flushed inline."""
        if self._task is not None:
            self._task.cancel()
        self._loop = self._task = self._wake = None

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
            await asyncio.sleep(WINDOW)
            self._wake.clear()
            pending = self._take()
            if not pending:
                continue
            try:
                outgoing = await sync_to_async(
                    self._compute_in_thread, thread_sensitive=False
                )(pending)
            except Exception:
                logger.exception("polls update failed")
                continue
            await fanout.send(layer, outgoing)

    @staticmethod
    def _compute_in_thread(pending: set[int]) -> list[tuple[str, dict]]:
        close_old_connections()
        try:
            return messages_for(pending)
        finally:
            connections.close_all()  # back to the pool (no request_finished here)

    def flush_inline(self) -> None:
        pending = self._take()
        if not pending:
            return
        outgoing = messages_for(pending)
        layer = get_channel_layer()
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            async_to_sync(fanout.send)(layer, outgoing)
        else:
            loop.create_task(fanout.send(layer, outgoing))


notifier = Notifier()
