"""An httpx client for Jitsi's server-side HTTP APIs, synchronous and asynchronous.

Covers room presence (Prosody mod_muc_size /room-size and /room, mod_muc_census
/room-census), health and statistics of the bridge (JVB /about/health,
/colibri/stats) and the focus (Jicofo /about/health, /stats), and recording through
Jibri (/jibri/api/v1.0/{health,startService,stopService}).

Each operation is described once as a ``Call`` (method, URL, parser); ``JitsiClient``
and ``AsyncJitsiClient`` only execute calls. Every request has a timeout; reads are
retried with backoff on connection errors and 5xx; starting or stopping a recording
is never retried (it is not idempotent). Failures raise ``JitsiError`` naming the
service and what went wrong. Tests swap the transport (``transport=``), never the
client.
"""

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import IO, Any

import httpx
from django.conf import settings

PROSODY = "prosody"
JVB = "jvb"
JICOFO = "jicofo"
JIBRI = "jibri"
#: JaaS's file storage: the pre-authenticated links of recordings and transcripts.
JAAS_FILES = "jaas-files"
SERVICE_NAMES = {
    PROSODY: "Prosody",
    JVB: "videobridge (JVB)",
    JICOFO: "focus (Jicofo)",
    JIBRI: "recorder (Jibri)",
    JAAS_FILES: "JaaS file storage",
}


class JitsiError(Exception):
    """A Jitsi service failed: ``service`` says which, ``reason`` how."""

    def __init__(self, service: str, reason: str, *, status: int | None = None):
        self.service = service
        self.reason = reason
        self.status = status
        super().__init__(f"{SERVICE_NAMES.get(service, service)}: {reason}")


class RoomNotFound(JitsiError):
    """Prosody answered 404: no such room (nobody is in it)."""


@dataclass(frozen=True)
class Occupant:
    jid: str
    display_name: str
    email: str


@dataclass(frozen=True)
class CensusRoom:
    room_jid: str
    participants: int
    created_at: datetime | None

    @property
    def room_name(self) -> str:
        return self.room_jid.split("@", 1)[0]


@dataclass(frozen=True)
class Health:
    service: str
    healthy: bool
    detail: str = ""


@dataclass(frozen=True)
class ConferenceStats:
    """What the bridge or the focus reports about conferences right now."""

    service: str
    conferences: int
    participants: int
    largest_conference: int
    raw: dict = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class JibriStatus:
    busy_status: str  # IDLE, BUSY or EXPIRED
    healthy: bool

    @property
    def is_busy(self) -> bool:
        return self.busy_status == "BUSY"


@dataclass(frozen=True)
class JitsiEndpoints:
    """Base URLs of the private HTTP APIs (empty: that service is not configured)."""

    prosody_url: str = ""
    jvb_url: str = ""
    jicofo_url: str = ""
    jibri_url: str = ""
    xmpp_domain: str = "meet.jitsi"
    timeout: float = 3.0
    retries: int = 2
    backoff: float = 0.2

    @classmethod
    def from_settings(cls) -> "JitsiEndpoints":
        return cls(
            prosody_url=settings.JITSI_PROSODY_URL,
            jvb_url=settings.JITSI_JVB_URL,
            jicofo_url=settings.JITSI_JICOFO_URL,
            jibri_url=settings.JITSI_JIBRI_URL,
            xmpp_domain=settings.JITSI_XMPP_DOMAIN,
            timeout=settings.JITSI_HTTP_TIMEOUT_SECONDS,
        )

    def base(self, service: str) -> str:
        url = {
            PROSODY: self.prosody_url,
            JVB: self.jvb_url,
            JICOFO: self.jicofo_url,
            JIBRI: self.jibri_url,
        }[service]
        if not url:
            raise JitsiError(service, "not configured")
        return url.rstrip("/")


@dataclass(frozen=True)
class Call:
    service: str
    method: str
    path: str
    parse: Callable[[httpx.Response], Any]
    params: dict | None = None
    json: dict | None = None
    #: Safe to repeat (reads): retried on connection errors and 5xx.
    idempotent: bool = True


