import pytest
from asgiref.sync import async_to_sync

from sessions.jitsi.client import JitsiEndpoints
from sessions.jitsi.status import video_status_check

from .fake_jitsi import ENDPOINTS, FakeJitsi


def check(fake: FakeJitsi, endpoints=None):
    return async_to_sync(video_status_check)(
        endpoints=endpoints or JitsiEndpoints(**ENDPOINTS),
        transport=fake.asgi_transport(),
    )


def test_every_configured_service_is_reported_working():
    fake = FakeJitsi()
    fake.join("hub", name="A")

    status = check(fake)

    assert status.healthy
    assert [s.service for s in status.services] == ["prosody", "jvb", "jicofo", "jibri"]
    assert all(s.configured and s.healthy for s in status.services)


def test_a_failing_bridge_is_named_with_the_reason():
    fake = FakeJitsi(unhealthy={"jvb"})

    status = check(fake)

    bridge = next(s for s in status.services if s.service == "jvb")
    assert not status.healthy
    assert not bridge.healthy
    assert "500" in bridge.detail


def test_services_without_a_url_are_not_configured():
    status = check(FakeJitsi(), JitsiEndpoints(prosody_url=ENDPOINTS["prosody_url"]))

    assert [s.configured for s in status.services] == [True, False, False, False]


@pytest.mark.django_db
def test_organiser_panel_shows_a_failing_focus(client_for, organiser, settings):
    from django.core.cache import cache

    from sessions.jitsi.status import CACHE_KEY

    cache.set(CACHE_KEY, check(FakeJitsi(unhealthy={"jicofo"})), 30)

    response = client_for(organiser).get("/")

    assert b'data-service="jicofo" data-healthy="false"' in response.content
    assert b'data-service="jvb" data-healthy="true"' in response.content
