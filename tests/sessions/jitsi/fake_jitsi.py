"""A fake Jitsi deployment for tests: one ASGI app serving Prosody's room modules,
the bridge, the focus and Jibri from an in-memory model of rooms, which also emits
the event_sync payloads a real Prosody would post.

Tests drive the real client through ``httpx.ASGITransport(app=fake)`` (async) or
``fake.mock_transport()`` (sync, the same handler), never by patching the client.
The service is told apart by host name: prosody, jvb, jicofo, jibri.
"""

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import parse_qs

import httpx
from django.utils import timezone

from sessions.jitsi import payloads

ENDPOINTS = {
    "prosody_url": "http://prosody:5280",
    "jvb_url": "http://jvb:8080",
    "jicofo_url": "http://jicofo:8888",
    "jibri_url": "http://jibri:2222",
}


@dataclass
class FakeOccupant:
    real_jid: str
    nick: str
    name: str
    email: str
    identity: str
    joined_at: datetime


@dataclass
class FakeJitsi:
    xmpp_domain: str = "meet.jitsi"
    muc_domain: str = "muc.meet.jitsi"
    rooms: dict[str, dict[str, FakeOccupant]] = field(default_factory=dict)
    created: dict[str, datetime] = field(default_factory=dict)
    unhealthy: set[str] = field(default_factory=set)
    #: (service, path) -> statuses to answer before answering normally.
    failures: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    jibri_busy: bool = False
    requests: list[tuple[str, str, str]] = field(default_factory=list)
    #: room -> every occupancy since the room was created (event_sync's record).
    history: dict[str, list[dict]] = field(default_factory=dict)

    # --- the in-memory deployment, emitting event_sync payloads ------------------

    def join(
        self,
        room: str,
        *,
        name: str,
        email: str = "",
        identity: str = "",
        at: datetime | None = None,
    ) -> tuple[str, dict]:
        at = at or timezone.now()
        occupants = self.rooms.setdefault(room, {})
        self.created.setdefault(room, at)
        occupant = FakeOccupant(
            real_jid=f"{uuid.uuid4()}@{self.xmpp_domain}/{uuid.uuid4().hex[:8]}",
            nick=uuid.uuid4().hex[:8],
            name=name,
            email=email,
            identity=identity,
            joined_at=at,
        )
        occupants[occupant.real_jid] = occupant
        path, payload = "occupant/joined", self._occupant_payload(room, occupant, None)
        self.history.setdefault(room, []).append(dict(payload["occupant"]))
        return path, payload

    def _left(self, room: str, real_jid: str, at: datetime | None) -> FakeOccupant:
        occupant = self.rooms[room].pop(real_jid)
        left_at = int((at or timezone.now()).timestamp())
        for record in self.history[room]:
            if record["occupant_jid"] == real_jid and "left_at" not in record:
                record["left_at"] = left_at
        return occupant

    def leave(self, room: str, real_jid: str, *, at: datetime | None = None):
        at = at or timezone.now()
        occupant = self._left(room, real_jid, at)
        return "occupant/left", self._occupant_payload(room, occupant, at)

    def drop_silently(
        self, room: str, real_jid: str, *, at: datetime | None = None
    ) -> None:
        """A leave whose webhook was lost (event_sync timed out)."""
        self._left(room, real_jid, at)

    def destroy(self, room: str, *, at: datetime | None = None) -> tuple[str, dict]:
        """The last occupant is gone: Prosody destroys the room and event_sync
        posts every occupancy since its creation (``all_occupants``)."""
        at = at or timezone.now()
        for real_jid in list(self.rooms.get(room, {})):
            self._left(room, real_jid, at)
        payload = payloads.event_sync_room(
            path="room/destroyed",
            room=room,
            muc_domain=self.muc_domain,
            created_at=self.created.pop(room),
            destroyed_at=at,
            all_occupants=self.history.pop(room, []),
        )
        self.rooms.pop(room, None)
        return "room/destroyed", payload

    def _occupant_payload(self, room, occupant: FakeOccupant, left_at):
        data = payloads.occupant(
            jid=occupant.real_jid,
            joined_at=occupant.joined_at,
            left_at=left_at,
            identity=occupant.identity,
            name=occupant.name,
            email=occupant.email,
        )
        path = "occupant/left" if left_at else "occupant/joined"
        return payloads.event_sync_occupant(
            path=path,
            room=room,
            muc_domain=self.muc_domain,
            occupant=data,
            active=len(self.rooms.get(room, {})),
        )

    # --- HTTP ----------------------------------------------------------------------

    def respond(self, host: str, method: str, path: str, query: str, body: bytes):
        service = host.split(":")[0]
        self.requests.append((service, method, path))
        queued = self.failures.get((service, path))
        if queued:
            return queued.pop(0), {"error": "injected failure"}
        handler = {
            "prosody": self._prosody,
            "jvb": self._jvb,
            "jicofo": self._jicofo,
            "jibri": self._jibri,
        }.get(service)
        if handler is None:
            return 404, {"error": "unknown host"}
        params = {k: v[0] for k, v in parse_qs(query).items()}
        return handler(method, path, params, body)

    def _prosody(self, method, path, params, body):
        if path == "/room-census":
            return 200, {
                "room_census": [
                    {
                        "room_name": f"{room}@{self.muc_domain}",
                        "participants": len(occupants),
                        "created_time": int(self.created[room].timestamp() * 1000),
                        "leaked": False,
                    }
                    for room, occupants in self.rooms.items()
                ]
            }
        if path not in ("/room-size", "/room"):
            return 404, None
        if not params:
            return 400, None
        if params.get("domain") != self.xmpp_domain or params.get("room") not in (
            self.rooms
        ):
            return 404, None
        occupants = self.rooms[params["room"]].values()
        if path == "/room-size":
            return 200, {"participants": len(occupants)}
        return 200, [
            {
                "jid": f"{params['room']}@{self.muc_domain}/{o.nick}",
                "email": o.email,
                "display_name": o.name,
            }
            for o in occupants
        ]

    def _conference_stats(self):
        sizes = [len(o) for o in self.rooms.values() if o]
        return {
            "conferences": len(sizes),
            "participants": sum(sizes),
            "largest_conference": max(sizes, default=0),
        }

    def _jvb(self, method, path, params, body):
        if path == "/about/health":
            return (500, None) if "jvb" in self.unhealthy else (200, None)
        if path == "/colibri/stats":
            return 200, {**self._conference_stats(), "conference_sizes": [0] * 22}
        return 404, None

    def _jicofo(self, method, path, params, body):
        if path == "/about/health":
            return (503, None) if "jicofo" in self.unhealthy else (200, "OK")
        if path == "/stats":
            return 200, {**self._conference_stats(), "bridge_failures": {}}
        return 404, None

    def _jibri(self, method, path, params, body):
        if path == "/jibri/api/v1.0/health":
            return 200, {
                "status": {
                    "busyStatus": "BUSY" if self.jibri_busy else "IDLE",
                    "health": {"healthStatus": "HEALTHY", "details": {}},
                }
            }
        if path == "/jibri/api/v1.0/startService" and method == "POST":
            request = json.loads(body or b"{}")
            if self.jibri_busy or "callLoginParams" not in request:
                return 412, None
            self.jibri_busy = True
            return 200, None
        if path == "/jibri/api/v1.0/stopService" and method == "POST":
            self.jibri_busy = False
            return 200, None
        return 404, None

    @staticmethod
    def _encode(data) -> tuple[bytes, bytes]:
        if data is None:
            return b"", b"text/plain"
        if isinstance(data, str):
            return data.encode(), b"text/plain"
        return json.dumps(data).encode(), b"application/json"

    async def __call__(self, scope, receive, send):
        assert scope["type"] == "http"
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        host = dict(scope["headers"]).get(b"host", b"").decode()
        status, data = self.respond(
            host, scope["method"], scope["path"], scope["query_string"].decode(), body
        )
        content, content_type = self._encode(data)
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"content-type", content_type)],
            }
        )
        await send({"type": "http.response.body", "body": content})

    def asgi_transport(self) -> httpx.ASGITransport:
        return httpx.ASGITransport(app=self)

    def mock_transport(self) -> httpx.MockTransport:
        def handle(request: httpx.Request) -> httpx.Response:
            status, data = self.respond(
                request.url.netloc.decode(),
                request.method,
                request.url.path,
                request.url.query.decode(),
                request.content,
            )
            content, content_type = self._encode(data)
            return httpx.Response(
                status, content=content, headers={"content-type": content_type.decode()}
            )

        return httpx.MockTransport(handle)