def _json(service: str, response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        raise JitsiError(
            service, "answered with something that is not JSON", status=200
        ) from None


def _int(service: str, value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise JitsiError(service, f"unexpected {name}: {value!r}")
    try:
        return int(value)
    except ValueError:
        raise JitsiError(service, f"unexpected {name}: {value!r}") from None


def _created(value: Any) -> datetime | None:
    """mod_muc_census ``created_time``: epoch ms, sometimes a string, often absent."""
    try:
        return datetime.fromtimestamp(int(value) / 1000, tz=UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def _parse_room_size(response: httpx.Response) -> int:
    data = _json(PROSODY, response)
    if not isinstance(data, dict) or "participants" not in data:
        raise JitsiError(PROSODY, "room-size answer has no participants")
    return _int(PROSODY, data["participants"], "participants")


def _parse_room(response: httpx.Response) -> list[Occupant]:
    data = _json(PROSODY, response)
    if not isinstance(data, list):
        raise JitsiError(PROSODY, "room answer is not a list")
    return [
        Occupant(
            jid=str(item.get("jid", "")),
            display_name=str(item.get("display_name") or ""),
            email=str(item.get("email") or ""),
        )
        for item in data
        if isinstance(item, dict)
    ]


def _parse_census(response: httpx.Response) -> list[CensusRoom]:
    data = _json(PROSODY, response)
    rooms = data.get("room_census") if isinstance(data, dict) else None
    if isinstance(rooms, dict) and not rooms:  # Lua's empty table may encode as {}
        rooms = []
    if not isinstance(rooms, list):
        raise JitsiError(PROSODY, "room-census answer has no room_census list")
    return [
        CensusRoom(
            room_jid=str(room.get("room_name", "")),
            participants=_int(PROSODY, room.get("participants", 0), "participants"),
            created_at=_created(room.get("created_time")),
        )
        for room in rooms
        if isinstance(room, dict)
    ]


def _health(service: str) -> Callable[[httpx.Response], Health]:
    def parse(response: httpx.Response) -> Health:
        return Health(service=service, healthy=True, detail=response.text[:200])

    return parse


def _stats(service: str) -> Callable[[httpx.Response], ConferenceStats]:
    def parse(response: httpx.Response) -> ConferenceStats:
        data = _json(service, response)
        if not isinstance(data, dict):
            raise JitsiError(service, "statistics are not a JSON object")
        return ConferenceStats(
            service=service,
            conferences=_int(service, data.get("conferences", 0), "conferences"),
            participants=_int(service, data.get("participants", 0), "participants"),
            largest_conference=_int(
                service, data.get("largest_conference", 0), "largest_conference"
            ),
            raw=data,
        )

    return parse


def _parse_jibri(response: httpx.Response) -> JibriStatus:
    data = _json(JIBRI, response)
    try:
        status = data["status"]
        busy = str(status["busyStatus"])
        healthy = status["health"]["healthStatus"] == "HEALTHY"
    except (KeyError, TypeError):
        raise JitsiError(JIBRI, "health answer lacks status.busyStatus") from None
    return JibriStatus(busy_status=busy, healthy=healthy)


def _accepted(response: httpx.Response) -> bool:
    return True


class Calls:
    """The operations, built from the configured endpoints."""

    def __init__(self, endpoints: JitsiEndpoints):
        self.endpoints = endpoints

    def _room_params(self, room: str) -> dict:
        return {"room": room.lower(), "domain": self.endpoints.xmpp_domain}

    def room_size(self, room: str) -> Call:
        return Call(
            PROSODY, "GET", "/room-size", _parse_room_size, self._room_params(room)
        )

    def room_occupants(self, room: str) -> Call:
        return Call(PROSODY, "GET", "/room", _parse_room, self._room_params(room))

    def room_census(self) -> Call:
        return Call(PROSODY, "GET", "/room-census", _parse_census)

    def bridge_health(self) -> Call:
        return Call(JVB, "GET", "/about/health", _health(JVB))

    def bridge_stats(self) -> Call:
        return Call(JVB, "GET", "/colibri/stats", _stats(JVB))

    def focus_health(self) -> Call:
        return Call(JICOFO, "GET", "/about/health", _health(JICOFO))

    def focus_stats(self) -> Call:
        return Call(JICOFO, "GET", "/stats", _stats(JICOFO))

    def recorder_health(self) -> Call:
        return Call(JIBRI, "GET", "/jibri/api/v1.0/health", _parse_jibri)

    def recording_start(
        self, *, recording_id: str, base_url: str, room: str, login: dict
    ) -> Call:
        body = {
            "sessionId": recording_id,
            "sinkType": "file",
            "callParams": {"callUrlInfo": {"baseUrl": base_url, "callName": room}},
            "callLoginParams": login,
        }
        return Call(
            JIBRI,
            "POST",
            "/jibri/api/v1.0/startService",
            _accepted,
            json=body,
            idempotent=False,
        )

    def recording_stop(self) -> Call:
        return Call(
            JIBRI,
            "POST",
            "/jibri/api/v1.0/stopService",
            _accepted,
            idempotent=False,
        )


def _failure(call: Call, response: httpx.Response) -> JitsiError:
    status = response.status_code
    text = response.text.strip()[:200]
    if call.service == PROSODY and status == 404:
        return RoomNotFound(PROSODY, "no such room", status=404)
    if call.service == JIBRI and status == 412:
        return JitsiError(JIBRI, "busy or a parameter is missing (412)", status=412)
    if status in (401, 403):
        return JitsiError(
            call.service, f"refused the request ({status})", status=status
        )
    return JitsiError(
        call.service,
        f"{call.method} {call.path} answered {status}" + (f": {text}" if text else ""),
        status=status,
    )


def _should_retry(call: Call, attempt: int, retries: int, status: int | None) -> bool:
    if not call.idempotent or attempt >= retries:
        return False
    return status is None or status >= 500


def _transport_reason(error: httpx.HTTPError) -> str:
    if isinstance(error, httpx.TimeoutException):
        return f"timed out ({type(error).__name__})"
    return f"unreachable ({type(error).__name__}: {error})"


class _Base:
    def __init__(
        self,
        endpoints: JitsiEndpoints | None = None,
        *,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    ):
        self.endpoints = endpoints or JitsiEndpoints.from_settings()
        self.calls = Calls(self.endpoints)
        self._transport = transport

    def _url(self, call: Call) -> str:
        return self.endpoints.base(call.service) + call.path

    def _finish(self, call: Call, response: httpx.Response) -> Any:
        if response.status_code >= 400:
            raise _failure(call, response)
        return call.parse(response)


class JitsiClient(_Base):
    """Synchronous client; use as a context manager or call ``close()``."""

    def __init__(self, endpoints=None, *, transport: httpx.BaseTransport | None = None):
        super().__init__(endpoints, transport=transport)
        self._http = httpx.Client(
            timeout=self.endpoints.timeout, transport=transport, follow_redirects=False
        )

    def __enter__(self) -> "JitsiClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def execute(self, call: Call) -> Any:
        url = self._url(call)
        attempt = 0
        while True:
            try:
                response = self._http.request(
                    call.method, url, params=call.params, json=call.json
                )
            except httpx.HTTPError as error:
                if _should_retry(call, attempt, self.endpoints.retries, None):
                    time.sleep(self.endpoints.backoff * 2**attempt)
                    attempt += 1
                    continue
                raise JitsiError(call.service, _transport_reason(error)) from error
            if response.status_code >= 500 and _should_retry(
                call, attempt, self.endpoints.retries, response.status_code
            ):
                time.sleep(self.endpoints.backoff * 2**attempt)
                attempt += 1
                continue
            return self._finish(call, response)

    def room_size(self, room: str) -> int:
        """Participants in a room (focus excluded); 0 when the room does not exist."""
        try:
            return self.execute(self.calls.room_size(room))
        except RoomNotFound:
            return 0

    def room_occupants(self, room: str) -> list[Occupant]:
        try:
            return self.execute(self.calls.room_occupants(room))
        except RoomNotFound:
            return []

    def room_census(self) -> list[CensusRoom]:
        return self.execute(self.calls.room_census())

    def bridge_health(self) -> Health:
        return self.execute(self.calls.bridge_health())

    def bridge_stats(self) -> ConferenceStats:
        return self.execute(self.calls.bridge_stats())

    def focus_health(self) -> Health:
        return self.execute(self.calls.focus_health())

    def focus_stats(self) -> ConferenceStats:
        return self.execute(self.calls.focus_stats())

    def recorder_health(self) -> JibriStatus:
        return self.execute(self.calls.recorder_health())

    def recording_start(self, **kwargs) -> bool:
        return self.execute(self.calls.recording_start(**kwargs))

    def recording_stop(self) -> bool:
        return self.execute(self.calls.recording_stop())

    def download(self, url: str, destination: IO[bytes], *, max_bytes: int) -> int:
        """Stream a JaaS pre-authenticated file into ``destination``; the bytes
        written. Every address, redirects included, must be ``https`` (at most
        ``MAX_REDIRECTS`` of them). Larger than ``max_bytes``: ``JitsiError``,
        stopped there."""
        target = url
        try:
            for _hop in range(MAX_REDIRECTS + 1):
                if not target.startswith("https://"):
                    raise JitsiError(JAAS_FILES, "only https links are downloaded")
                with self._http.stream("GET", target) as response:
                    if response.is_redirect:
                        location = response.headers.get("location", "")
                        target = str(response.url.join(location))
                        continue
                    return _stream_into(response, destination, max_bytes)
        except httpx.HTTPError as error:
            raise JitsiError(JAAS_FILES, _transport_reason(error)) from error
        raise JitsiError(JAAS_FILES, "too many redirects")


def _stream_into(response: httpx.Response, destination: IO[bytes], max_bytes) -> int:
    if response.status_code >= 400:
        raise JitsiError(
            JAAS_FILES,
            f"GET answered {response.status_code}",
            status=response.status_code,
        )
    written = 0
    for chunk in response.iter_bytes():
        written += len(chunk)
        if written > max_bytes:
            raise JitsiError(JAAS_FILES, f"larger than {max_bytes} bytes")
        destination.write(chunk)
    return written


#: Redirects a download follows (each to an https address).
MAX_REDIRECTS = 3


class AsyncJitsiClient(_Base):
    """Asynchronous twin of ``JitsiClient`` (same calls, same errors)."""

    def __init__(
        self, endpoints=None, *, transport: httpx.AsyncBaseTransport | None = None
    ):
        super().__init__(endpoints, transport=transport)
        self._http = httpx.AsyncClient(
            timeout=self.endpoints.timeout, transport=transport, follow_redirects=False
        )

    async def __aenter__(self) -> "AsyncJitsiClient":
        return self

    async def __aexit__(self, *exc) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    async def execute(self, call: Call) -> Any:
        url = self._url(call)
        attempt = 0
        while True:
            try:
                response = await self._http.request(
                    call.method, url, params=call.params, json=call.json
                )
            except httpx.HTTPError as error:
                if _should_retry(call, attempt, self.endpoints.retries, None):
                    await asyncio.sleep(self.endpoints.backoff * 2**attempt)
                    attempt += 1
                    continue
                raise JitsiError(call.service, _transport_reason(error)) from error
            if response.status_code >= 500 and _should_retry(
                call, attempt, self.endpoints.retries, response.status_code
            ):
                await asyncio.sleep(self.endpoints.backoff * 2**attempt)
                attempt += 1
                continue
            return self._finish(call, response)

    async def room_size(self, room: str) -> int:
        try:
            return await self.execute(self.calls.room_size(room))
        except RoomNotFound:
            return 0

    async def room_occupants(self, room: str) -> list[Occupant]:
        try:
            return await self.execute(self.calls.room_occupants(room))
        except RoomNotFound:
            return []

    async def room_census(self) -> list[CensusRoom]:
        return await self.execute(self.calls.room_census())

    async def bridge_health(self) -> Health:
        return await self.execute(self.calls.bridge_health())

    async def bridge_stats(self) -> ConferenceStats:
        return await self.execute(self.calls.bridge_stats())

    async def focus_health(self) -> Health:
        return await self.execute(self.calls.focus_health())

    async def focus_stats(self) -> ConferenceStats:
        return await self.execute(self.calls.focus_stats())

    async def recorder_health(self) -> JibriStatus:
        return await self.execute(self.calls.recorder_health())

    async def recording_start(self, **kwargs) -> bool:
        return await self.execute(self.calls.recording_start(**kwargs))

    async def recording_stop(self) -> bool:
        return await self.execute(self.calls.recording_stop())
