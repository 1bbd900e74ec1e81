import contextlib
import time

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer

from sessions.models import LiveSession
from sessions.participation import session_participation
from sessions.participation_updates import ParticipationWatch
from sessions.socket_refresh import RefreshGate

from .broadcast import broadcaster
from .groups import feed_group
from .selectors import MODERATORS, PARTICIPANTS, question_feed


@database_sync_to_async
def _audience(session_id: int, user) -> str | None:
    """Which feed this person gets; None: they do not take part."""
    session = LiveSession.objects.filter(pk=session_id).first()
    if session is None:
        return None
    participation = session_participation(user, session)
    if participation is None:
        return None
    return MODERATORS if participation.moderates else PARTICIPANTS


@database_sync_to_async
def _snapshot(session_id: int, audience: str) -> dict:
    sent = time.time()
    return {"sent": sent, **question_feed(session_id=session_id, audience=audience)}


class QuestionsConsumer(ParticipationWatch, AsyncJsonWebsocketConsumer):
    """A session's questions, live: the list on connect, then each ready list.

    Moderators get the moderators' feed (authors, hidden questions); participants
    the participants' feed. Anyone else is refused (4401 not signed in, 4403 not
    taking part; closed with 4403 once they no longer do). Messages come ready from
    ``broadcast.py``: forwarding them needs no database.
    """

    async def connect(self) -> None:
        self.refresh_gate = RefreshGate()
        self.group = None
        user = self.scope.get("user")
        if user is None or not user.is_authenticated:
            await self.close(code=4401)
            return
        self.session_id = int(self.scope["url_route"]["kwargs"]["session_id"])
        audience = await _audience(self.session_id, user)
        if audience is None:
            await self.close(code=4403)
            return
        broadcaster.attach()
        await self.accept()
        # Join first, then read: nothing that changes in between is missed.
        self.group = feed_group(self.session_id, audience)
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.participation_watch()
        self.audience = audience
        await self._send({"type": "feed", **await _snapshot(self.session_id, audience)})

    async def disconnect(self, code) -> None:
        if getattr(self, "group", None):
            with contextlib.suppress(Exception):
                await self.channel_layer.group_discard(self.group, self.channel_name)
        await self.participation_unwatch()

    async def receive_json(self, content, **kwargs) -> None:
        if content.get("type") == "refresh" and self.refresh_gate.allows():
            snapshot = await _snapshot(self.session_id, self.audience)
            await self._send({"type": "feed", **snapshot})

    async def questions_feed(self, event) -> None:
        await self._send({**event, "type": "feed"})

    async def _send(self, data: dict) -> None:
        with contextlib.suppress(OSError):
            await self.send_json(data)
