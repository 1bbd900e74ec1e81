"""How often a live socket answers a client's "refresh" with a fresh read.

The dashboard, questions and polls sockets send a whole snapshot when asked: a read
of the session in a worker thread. A client sending "refresh" in a loop would make
its server process read the session as fast as it can ask. One answer every
``REFRESH_EVERY`` seconds at most; a refresh in between is ignored (the client holds
a snapshot at most that old, and every update sent since).
"""

import time
from collections.abc import Callable

REFRESH_EVERY = 2.0


class RefreshGate:
    def __init__(
        self,
        every: float = REFRESH_EVERY,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.every = every
        self._clock = clock
        self._last: float | None = None

    def allows(self) -> bool:
        """Whether a refresh asked now is answered (and counts as the last one)."""
        now = self._clock()
        if self._last is not None and now - self._last < self.every:
            return False
        self._last = now
        return True
