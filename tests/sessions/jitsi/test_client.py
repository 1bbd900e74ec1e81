import io

import httpx
import pytest

from sessions.jitsi.client import (
    AsyncJitsiClient,
    ConferenceStats,
    JitsiClient,
    JitsiEndpoints,
    JitsiError,
    Occupant,
)

from .fake_jitsi import ENDPOINTS, FakeJitsi

FAST = JitsiEndpoints(**ENDPOINTS, backoff=0.0)


@pytest.fixture
def fake() -> FakeJitsi:
    return FakeJitsi()


def sync_client(fake: FakeJitsi, endpoints: JitsiEndpoints = FAST) -> JitsiClient:
    return JitsiClient(endpoints, transport=fake.mock_transport())


def test_room_size_counts_the_people_in_the_room(fake):
    fake.join("hub", name="Oanh")
    fake.join("hub", name="Huyện Cao Lộc")

    with sync_client(fake) as client:
        assert client.room_size("hub") == 2


def test_room_size_of_a_room_that_does_not_exist_is_zero(fake):
    with sync_client(fake) as client:
        assert client.room_size("nobody-here") == 0


def test_room_occupants_are_typed(fake):
    fake.join("hub", name="Oanh", email="oanh@example.vn")

    with sync_client(fake) as client:
        [occupant] = client.room_occupants("hub")

    assert isinstance(occupant, Occupant)
    assert (occupant.display_name, occupant.email) == ("Oanh", "oanh@example.vn")
    assert occupant.jid.startswith("hub@muc.meet.jitsi/")


def test_room_census_lists_rooms_with_their_creation_time(fake):
    fake.join("hub", name="Oanh")

    with sync_client(fake) as client:
        [room] = client.room_census()

    assert (room.room_name, room.participants) == ("hub", 1)
    assert room.created_at is not None


def test_bridge_and_focus_statistics_are_typed(fake):
    fake.join("hub", name="A")
    fake.join("hub", name="B")

    with sync_client(fake) as client:
        bridge = client.bridge_stats()
        focus = client.focus_stats()

    assert isinstance(bridge, ConferenceStats)
    assert (bridge.conferences, bridge.participants) == (1, 2)
    assert focus.largest_conference == 2


def test_unhealthy_bridge_raises_an_error_naming_the_bridge(fake):
    fake.unhealthy.add("jvb")

    with sync_client(fake) as client, pytest.raises(JitsiError) as error:
        client.bridge_health()

    assert error.value.service == "jvb"
    assert "videobridge" in str(error.value)
    assert "500" in error.value.reason


def test_reads_are_retried_after_a_server_error(fake):
    fake.join("hub", name="A")
    fake.failures[("prosody", "/room-size")] = [503, 502]

    with sync_client(fake) as client:
        assert client.room_size("hub") == 1

    assert len([r for r in fake.requests if r[2] == "/room-size"]) == 3


def test_reads_give_up_after_the_retries(fake):
    fake.failures[("prosody", "/room-census")] = [503, 503, 503]

    with sync_client(fake) as client, pytest.raises(JitsiError, match="503"):
        client.room_census()


def test_starting_a_recording_is_not_retried(fake):
    fake.failures[("jibri", "/jibri/api/v1.0/startService")] = [500]

    with sync_client(fake) as client, pytest.raises(JitsiError):
        client.recording_start(
            recording_id="rec-1",
            base_url="https://meet.example.vn",
            room="hub",
            login={"domain": "recorder.meet.jitsi", "username": "r", "password": "p"},
        )

    assert len([r for r in fake.requests if r[0] == "jibri"]) == 1


def test_recording_starts_and_stops_through_jibri(fake):
    login = {"domain": "recorder.meet.jitsi", "username": "r", "password": "p"}
    with sync_client(fake) as client:
        client.recording_start(
            recording_id="rec-1", base_url="https://m", room="hub", login=login
        )
        busy = client.recorder_health().is_busy
        client.recording_stop()
        idle = client.recorder_health().busy_status

    assert (busy, idle) == (True, "IDLE")


def test_busy_recorder_refuses_a_second_recording(fake):
    fake.jibri_busy = True
    login = {"domain": "recorder.meet.jitsi", "username": "r", "password": "p"}

    with sync_client(fake) as client, pytest.raises(JitsiError, match="busy"):
        client.recording_start(
            recording_id="rec-2", base_url="https://m", room="hub", login=login
        )


def test_timeout_is_reported_as_the_service_timing_out():
    def slow(request):
        raise httpx.ReadTimeout("too slow", request=request)

    endpoints = JitsiEndpoints(**ENDPOINTS, retries=0)
    with JitsiClient(endpoints, transport=httpx.MockTransport(slow)) as client:
        with pytest.raises(JitsiError, match="timed out") as error:
            client.room_census()

    assert error.value.service == "prosody"


def test_unconfigured_service_says_so():
    with JitsiClient(JitsiEndpoints()) as client:
        with pytest.raises(JitsiError, match="not configured"):
            client.focus_health()


def test_not_json_answer_is_an_error_naming_the_service():
    def html(request):
        return httpx.Response(200, text="<html>proxy login</html>")

    with JitsiClient(FAST, transport=httpx.MockTransport(html)) as client:
        with pytest.raises(JitsiError, match="not JSON"):
            client.bridge_stats()


@pytest.mark.asyncio
async def test_async_client_reads_room_size_through_the_asgi_fake(fake):
    fake.join("hub", name="A")

    async with AsyncJitsiClient(FAST, transport=fake.asgi_transport()) as client:
        assert await client.room_size("hub") == 1
        assert await client.room_size("missing") == 0


@pytest.mark.asyncio
async def test_async_client_retries_like_the_sync_client(fake):
    fake.failures[("jicofo", "/stats")] = [500]

    async with AsyncJitsiClient(FAST, transport=fake.asgi_transport()) as client:
        stats = await client.focus_stats()

    assert stats.conferences == 0


@pytest.mark.asyncio
async def test_async_client_reports_an_unhealthy_focus(fake):
    fake.unhealthy.add("jicofo")
    endpoints = JitsiEndpoints(**ENDPOINTS, retries=0)

    async with AsyncJitsiClient(endpoints, transport=fake.asgi_transport()) as client:
        with pytest.raises(JitsiError) as error:
            await client.focus_health()

    assert error.value.service == "jicofo"
    assert error.value.status == 503


def _redirecting(to: str):
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/signed.mp4":
            return httpx.Response(302, headers={"location": to})
        return httpx.Response(200, content=b"video bytes")

    return httpx.MockTransport(answer)


def test_a_download_follows_a_redirect_to_another_https_address():
    destination = io.BytesIO()
    transport = _redirecting("https://cdn.example/moved.mp4")

    with JitsiClient(FAST, transport=transport) as client:
        written = client.download(
            "https://files.example/signed.mp4", destination, max_bytes=100
        )

    assert written == len(b"video bytes") and destination.getvalue() == b"video bytes"


def test_a_download_never_follows_a_redirect_away_from_https():
    transport = _redirecting("http://10.0.0.5/internal")

    with JitsiClient(FAST, transport=transport) as client, pytest.raises(JitsiError):
        client.download("https://files.example/signed.mp4", io.BytesIO(), max_bytes=100)
