"""The Organisers' "video system status": each Jitsi service's health, in parallel,
with a short timeout and a short cache so the dashboard never waits long."""

import asyncio
from dataclasses import dataclass

import httpx
from asgiref.sync import async_to_sync
from django.core.cache import cache
from django.utils.translation import gettext as _

from .client import (
    JIBRI,
    JICOFO,
    JVB,
    PROSODY,
    SERVICE_NAMES,
    AsyncJitsiClient,
    JitsiEndpoints,
    JitsiError,
)
from .conf import jitsi_settings

CACHE_KEY = "jitsi:video-status"
CACHE_SECONDS = 30


@dataclass(frozen=True)
class ServiceStatus:
    service: str
    label: str
    configured: bool
    healthy: bool
    detail: str = ""


@dataclass(frozen=True)
class VideoStatus:
    configured: bool
    domain: str
    services: tuple[ServiceStatus, ...]

    @property
    def healthy(self) -> bool:
        return all(s.healthy for s in self.services if s.configured)


async def _check(client: AsyncJitsiClient, service: str) -> ServiceStatus:
    label = SERVICE_NAMES[service]
    try:
        client.endpoints.base(service)
    except JitsiError:
        return ServiceStatus(service, label, configured=False, healthy=False)
    try:
        if service == PROSODY:
            rooms = await client.room_census()
            detail = _("%(rooms)d rooms, %(people)d people") % {
                "rooms": len(rooms),
                "people": sum(r.participants for r in rooms),
            }
        elif service == JVB:
            await client.bridge_health()
            stats = await client.bridge_stats()
            detail = _("%(conferences)d conferences, %(people)d people") % {
                "conferences": stats.conferences,
                "people": stats.participants,
            }
        elif service == JICOFO:
            await client.focus_health()
            stats = await client.focus_stats()
            detail = _("%(conferences)d conferences, %(people)d people") % {
                "conferences": stats.conferences,
                "people": stats.participants,
            }
        else:
            recorder = await client.recorder_health()
            detail = recorder.busy_status
            return ServiceStatus(service, label, True, recorder.healthy, detail)
    except JitsiError as error:
        return ServiceStatus(service, label, True, False, error.reason)
    return ServiceStatus(service, label, True, True, detail)


async def video_status_check(
    *,
    endpoints: JitsiEndpoints | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> VideoStatus:
    endpoints = endpoints or JitsiEndpoints.from_settings()
    endpoints = JitsiEndpoints(
        **{**endpoints.__dict__, "retries": 0, "timeout": min(endpoints.timeout, 2.0)}
    )
    config = jitsi_settings()
    async with AsyncJitsiClient(endpoints, transport=transport) as client:
        results = await asyncio.gather(
            *(_check(client, s) for s in (PROSODY, JVB, JICOFO, JIBRI))
        )
    return VideoStatus(
        configured=config.is_configured, domain=config.domain, services=tuple(results)
    )


def video_status(*, transport: httpx.AsyncBaseTransport | None = None) -> VideoStatus:
    """The status, from the cache when it is fresh."""
    status = cache.get(CACHE_KEY)
    if status is None:
        status = async_to_sync(video_status_check)(transport=transport)
        cache.set(CACHE_KEY, status, CACHE_SECONDS)
    return status
