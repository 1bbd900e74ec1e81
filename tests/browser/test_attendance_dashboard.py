"""The organiser's live dashboard changes when a trainee checks in on their phone.

Pytest-django's live server speaks WSGI only, so this test serves config.asgi with
uvicorn in a thread of the test process (the test database, and the in-memory channel
layer when no Redis is configured, are then shared with the server).
"""

import socket
import threading
import time
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
import uvicorn
from django.core.management import call_command
from django.utils import timezone

from accounts.demo import DEMO_PASSWORD
from accounts.models import User
from sessions import checkin_codes
from sessions.attendance.services import (
    attendance_check_in,
    attendance_walkin_add,
    headcount_record,
)
from sessions.models import (
    Attendance,
    ConnectionEvent,
    Endpoint,
    LiveSession,
    SessionEndpoint,
)
from sessions.timespans import VIETNAM

from .conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def asgi_server(settings):
    from config.asgi import application

    port = free_port()
    settings.ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
    config = uvicorn.Config(
        application, host="127.0.0.1", port=port, log_level="warning", lifespan="off"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("ASGI server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def demo_session():
    """The demo's hub and 11 district endpoints in a session that is live now."""
    call_command("seed_demo", verbosity=0)
    organiser = User.objects.get(email="organiser@demo.local")
    starts = timezone.now().replace(second=0, microsecond=0) - timedelta(minutes=15)
    endpoints = list(Endpoint.objects.active())
    session = LiveSession.objects.create(
        title="Kỹ năng phát ngôn và cung cấp thông tin cho báo chí",
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        hub=Endpoint.objects.get(code="so-tttt"),
        status=LiveSession.Status.LIVE,
    )
    for order, endpoint in enumerate(endpoints):
        link = SessionEndpoint.objects.create(
            session=session,
            endpoint=endpoint,
            expected_headcount=60 if endpoint.is_hub else 25,
            sort_order=order,
        )
        if endpoint.code == "trang-dinh":
            continue  # never joined
        events = [("joined", 0)]
        if endpoint.code == "binh-gia":
            events.append(("left", 9))  # dropped
        for kind, minute in events:
            ConnectionEvent.objects.create(
                session=session,
                room_name=session.room_name,
                kind=kind,
                source="prosody",
                idempotency_key=f"demo-{endpoint.code}-{kind}",
                participant_key=f"{endpoint.code}@meet",
                endpoint=endpoint,
                occurred_at=starts + timedelta(minutes=minute),
            )
        if endpoint.code not in ("cao-loc", "binh-gia"):
            headcount_record(by=organiser, session_endpoint=link, count=18 + order)
            attendance_walkin_add(
                by=organiser,
                session_endpoint=link,
                full_name=f"Học viên {endpoint.name}",
                agency=f"UBND {endpoint.name}",
            )
    return session


def test_dashboard_headcount_changes_when_a_trainee_checks_in(
    asgi_server, demo_session, new_page, artifacts
):
    cao_loc = SessionEndpoint.objects.get(
        session=demo_session, endpoint__code="cao-loc"
    )
    dashboard = new_page(1280, 1000)
    log_in(dashboard, asgi_server, "organiser@demo.local", DEMO_PASSWORD)
    dashboard.goto(f"{asgi_server}/attendance/sessions/{demo_session.pk}/dashboard/")
    dashboard.wait_for_selector(".dashboard[data-live='1']")
    dashboard.evaluate("window.__notReloaded = true")
    cell = dashboard.locator(
        f"tr[data-endpoint='{cao_loc.endpoint_id}'] [data-field=checked_in]"
    )
    assert dashboard.locator("tbody tr").count() == 12
    assert cell.inner_text() == "0"

    phone = new_page(360, 740)
    log_in(phone, asgi_server, "trainee@demo.local", DEMO_PASSWORD)
    code = checkin_codes.current_code(cao_loc.checkin_secret)
    phone.goto(f"{asgi_server}/checkin/?code={code}")
    assert phone.get_by_text("Huyện Cao Lộc").is_visible()
    phone.click(".checkin__button")
    phone.wait_for_selector("[data-checked-in]")
    phone.screenshot(path=artifacts / "checkin-phone.png", full_page=True)

    dashboard.wait_for_function(
        f"document.querySelector(\"tr[data-endpoint='{cao_loc.endpoint_id}'] "
        "[data-field=checked_in]\").textContent === '1'",
        timeout=5000,
    )
    assert dashboard.evaluate("window.__notReloaded") is True
    assert "Lương Thị Hồng Nhung" in dashboard.locator("[data-feed]").inner_text()
    assert dashboard.locator("[data-total=checked_in]").inner_text() == "10"
    dashboard.screenshot(path=artifacts / "attendance-dashboard.png", full_page=True)


def test_feed_says_what_happened_in_vietnam_time_and_survives_a_reload(
    asgi_server, demo_session, new_page, artifacts
):
    """Issue 14, group 5: an organiser whose browser is set to New York reads the
    feed in Vietnam time; each line says what happened; a reload keeps the lines."""
    cao_loc = SessionEndpoint.objects.get(
        session=demo_session, endpoint__code="cao-loc"
    )
    binh_gia = Endpoint.objects.get(code="binh-gia")
    dashboard = new_page(1280, 1000, timezone_id="America/New_York")
    log_in(dashboard, asgi_server, "organiser@demo.local", DEMO_PASSWORD)
    dashboard.goto(f"{asgi_server}/attendance/sessions/{demo_session.pk}/dashboard/")
    dashboard.wait_for_selector(".dashboard[data-live='1']")
    assert dashboard.evaluate("Intl.DateTimeFormat().resolvedOptions().timeZone") == (
        "America/New_York"
    )

    trainee = User.objects.get(email="trainee@demo.local")
    attendance_check_in(
        user=trainee, code=checkin_codes.current_code(cao_loc.checkin_secret)
    )
    checked_in = Attendance.objects.get(session=demo_session, user=trainee)
    hanoi = checked_in.checked_in_at.astimezone(VIETNAM).strftime("%H:%M")
    new_york = checked_in.checked_in_at.astimezone(
        ZoneInfo("America/New_York")
    ).strftime("%H:%M")
    line = f"{hanoi} · {cao_loc.endpoint.name} · {trainee.full_name}: đã điểm danh"
    dashboard.wait_for_function(
        "line => document.querySelector('[data-feed]').innerText.includes(line)",
        arg=line,
        timeout=10_000,
    )
    assert new_york != hanoi
    dropped = demo_session.starts_at + timedelta(minutes=9)
    dropped_line = (
        f"{dropped.astimezone(VIETNAM).strftime('%H:%M')} · {binh_gia.name} · "
        "mất kết nối"
    )
    assert dropped_line in dashboard.locator("[data-feed]").inner_text()
    assert "kết nối thay đổi" not in dashboard.locator("[data-feed]").inner_text()

    dashboard.reload()
    dashboard.wait_for_selector(".dashboard[data-live='1']")
    after_reload = dashboard.locator("[data-feed]").inner_text()
    assert line in after_reload
    assert dropped_line in after_reload
    assert dashboard.locator("[data-feed] li").first.inner_text() == line
    dashboard.screenshot(path=artifacts / "dashboard-feed.png", full_page=True)
