"""Ready messages for the dashboards' groups, and sending them best-effort.

A message is built once per group per flush and carries everything a dashboard
shows, already encoded as the WebSocket frame's text, so consumers only forward it.
Each carries ``origin`` (this process), ``seq`` (per origin and group) and ``sent``
(epoch seconds, in the text too): a consumer that sees a gap or an old message knows
it is behind and resyncs, and a client can tell the server's share of a delay from
the network's. A failed send (Redis down) is logged, never raised: the rows are in
the database and dashboards catch up from there.
"""

import itertools
import json
import logging
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass

from sessions.dashboard.groups import endpoint_group, session_group

logger = logging.getLogger(__name__)

#: The consumer's handler for these messages is ``attendance_updates``.
MESSAGE_TYPE = "attendance.updates"
ORIGIN = uuid.uuid4().hex[:12]
_sequences: dict[str, itertools.count] = defaultdict(lambda: itertools.count(1))


@dataclass(frozen=True)
class SessionChanges:
    """What one flush found changed in one session."""

    session_id: int
    rows: list[dict]
    remote: dict | None
    changes: list[dict]


def _message(group: str, rows, remote, changes) -> dict:
    """``text`` is what every dashboard of the group receives, encoded once here
    rather than once per open dashboard."""
    sent = time.time()
    update = {"type": "updates", "endpoints": rows, "remote": remote, "sent": sent}
    return {
        "type": MESSAGE_TYPE,
        "text": json.dumps({**update, "changes": changes}),
        "group": group,
        "origin": ORIGIN,
        "seq": next(_sequences[group]),
        "sent": sent,
    }


def messages(batch: SessionChanges) -> list[tuple[str, dict]]:
    """One message for the session's group (organisers: everything) and one for each
    changed endpoint's group (its coordinators: that endpoint only)."""
    out = [
        (
            session_group(batch.session_id),
            _message(
                session_group(batch.session_id),
                batch.rows,
                batch.remote,
                batch.changes,
            ),
        )
    ]
    for row in batch.rows:
        group = endpoint_group(batch.session_id, row["endpoint_id"])
        changes = [
            c for c in batch.changes if c.get("endpoint_id") == row["endpoint_id"]
        ]
        out.append((group, _message(group, [row], None, changes)))
    return out


_failures = 0


async def send(layer, outgoing: list[tuple[str, dict]]) -> bool:
    """Send every message; False if any could not be sent (logged, not raised)."""
    global _failures
    if layer is None:
        return True
    ok = True
    for group, message in outgoing:
        try:
            await layer.group_send(group, message)
        except Exception as error:  # Redis down: best-effort, the database has it
            ok = False
            _failures += 1
            if _failures == 1 or _failures % 100 == 0:
                logger.warning(
                    "dashboard update not sent (%s failures so far): %r",
                    _failures,
                    error,
                )
    if ok and _failures:
        logger.info("dashboard updates are sent again after %s failures", _failures)
        _failures = 0
    return ok
