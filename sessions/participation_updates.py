"""A person's open live-page sockets hear when their part in a session may have
changed, and close if they no longer take part.

Whether someone takes part (``participation.py``) is decided when a socket
connects; a coordinator or organiser may mark them absent or excused while their
page is open. Each live-page socket also joins its person's own group for the
session; after a change of their attendance is committed (``attendance_changed``)
the group is told, and each socket checks again and closes (4403) if they no longer
take part. Their questions, votes and answers were already refused (each checks
participation); this stops what the page goes on receiving.
"""

import contextlib
from functools import partial

from channels.db import database_sync_to_async

from .live_updates import groups_send, send_from_sync
from .models import LiveSession
from .participation import session_participation

MESSAGE_TYPE = "participation.changed"


def participation_group(session_id: int, user_id: int) -> str:
    return f"participation.session-{int(session_id)}.user-{int(user_id)}"


def participation_changed(sender, session, user_ids=None, **kwargs) -> None:
    """Receiver of ``attendance_changed`` (sent after the commit). Best effort: with
    the channel layer down the change stands, and the sockets close at their next
    reconnect instead."""
    send_from_sync(
        partial(groups_send, what="participation change"),
        [
            (participation_group(session.pk, user_id), {"type": MESSAGE_TYPE})
            for user_id in user_ids or ()
            if user_id
        ],
    )


@database_sync_to_async
def _takes_part(session_id: int, user) -> bool:
    session = LiveSession.objects.filter(pk=session_id).first()
    return session is not None and session_participation(user, session) is not None


class ParticipationWatch:
    """For a live-page consumer that has ``session_id`` and a signed-in user."""

    watched_group: str | None = None

    async def participation_watch(self) -> None:
        self.watched_group = participation_group(self.session_id, self.scope["user"].pk)
        await self.channel_layer.group_add(self.watched_group, self.channel_name)

    async def participation_unwatch(self) -> None:
        if self.watched_group is not None:
            with contextlib.suppress(Exception):
                await self.channel_layer.group_discard(
                    self.watched_group, self.channel_name
                )

    async def participation_changed(self, event) -> None:
        if not await _takes_part(self.session_id, self.scope["user"]):
            await self.close(code=4403)
