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

import time

from sessions.live_updates import SessionCoalescer

from .groups import feed_group

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


#: This process's broadcaster: services tell it, consumers attach it.
broadcaster = SessionCoalescer(outgoing_for, window=WINDOW, name="questions")
