import asyncio
import contextlib

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer

from sessions.attendance import permissions
from sessions.models import LiveSession

from .groups import endpoint_group, session_group
from .state import dashboard_state, visible_endpoint_ids


@database_sync_to_async
def _initial(session_id: int, user) -> tuple[list[str], dict] | None:
    """The groups this viewer joins and the state to catch up from; None: refused."""
    if not permissions.can_watch_session(user):
        return None
    session = LiveSession.objects.filter(pk=session_id).first()
    if session is None:
        return None
    endpoint_ids = visible_endpoint_ids(session=session, user=user)
    if endpoint_ids is None:
        groups = [session_group(session_id)]
    elif endpoint_ids:
        groups = [endpoint_group(session_id, pk) for pk in endpoint_ids]
    else:
        return None
    return groups, dashboard_state(session=session, user=user)


class AttendanceDashboardConsumer(AsyncJsonWebsocketConsumer):
    """One session's live attendance: the full state on connect, then the changes.

    Organisers join the session's group; a coordinator joins only their endpoints'
    groups. Trainees and anonymous visitors are refused (4403). Changes arriving
    close together go out as one message (the latest row of each endpoint and the
    list of what happened), so a burst of check-ins costs each dashboard a few frames
    a second, not one per check-in.
    """

    #: Seconds to gather changes before sending them.
    flush_after = 0.1

    groups_joined: list[str]

    async def connect(self) -> None:
        self.groups_joined = []
        self.pending_rows: dict = {}
        self.pending_changes: list[dict] = []
        self.flush_task: asyncio.Task | None = None
        user = self.scope.get("user")
        if user is None or not user.is_authenticated:
            await self.close(code=4401)
            return
        session_id = int(self.scope["url_route"]["kwargs"]["session_id"])
        initial = await _initial(session_id, user)
        if initial is None:
            await self.close(code=4403)
            return
        groups, state = initial
        for group in groups:
            await self.channel_layer.group_add(group, self.channel_name)
        self.groups_joined = groups
        await self.accept()
        await self.send_json(state)

    async def disconnect(self, code) -> None:
        if getattr(self, "flush_task", None) is not None:
            self.flush_task.cancel()
        for group in self.groups_joined:
            await self.channel_layer.group_discard(group, self.channel_name)

    async def receive_json(self, content, **kwargs) -> None:
        if content.get("type") == "refresh":
            session_id = int(self.scope["url_route"]["kwargs"]["session_id"])
            initial = await _initial(session_id, self.scope["user"])
            if initial is not None:
                await self.send_json(initial[1])

    async def attendance_endpoint(self, event) -> None:
        row = event["row"]
        key = "remote" if event["remote"] else row["endpoint_id"]
        self.pending_rows[key] = row
        self.pending_changes.append(
            {**event.get("change", {}), "at": event["at"], "where": row.get("name", "")}
        )
        if self.flush_task is None:
            self.flush_task = asyncio.create_task(self._flush_soon())

    async def _flush_soon(self) -> None:
        await asyncio.sleep(self.flush_after)
        rows, self.pending_rows = self.pending_rows, {}
        changes, self.pending_changes = self.pending_changes, []
        self.flush_task = None
        # The socket may have closed meanwhile (servers raise an OSError then).
        with contextlib.suppress(OSError):
            await self.send_json(
                {
                    "type": "updates",
                    "endpoints": [row for key, row in rows.items() if key != "remote"],
                    "remote": rows.get("remote"),
                    "changes": changes,
                }
            )
