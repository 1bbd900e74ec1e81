import contextlib

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer

from sessions.models import LiveSession
from sessions.participation import session_participation
from sessions.participation_updates import ParticipationWatch
from sessions.socket_refresh import RefreshGate

from .groups import moderators_group, participants_group
from .live import notifier
from .selectors import answered_choices, for_participants, session_polls


@database_sync_to_async
def _taking_part(session_id: int, user):
    session = LiveSession.objects.filter(pk=session_id).first()
    return session_participation(user, session) if session else None


@database_sync_to_async
def _snapshot(session_id: int, user, moderates: bool) -> dict:
    polls = session_polls(session_id=session_id)
    return {
        "type": "state",
        "polls": polls if moderates else for_participants(polls),
        "answered": {
            str(poll_id): choices
            for poll_id, choices in answered_choices(
                session_id=session_id, user=user
            ).items()
        },
    }


class PollsConsumer(ParticipationWatch, AsyncJsonWebsocketConsumer):
    """A session's polls, live: a snapshot on connect, then each ready state.

    Moderators join the moderators' group, everyone else taking part the
    participants' group; anyone else is refused (4401 signed out, 4403 not taking
    part; closed with 4403 once they no longer do). The notifier
    (``polls/live.py``) builds one message per audience, so a message is forwarded
    here as it is: no database work per message. Answers go through the page's
    HTTP form, not this socket.
    """

    async def connect(self) -> None:
        self.refresh_gate = RefreshGate()
        self.group = None
        user = self.scope.get("user")
        if user is None or not user.is_authenticated:
            await self.close(code=4401)
            return
        self.session_id = int(self.scope["url_route"]["kwargs"]["session_id"])
        taking_part = await _taking_part(self.session_id, user)
        if taking_part is None:
            await self.close(code=4403)
            return
        notifier.attach()
        self.moderates = taking_part.moderates
        self.group = (moderators_group if self.moderates else participants_group)(
            self.session_id
        )
        await self.accept()
        # Join first, then read: nothing that changes in between is missed.
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.participation_watch()
        await self.send_json(await _snapshot(self.session_id, user, self.moderates))

    async def disconnect(self, code) -> None:
        if self.group is not None:
            with contextlib.suppress(Exception):
                await self.channel_layer.group_discard(self.group, self.channel_name)
        await self.participation_unwatch()

    async def receive_json(self, content, **kwargs) -> None:
        if content.get("type") == "refresh" and self.refresh_gate.allows():
            await self.send_json(
                await _snapshot(self.session_id, self.scope["user"], self.moderates)
            )

    async def polls_state(self, event) -> None:
        with contextlib.suppress(OSError):  # the socket may have closed meanwhile
            await self.send_json({"type": "state", "polls": event["polls"]})
