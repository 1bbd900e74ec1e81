"""Webhooks that arrive together are stored together (group commit).

A webhook's own work is small; what it cost was the trip to a worker thread, a
database connection from the pool and a commit, once per request: the fast path ran
no faster than a Django view that does nothing. Here each process's event loop
gathers the events of concurrent requests: the first goes at once, and while
``IN_FLIGHT`` batches are being stored the next ones wait and go together, in one
thread trip and one INSERT. Each request is still answered only once its row is
committed (or was already stored: a replay). If a batch fails, its events are
stored one by one, so one bad event fails only its own request; if the database
is out of reach, the whole batch fails at once.
"""

import asyncio
import logging

from asgiref.sync import sync_to_async
from django.db import (
    InterfaceError,
    OperationalError,
    close_old_connections,
    connections,
)

from .services import connection_events_record
from .webhooks import ParsedEvent

logger = logging.getLogger(__name__)

#: Batches being stored at once by one process (SQLite writes one at a time).
IN_FLIGHT = 2


def _in_flight_limit() -> int:
    return 1 if connections["default"].vendor == "sqlite" else IN_FLIGHT


#: Events stored in one INSERT at most.
MAX_BATCH = 200


def _record(events: list[ParsedEvent]) -> list[BaseException | None]:
    """Store the events; for each, None or the error that kept it from the database."""
    close_old_connections()
    try:
        try:
            connection_events_record(events=events)
            return [None] * len(events)
        except (OperationalError, InterfaceError) as error:
            # The database is out of reach: one by one would wait its timeout
            # for each event; every request is answered 503 at once.
            return [error] * len(events)
        except Exception as error:
            if len(events) == 1:
                return [error]
        outcomes: list[BaseException | None] = []
        for event in events:
            try:
                connection_events_record(events=[event])
                outcomes.append(None)
            except Exception as error:
                outcomes.append(error)
        return outcomes
    finally:
        # No request_finished signal here: hand the connection back to the pool.
        connections.close_all()


class EventBatcher:
    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._pending: list[tuple[ParsedEvent, asyncio.Future]] = []
        self._in_flight = 0
        self._limit = 1

    async def store(self, event: ParsedEvent) -> None:
        """Return once ``event`` is stored (or was already); raise what kept it out."""
        loop = asyncio.get_running_loop()
        if loop is not self._loop:  # a new server loop (tests run several)
            self._loop, self._pending, self._in_flight = loop, [], 0
            self._limit = _in_flight_limit()
        future = loop.create_future()
        self._pending.append((event, future))
        if self._in_flight < self._limit:
            self._start()
        await future

    def _start(self) -> None:
        batch = self._pending[:MAX_BATCH]
        self._pending = self._pending[MAX_BATCH:]
        self._in_flight += 1
        self._loop.create_task(self._store(batch))

    async def _store(self, batch: list[tuple[ParsedEvent, asyncio.Future]]) -> None:
        try:
            outcomes = await sync_to_async(_record, thread_sensitive=False)(
                [event for event, _future in batch]
            )
        except BaseException as error:  # the thread could not run at all
            outcomes = [error] * len(batch)
        finally:
            self._in_flight -= 1
            if self._pending and self._in_flight < self._limit:
                self._start()
        for (_event, future), error in zip(batch, outcomes, strict=True):
            if future.done():  # the client went away; the row is stored anyway
                continue
            if error is None:
                future.set_result(None)
            else:
                future.set_exception(error)
