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
import logging

from asgiref.sync import async_to_sync
from channels.db import database_sync_to_async
from channels.layers import get_channel_layer

from .models import LiveSession
from .participation import session_participation

logger = logging.getLogger(__name__)

MESSAGE_TYPE = "participation.changed"


def participation_group(session_id: int, user_id: int) -> str:
    return f"participation.session-{int(session_id)}.user-{int(user_id)}"


def participation_changed(sender, session, user_ids=None, **kwargs) -> None:
    """Receiver of ``attendance_changed`` (sent after the commit). Best effort: with
    the channel layer down the change stands, and the sockets close at their next
    reconnect instead."""
    if not user_ids:
        return
    layer = get_channel_layer()
    if layer is None:
        return
    for user_id in user_ids:
        try:
            async_to_sync(layer.group_send)(
                participation_group(session.pk, user_id), {"type": MESSAGE_TYPE}
            )
        except Exception as error:
            logger.warning("participation change not sent: %r", error)


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
