"""Degrade, never lose: Redis stops in the middle of a run and comes back.

A real uvicorn server and a real redis-server of the test's own (its cache and
channel layer); webhooks and check-ins keep being stored and answered normally while
Redis is down, an open dashboard says it is behind, and when Redis returns it
resyncs and no request fails.
"""

import json
import time
from datetime import datetime

import httpx
import pytest
from channels.layers import channel_layers
from django.conf import settings
from django.middleware.csrf import _get_new_csrf_string
from django.test import Client
from websockets.sync.client import connect

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from sessions import checkin_codes
from sessions.dashboard.consumers import AttendanceDashboardConsumer
from sessions.jitsi import payloads
from sessions.models import Attendance, ConnectionEvent
from sessions.tests.factories import OngoingSessionEndpointFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"],
        reason="needs PostgreSQL: SQLite's shared in-memory test database refuses "
        "the server's concurrent writers (CI runs it on PostgreSQL)",
    ),
]
SECRET = "outage-test-secret"


@pytest.fixture
def redis_backed(settings, own_redis):
    settings.JITSI_WEBHOOK_SECRET = SECRET
    settings.CACHES = {
        "default": {
            "BACKEND": "config.redis_cache.SharedPoolRedisCache",
            "LOCATION": own_redis.url,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    settings.CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer",
            "CONFIG": {
                "hosts": [{"address": own_redis.url, "socket_connect_timeout": 1}]
            },
        }
    }
    channel_layers.backends.clear()
    yield own_redis
    channel_layers.backends.clear()


def cookie_for(user) -> str:
    client = Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


class Site:
    """What the test drives: webhooks for the session's endpoints, check-ins."""

    def __init__(self, address: str, links):
        self.http = httpx.Client(base_url=f"http://{address}", timeout=10)
        self.links = links
        self.session = links[0].session
        self.csrf = _get_new_csrf_string()
        self.sent_events = 0
        self.statuses: list[int] = []

    def webhook(self, link, n: int) -> None:
        occupant = payloads.occupant(
            jid=f"room-{link.endpoint.code}-{n}@meet.jitsi/x",
            joined_at=datetime.fromtimestamp(time.time() - 60 + n),
            identity=f"endpoint:{link.endpoint.code}",
            name=link.endpoint.name,
        )
        body = payloads.event_sync_occupant(
            path="occupant/joined",
            room=self.session.room_name,
            muc_domain="muc.meet.jitsi",
            occupant=occupant,
            active=1,
        )
        response = self.http.post(
            "/jitsi/events/occupant/joined",
            content=json.dumps(body),
            headers=payloads.event_sync_headers(SECRET),
        )
        self.statuses.append(response.status_code)
        self.sent_events += 1

    def check_in(self, link) -> None:
        cookie = cookie_for(UserFactory(role=Role.TRAINEE))
        response = self.http.post(
            "/checkin/",
            data={
                "code": checkin_codes.current_code(link.checkin_secret),
                "csrfmiddlewaretoken": self.csrf,
            },
            headers={
                "Cookie": f"{settings.SESSION_COOKIE_NAME}={cookie}; "
                f"csrftoken={self.csrf}"
            },
        )
        self.statuses.append(response.status_code)

    def burst(self, start: int) -> None:
        for n, link in enumerate(self.links):
            self.webhook(link, start + n)
            self.check_in(link)


def receive_until(socket, predicate, timeout: float) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise AssertionError("the dashboard never received the expected message")
        message = json.loads(socket.recv(timeout=remaining))
        if predicate(message):
            return message


def checked_in(state: dict) -> int:
    return sum(row["checked_in"] for row in state["endpoints"])


def test_redis_stopped_mid_run_loses_nothing_and_dashboards_resync(
    redis_backed, asgi_server, monkeypatch
):
    monkeypatch.setattr(AttendanceDashboardConsumer, "probe_every", 0.5)
    links = [OngoingSessionEndpointFactory()]
    links.append(OngoingSessionEndpointFactory(session=links[0].session))
    site = Site(asgi_server, links)
    organiser = cookie_for(UserFactory(role=Role.ORGANISER))
    with connect(
        f"ws://{asgi_server}/ws/attendance/{site.session.pk}/",
        additional_headers={
            "Cookie": f"{settings.SESSION_COOKIE_NAME}={organiser}",
            "Origin": f"http://{asgi_server}",
        },
    ) as dashboard:
        receive_until(dashboard, lambda m: m["type"] == "state", 5)

        site.burst(0)  # Redis up
        live = receive_until(dashboard, lambda m: m["type"] == "updates", 5)

        redis_backed.stop()
        site.burst(10)  # Redis down
        site.burst(20)
        behind = receive_until(dashboard, lambda m: m["type"] == "status", 10)

        redis_backed.start()
        caught_up = receive_until(
            dashboard, lambda m: m["type"] == "state" and checked_in(m) == 6, 20
        )
        recovered = receive_until(dashboard, lambda m: m["type"] == "status", 10)
        site.burst(30)  # Redis back: the first requests on each client must not fail
        # The new check-ins reach the dashboard: as an update, or in a fresh snapshot
        # if the dashboard resynced while the channel layer reconnected.
        after = receive_until(
            dashboard,
            lambda m: (
                (
                    m["type"] == "updates"
                    and any(c.get("kind") == "checkin" for c in m["changes"])
                )
                or (m["type"] == "state" and checked_in(m) == 8)
            ),
            30,
        )

    assert live["changes"]
    assert site.statuses == [204, 200] * 8  # every request answered normally
    assert behind == {"type": "status", "behind": True}
    assert checked_in(caught_up) == 6
    assert recovered == {"type": "status", "behind": False}
    assert after["endpoints"]
    assert ConnectionEvent.objects.filter(session=site.session).count() == 8
    assert Attendance.objects.filter(session=site.session).count() == 8
