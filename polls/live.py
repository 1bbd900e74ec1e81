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

import time

from sessions.live_updates import SessionCoalescer

from .groups import moderators_group, participants_group

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


#: This process's notifier: services tell it, consumers attach it.
notifier = SessionCoalescer(messages_for, window=WINDOW, name="polls")
