import asyncio
import contextlib
import logging
import time

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer

from sessions.attendance import permissions
from sessions.models import LiveSession
from sessions.socket_refresh import RefreshGate

from .groups import endpoint_group, session_group
from .state import dashboard_state, visible_endpoint_ids

logger = logging.getLogger(__name__)


@database_sync_to_async
def _groups(session_id: int, user) -> list[str] | None:
    """The groups this viewer joins; None: refused."""
    if not permissions.can_watch_session(user):
        return None
    session = LiveSession.objects.filter(pk=session_id).first()
    if session is None:
        return None
    endpoint_ids = visible_endpoint_ids(session=session, user=user)
    if endpoint_ids is None:
        return [session_group(session_id)]
    if endpoint_ids:
        return [endpoint_group(session_id, pk) for pk in endpoint_ids]
    return None


@database_sync_to_async
def _snapshot(session_id: int, user) -> dict | None:
    session = LiveSession.objects.filter(pk=session_id).first()
    return dashboard_state(session=session, user=user) if session else None


class AttendanceDashboardConsumer(AsyncJsonWebsocketConsumer):
    """One session's live attendance: a snapshot on connect, then ready updates.

    Organisers join the session's group; a coordinator joins only their endpoints'
    groups. Trainees and anonymous visitors are refused (4403). The pipeline
    (``sessions/pipeline/``) computes each change once and sends one ready message
    per group, so handling a message here is forwarding it: no database work.

    The dashboard says when it is behind (``{"type": "status", "behind": true}``):
    when a message arrives later than ``lag_after`` seconds after it was sent, when
    a message is missing (a gap in its group's sequence), or when a probe sent
    through the channel layer every ``probe_every`` seconds does not come back
    (Redis down). After a gap, or once the channel layer works again, it sends a
    fresh snapshot from the database, once.
    """

    probe_every = 5.0
    lag_after = 2.0

    async def connect(self) -> None:
        self.refresh_gate = RefreshGate()
        self.groups_wanted: list[str] = []
        self.groups_joined: list[str] = []
        self.last_seq: dict[tuple[str, str], int] = {}
        self.layer_ok = True
        self.lagging = False
        self.behind_shown = False
        self.probes_sent = self.probes_seen = 0
        self.probe_task: asyncio.Task | None = None
        user = self.scope.get("user")
        if user is None or not user.is_authenticated:
            await self.close(code=4401)
            return
        self.session_id = int(self.scope["url_route"]["kwargs"]["session_id"])
        groups = await _groups(self.session_id, user)
        if groups is None:
            await self.close(code=4403)
            return
        self.groups_wanted = groups
        await self.accept()
        # Join first, then read: nothing that changes in between is missed.
        self.layer_ok = await self._join()
        await self._send_snapshot()
        await self._show_status()
        self.probe_task = asyncio.create_task(self._probe_forever())

    async def disconnect(self, code) -> None:
        if getattr(self, "probe_task", None) is not None:
            self.probe_task.cancel()
        for group in getattr(self, "groups_joined", []):
            with contextlib.suppress(Exception):
                await self.channel_layer.group_discard(group, self.channel_name)

    async def receive_json(self, content, **kwargs) -> None:
        if content.get("type") == "refresh" and self.refresh_gate.allows():
            await self._send_snapshot()

    # -- messages from the pipeline: forwarded as they are ---------------------

    async def attendance_updates(self, event) -> None:
        key = (event["origin"], event["group"])
        previous = self.last_seq.get(key)
        self.last_seq[key] = event["seq"]
        if previous is not None and event["seq"] != previous + 1:
            # Something was lost on the way: the database has it.
            await self._send_snapshot()
            return
        self.lagging = time.time() - event["sent"] > self.lag_after
        await self._show_status()
        with contextlib.suppress(OSError):  # the socket may have closed meanwhile
            await self.send(text_data=event["text"])

    # -- is the channel layer delivering? --------------------------------------

    async def dashboard_probe(self, event) -> None:
        self.probes_seen = max(self.probes_seen, event["n"])
        self.lagging = False
        if not self.layer_ok and len(self.groups_joined) == len(self.groups_wanted):
            self.layer_ok = True
            await self._send_snapshot()  # what was sent meanwhile may be lost
        await self._show_status()

    async def _probe_forever(self) -> None:
        while True:
            await asyncio.sleep(self.probe_every)
            await self._probe()

    async def _probe(self) -> None:
        if self.probes_seen < self.probes_sent:  # the last one never came back
            self.layer_ok = False
        if len(self.groups_joined) < len(self.groups_wanted):
            await self._join()
        self.probes_sent += 1
        try:
            await asyncio.wait_for(
                self.channel_layer.send(
                    self.channel_name,
                    {"type": "dashboard.probe", "n": self.probes_sent},
                ),
                timeout=self.probe_every,
            )
        except Exception as error:
            logger.info("dashboard probe not sent: %r", error)
            self.layer_ok = False
        await self._show_status()

    async def _join(self) -> bool:
        try:
            for group in self.groups_wanted:
                if group not in self.groups_joined:
                    await self.channel_layer.group_add(group, self.channel_name)
                    self.groups_joined.append(group)
        except Exception as error:
            logger.info("dashboard could not join its groups: %r", error)
            return False
        return True

    async def _show_status(self) -> None:
        behind = not self.layer_ok or self.lagging
        if behind != self.behind_shown:
            self.behind_shown = behind
            await self._send({"type": "status", "behind": behind})

    async def _send_snapshot(self) -> None:
        state = await _snapshot(self.session_id, self.scope["user"])
        if state is not None:
            await self._send(state)

    async def _send(self, data: dict) -> None:
        # The socket may have closed meanwhile (servers raise an OSError then).
        with contextlib.suppress(OSError):
            await self.send_json(data)
